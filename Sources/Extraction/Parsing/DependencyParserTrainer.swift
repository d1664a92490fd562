/// Trains a ``DependencyParser`` from treebank sentences: the tagger first,
/// then the parser on tags the tagger gave sentences it was not trained on
/// (jackknifing, so the parser learns from tags as wrong as it will see),
/// then the labeler. Seeded shuffles and integer updates make the same
/// sentences give the same model file byte for byte.
public struct DependencyParserTrainer {
    public var taggerEpochs = 8
    public var parserEpochs = 12
    public var labelerEpochs = 8
    /// Folds for jackknifing the tags the parser learns from; 1 or less trains it on the treebank's tags.
    public var folds = 4
    public var seed: UInt64 = 2026
    /// From the second epoch on, the parser follows its own wrong choice this
    /// share of the time, so it learns to go on well from its mistakes.
    public var exploration = 0.9
    /// Averaged weights smaller than this are dropped from the model file.
    public var smallestWeight = 2.0

    public init() {}

    typealias Example = (words: ParserWords, gold: ParsedSentence)

    /// The model file's bytes; `report` hears how each stage went.
    public func train(_ sentences: [TreebankSentence], provenance: String, report: (String) -> Void = { _ in }) -> [UInt8] {
        var examples: [Example] = sentences.compactMap { sentence in
            sentence.projected().map { (ParserWords($0.tokens), $0.tree) }
        }
        report("\(examples.count) of \(sentences.count) sentences aligned with NewsGraph's words")
        let taggerWeights = trainTagger(examples)
        // Jackknifing: each fold tagged by a tagger trained on the others.
        for fold in 0..<(folds > 1 ? folds : 0) {
            let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
            let tagger = trainTagger(training)
            for index in examples.indices where index % folds == fold {
                examples[index].gold.tags = tag(examples[index].words, with: tagger)
            }
        }
        let projective = examples.filter { $0.gold.isProjective }
        report("\(projective.count) projective sentences for the parser")
        let parserWeights = trainParser(projective, report: report)
        let labelerWeights = trainLabeler(examples)
        return DependencyParser.file.bytes(
            models: [
                averaged(taggerWeights), averaged(parserWeights), averaged(labelerWeights),
            ], provenance: provenance)
    }

    private func averaged(_ weights: AveragedPerceptron) -> (keys: [UInt64], weights: [Double], classCount: Int) {
        let (keys, values) = weights.averaged(smallestWeight: smallestWeight)
        return (keys, values, weights.classCount)
    }

    private func trainTagger(_ examples: [Example]) -> AveragedPerceptron {
        var weights = AveragedPerceptron(classCount: PartOfSpeech.allCases.count)
        var generator = SeededGenerator(seed: seed)
        var keys: [UInt64] = []
        for _ in 0..<taggerEpochs {
            for index in examples.indices.shuffled(using: &generator) {
                let (words, gold) = examples[index]
                var tags: [PartOfSpeech] = []
                for word in 0..<words.count {
                    words.taggerKeys(at: word, tags: tags, into: &keys)
                    let guess = weights.best(keys)
                    weights.update(keys, gold: gold.tags[word].rawValue, guess: guess)
                    tags.append(PartOfSpeech(rawValue: guess)!)
                }
            }
        }
        return weights
    }

    private func tag(_ words: ParserWords, with weights: AveragedPerceptron) -> [PartOfSpeech] {
        var tags: [PartOfSpeech] = []
        var keys: [UInt64] = []
        for word in 0..<words.count {
            words.taggerKeys(at: word, tags: tags, into: &keys)
            tags.append(PartOfSpeech(rawValue: weights.best(keys))!)
        }
        return tags
    }

    private func trainParser(_ examples: [Example], report: (String) -> Void) -> AveragedPerceptron {
        var weights = AveragedPerceptron(classCount: ParserState.Transition.allCases.count)
        var generator = SeededGenerator(seed: seed)
        var keys: [UInt64] = []
        for epoch in 1...parserEpochs {
            var correct = 0, total = 0
            for index in examples.indices.shuffled(using: &generator) {
                let (words, gold) = examples[index]
                let goldHeads = gold.heads.map { $0 < 0 ? words.count : $0 }
                var state = ParserState(count: words.count)
                while !state.isFinished {
                    words.transitionKeys(state, tags: gold.tags, into: &keys)
                    let scores = weights.scores(keys)
                    let allowed = ParserState.Transition.allCases.filter { state.allows($0) }
                    let costs = allowed.map { state.cost(of: $0, gold: goldHeads) }
                    let guess = allowed.indices.max { scores[allowed[$0].rawValue] < scores[allowed[$1].rawValue] }!
                    let cheapest = costs.min()!
                    let best = allowed.indices.filter { costs[$0] == cheapest }
                        .max { scores[allowed[$0].rawValue] < scores[allowed[$1].rawValue] }!
                    weights.update(keys, gold: allowed[best].rawValue, guess: allowed[guess].rawValue)
                    total += 1
                    if costs[guess] == cheapest { correct += 1 }
                    let explores = epoch > 1 && Double(generator.next() % 1000) < exploration * 1000
                    state.apply(costs[guess] == cheapest || explores ? allowed[guess] : allowed[best])
                }
            }
            report("parser epoch \(epoch): \(String(format: "%.3f", Double(correct) / Double(max(total, 1)))) of transitions optimal")
        }
        return weights
    }

    private func trainLabeler(_ examples: [Example]) -> AveragedPerceptron {
        var weights = AveragedPerceptron(classCount: DependencyLabel.allCases.count)
        var generator = SeededGenerator(seed: seed)
        var keys: [UInt64] = []
        for _ in 0..<labelerEpochs {
            for index in examples.indices.shuffled(using: &generator) {
                let (words, gold) = examples[index]
                let dependents = gold.dependents()
                for word in 0..<words.count where gold.heads[word] >= 0 {
                    words.labelKeys(of: word, tags: gold.tags, heads: gold.heads, dependents: dependents, into: &keys)
                    let guess = weights.best(keys) { $0 != DependencyLabel.root.rawValue }
                    weights.update(keys, gold: gold.labels[word].rawValue, guess: guess)
                }
            }
        }
        return weights
    }
}

extension DependencyParser {
    /// Tag accuracy and unlabeled and labeled attachment on treebank
    /// sentences, over NewsGraph's words (punctuation is no word of ours).
    public func score(_ sentences: [TreebankSentence]) -> (words: Int, tags: Double, unlabeled: Double, labeled: Double) {
        var words = 0, tags = 0, heads = 0, labels = 0
        for sentence in sentences {
            guard let (tokens, gold) = sentence.projected() else { continue }
            let parsed = parse(tokens)
            for word in tokens.indices {
                words += 1
                if parsed.tags[word] == gold.tags[word] { tags += 1 }
                if parsed.heads[word] == gold.heads[word] {
                    heads += 1
                    if parsed.labels[word] == gold.labels[word] { labels += 1 }
                }
            }
        }
        let total = Double(max(words, 1))
        return (words, Double(tags) / total, Double(heads) / total, Double(labels) / total)
    }
}
