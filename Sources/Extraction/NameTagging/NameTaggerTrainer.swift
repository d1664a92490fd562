import Foundation
import NewsGraphCore

/// Trains a ``NameTagger``: a structured perceptron (Collins 2002) with
/// weight averaging, over the training sentences in a seeded order, with
/// integer updates only, so the same data gives the same model file byte for
/// byte.
public struct NameTaggerTrainer {
    public var epochs = 12
    public var seed: UInt64 = 2026
    /// Averaged weights smaller than this are dropped from the model file.
    public var smallestWeight = 1.0
    let lexicon: Lexicon
    let gazetteer: NameGazetteer

    /// A trainer whose gazetteer is read from the `*.txt` lists in
    /// `gazetteerFolder`, with `word-frequency.txt` beside them.
    public init(lexicon: Lexicon = .bundled, gazetteerFolder: URL) throws {
        self.lexicon = lexicon
        func lines(_ name: String) throws -> [Substring] {
            let url = gazetteerFolder.appendingPathComponent(name + ".txt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw FileError(path: url.path, reason: "cannot be read as a UTF-8 gazetteer list")
            }
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        }
        var gazetteer = NameGazetteer.Builder()
        for list in NameGazetteer.List.files {
            for line in try lines(list.fileName) { gazetteer.add(String(line), to: list) }
        }
        for line in try lines("word-frequency") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let band = Int(fields[1]) { gazetteer.add(word: String(fields[0]), band: band) }
        }
        self.gazetteer = gazetteer.build()
    }

    /// The model file's bytes after training on `sentences`; `report` hears
    /// each epoch's number and its share of words tagged as in the corpus.
    public func train(_ sentences: [LabeledSentence], provenance: String, report: (Int, Double) -> Void = { _, _ in }) -> [UInt8] {
        let tagCount = NameTag.count
        let (examples, keys) = examples(from: sentences)
        var weights = [Int32](repeating: 0, count: keys.count * tagCount)
        var totals = [Int64](repeating: 0, count: keys.count * tagCount)
        var transitions = [Int32](repeating: 0, count: (tagCount + 1) * tagCount)
        var transitionTotals = [Int64](repeating: 0, count: (tagCount + 1) * tagCount)
        var step: Int64 = 0
        var generator = SeededGenerator(seed: seed)
        for epoch in 1...epochs {
            var correct = 0, total = 0
            for index in examples.indices.shuffled(using: &generator) {
                let example = examples[index]
                let wordCount = example.gold.count
                var emissions = [SIMD16<Float>](repeating: .zero, count: wordCount)
                for word in 0..<wordCount {
                    for row in example.rows[word] {
                        let offset = Int(row) * tagCount
                        for tag in 0..<tagCount { emissions[word][tag] += Float(weights[offset + tag]) }
                    }
                }
                let predicted = Viterbi.decode(
                    emissions: emissions, transitions: transitions.map(Float.init), afterOutside: example.afterOutside)
                let start = example.afterOutside ? 1 : 0
                step += 1
                total += wordCount
                for word in 0..<wordCount {
                    let gold = example.gold[word].rawValue, guess = predicted[word].rawValue
                    if gold == guess {
                        correct += 1
                    } else {
                        for row in example.rows[word] {
                            let offset = Int(row) * tagCount
                            weights[offset + gold] += 1
                            weights[offset + guess] -= 1
                            totals[offset + gold] += step
                            totals[offset + guess] -= step
                        }
                    }
                    let goldPrevious = word == 0 ? start : example.gold[word - 1].rawValue + 1
                    let guessPrevious = word == 0 ? start : predicted[word - 1].rawValue + 1
                    if (goldPrevious, gold) != (guessPrevious, guess) {
                        transitions[goldPrevious * tagCount + gold] += 1
                        transitions[guessPrevious * tagCount + guess] -= 1
                        transitionTotals[goldPrevious * tagCount + gold] += step
                        transitionTotals[guessPrevious * tagCount + guess] -= step
                    }
                }
            }
            report(epoch, Double(correct) / Double(max(total, 1)))
        }

        // Averaging (Daumé's form): the mean weight over all steps is w - totals / steps.
        func average(_ weight: Int32, _ total: Int64) -> Double { Double(weight) - Double(total) / Double(step) }
        var kept: [(key: UInt64, row: Int)] = []
        for (row, key) in keys.enumerated() {
            let largest = (0..<tagCount).reduce(0.0) { max($0, abs(average(weights[row * tagCount + $1], totals[row * tagCount + $1]))) }
            if largest >= smallestWeight { kept.append((key, row)) }
        }
        kept.sort { $0.key < $1.key }
        let averaged = kept.flatMap { entry in
            (0..<tagCount).map { average(weights[entry.row * tagCount + $0], totals[entry.row * tagCount + $0]) }
        }
        let averagedTransitions = transitions.indices.map { average(transitions[$0], transitionTotals[$0]) }
        return NameTagger.fileBytes(
            keys: kept.map(\.key), weights: averaged, transitions: averagedTransitions,
            gazetteer: gazetteer, nameCues: lexicon.wordRoles.fingerprint(of: .nameCues), provenance: provenance)
    }

    /// A training example: the feature rows of a run of candidate words, its
    /// tags in the corpus, and whether a word outside any name precedes it.
    private typealias Example = (rows: [[Int32]], gold: [NameTag], afterOutside: Bool)

    /// One example per run of candidate words, and the feature keys in the
    /// order their rows were given. A name outside those runs (a lower-case
    /// "tampa bay") is one the tagger does not learn to read.
    private func examples(from sentences: [LabeledSentence]) -> ([Example], [UInt64]) {
        var keys: [UInt64] = []
        var rowOfKey: [UInt64: Int32] = [:]
        var examples: [Example] = []
        for sentence in sentences {
            let aligned = AlignedSentence(sentence, roles: lexicon.wordRoles)
            let features = SentenceFeatures(tokens: aligned.tokens, gazetteer: gazetteer)
            for segment in features.segments {
                let names = aligned.names.filter { segment.contains($0.tokens.lowerBound) && segment.contains($0.tokens.upperBound - 1) }
                let gold = NameTag.tags(of: names, count: aligned.tokens.count)[segment]
                let rows = segment.map { word in
                    features.keys(ofWord: word).map { key -> Int32 in
                        if let row = rowOfKey[key] { return row }
                        let row = Int32(keys.count)
                        rowOfKey[key] = row
                        keys.append(key)
                        return row
                    }
                }
                examples.append((rows, Array(gold), segment.lowerBound > 0))
            }
        }
        return (examples, keys)
    }
}

extension NameTagger {
    /// The names the tagger finds in a corpus sentence, on the corpus's words.
    public func names(in sentence: LabeledSentence, lexicon: Lexicon = .bundled) -> [NameSpan] {
        let aligned = AlignedSentence(sentence, roles: lexicon.wordRoles)
        return aligned.corpusNames(names(in: aligned.tokens))
    }
}
