import NewsGraphCore

/// What a speaker calls something says where they stand: "Kramer called the
/// agreement "a betrayal of four million voters"", "Park described Romania
/// as a trusted partner", "Roa said the decision was a mistake". The words'
/// valences come from the VADER lexicon (`evaluative-words.json`).
extension SentenceContext {
    mutating func findEvaluations() {
        for verb in tokens.indices where tokens[verb].roles.contains(.readingCue) {
            let word = tokens[verb].lowercased
            var target: (entity: Int, end: Int)?
            var speaker: Int?
            var saysOfItself = false
            if Self.namingVerbs.contains(word) {
                // "called for", "called on": appeals, not evaluations.
                guard verb + 1 < tokens.count, !Self.appealParticles.contains(tokens[verb + 1].lowercased) else { continue }
                if let (named, said) = namedBeforeWhich(verb) {
                    (target, speaker) = (named, said)
                } else {
                    target = evaluated(at: verb + 1)
                }
            } else if Self.sayingVerbs.contains(word) {
                // "said the ruling was", "said that Laos had been": a clause whose subject is judged.
                var start = verb + 1
                // "told El País that": past the listener.
                if Self.tellingVerbs.contains(word) {
                    guard let listener = mentions.first(where: { $0.mention.tokens.lowerBound == start }) else { continue }
                    start = listener.mention.tokens.upperBound
                    guard start < tokens.count, tokens[start].lowercased == "that" else { continue }
                }
                if start < tokens.count, tokens[start].lowercased == "that" { start += 1 }
                saysOfItself = start < tokens.count && tokens[start].lowercased == "it"
                // "said the law "protects the bankers who caused this disaster"": any verb may judge it.
                guard let subject = evaluated(at: start), subject.end < tokens.count,
                      Self.copulas.contains(tokens[subject.end].lowercased) || parsedTags?[subject.end] == .verb else { continue }
                target = subject
            } else {
                continue
            }
            guard let target, let speaker = speaker ?? subject(before: verb)?.0, speaker != target.entity,
                  kind(speaker) != .policy, kind(target.entity) != .location,
                  // "Patriots for Europe said it would challenge the law": "it" is the body speaking.
                  !saysOfItself || kind(speaker) == .person
            else { continue }
            var score = valence(of: target.end..<clauseEnd(after: target.end))
            // "warn that implementing Trump's proposal could set a precedent": a warning about one's act opposes it.
            if word.hasPrefix("warn"), score < Self.leastValence { score = -Self.leastValence }
            guard abs(score) >= Self.leastValence else { continue }
            let type: RelationType = score < 0 ? .opposes : .supports
            // "called Romania a partner" is no phone call.
            found.removeAll { $0.type == .meets && $0.source == speaker && $0.target == target.entity && $0.sentence == sentence.index }
            add(speaker, type, target.entity, 0.6, at: verb)
        }
    }

    /// "Skov said her country was "deeply disappointed" by Sweden's
    /// decision", "Kenya is pleased with Uganda's offer": a feeling about
    /// someone's act is a stance on them, held by who is said to feel it, or
    /// by the sentence's speaker when a pronoun or "her country" feels it.
    mutating func findFeelings() {
        for word in tokens.indices.dropLast(2) where Self.feelingPrepositions.contains(tokens[word + 1].lowercased) {
            guard let feeling = lexicon.valences[tokens[word].lowercased], abs(feeling) >= Self.leastValence,
                  let copula = (max(0, word - 4)..<word).last(where: { Self.copulas.contains(tokens[$0].lowercased) }),
                  tokens[copula..<word].allSatisfy({ $0.punctuationAfter == nil || $0.punctuationAfter == "\"" }),
                  case let start = tokens[word + 2].lowercased == "the" ? word + 3 : word + 2,
                  let owner = mentions.first(where: { $0.mention.tokens.lowerBound == start }), owner.mention.isPossessive,
                  owner.mention.tokens.upperBound < tokens.count, isAct(at: owner.mention.tokens.upperBound) || isProposalNoun(owner.mention.tokens.upperBound)
            else { continue }
            let felt = tokens[(copula + 1)..<word].contains { Self.negations.contains($0.lowercased) || $0.endsInNot } ? -feeling : feeling
            let holder = mentions.last(where: { $0.mention.tokens.upperBound == copula && kind($0.entity) != .location })?.entity
                ?? (0..<copula).last(where: { Self.sayingVerbs.contains(tokens[$0].lowercased) }).flatMap { subject(before: $0)?.0 }
            guard let holder, holder != owner.entity, kind(holder) != .policy else { continue }
            add(holder, felt < 0 ? .opposes : .supports, owner.entity, 0.6, at: word)
        }
    }

    /// "the Transit Agreement, which Kiprotich called "the most important
    /// deal"": the name before "which" is judged by the name after it.
    private func namedBeforeWhich(_ verb: Int) -> (target: (entity: Int, end: Int), speaker: Int)? {
        guard let speaker = mentions.last(where: { $0.mention.tokens.upperBound == verb }),
              case let which = speaker.mention.tokens.lowerBound - 1, which > 0, tokens[which].lowercased == "which",
              let named = mentions.last(where: { $0.mention.tokens.upperBound == which }),
              tokens[which - 1].punctuationAfter == ","
        else { return nil }
        return ((named.entity, verb + 1), speaker.entity)
    }

    /// The entity judged at `start`: a name, "the plan" for who proposed it,
    /// or "it" for the policy the sentence or the one before named last; and
    /// the word after it.
    private func evaluated(at start: Int) -> (entity: Int, end: Int)? {
        var word = start
        while word < tokens.count, Self.articles.contains(tokens[word].lowercased) { word += 1 }
        guard word < tokens.count else { return nil }
        if let item = mentions.first(where: { $0.mention.tokens.lowerBound == word }) {
            // "said Ghana's decision was unlawful": the act's owner, judged through the act.
            let end = item.mention.tokens.upperBound
            return (item.entity, item.mention.isPossessive && end < tokens.count && isProposalNoun(end) ? end + 1 : end)
        }
        // "unilateral U.S. action would damage": a state's act, judged, judges the state.
        if let item = mentions.first(where: {
               (word + 1...word + 2).contains($0.mention.tokens.lowerBound) && [.country, .organization].contains(kind($0.entity))
           }), tokens[word..<item.mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }),
           let act = (item.mention.tokens.upperBound..<min(tokens.count, item.mention.tokens.upperBound + 2)).first(where: isAct),
           tokens[item.mention.tokens.upperBound..<act].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }) {
            return (item.entity, act + 1)  // "any U.S. military incursion would violate"
        }
        if word > start, isProposalNoun(word), let proposer = proposer(meantBy: word) { return (proposer, word + 1) }
        // "implementing Trump's proposal could set a dangerous precedent": the proposal's owner.
        if tokens[word].lowercased.hasSuffix("ing"), !tokens[word].isCapitalized { word += 1 }
        if let owner = mentions.first(where: { $0.mention.tokens.lowerBound == word }), owner.mention.isPossessive,
           owner.mention.tokens.upperBound < tokens.count, isProposalNoun(owner.mention.tokens.upperBound) {
            return (owner.entity, owner.mention.tokens.upperBound + 1)
        }
        if word == start, tokens[word].lowercased == "it",
           let policy = mentions.last(where: { $0.mention.tokens.upperBound <= word && kind($0.entity) == .policy })?.entity ?? lastPolicy {
            return (policy, word + 1)
        }
        return nil
    }

    /// Where the clause that starts at `start` ends: at a semicolon, a
    /// clause break, a verb that "and" joins on, the end of a quotation that
    /// opens it, or the sentence's end, at most sixteen words on. "called the
    /// agreement "a betrayal of four million voters" and said his party
    /// would fight it": the judgement is the quotation.
    private func clauseEnd(after start: Int) -> Int {
        let quoted = opensQuotation(between: start, and: start + 1)
        var end = start
        while end < min(tokens.count, start + 16) {
            if tokens[end].roles.contains(.clauseBreak) { break }
            if end > start, tokens[end - 1].lowercased == "and", parsedTags?[end] == .verb { break }
            end += 1
            if tokens[end - 1].punctuationAfter == ";" || quoted && closesQuotation(after: end - 1) { break }
        }
        return end
    }

    /// The last word before `word` that a quotation closes after, or -1:
    /// what a quotation names before it is the speaker's subject.
    func lastQuotationEnd(before word: Int) -> Int {
        (0..<word).last(where: closesQuotation(after:)) ?? -1
    }

    /// Whether a closing quotation mark follows the word: a right quote, or
    /// a straight one before any space (after a space it opens a quotation).
    func closesQuotation(after word: Int) -> Bool {
        let gap = text(after: word)
        return gap.contains("”") || gap.prefix { $0 != " " }.contains("\"")
    }

    /// The summed valence of the words, each turned and weakened after a
    /// negation close before it, as VADER does ("not a success").
    private func valence(of words: Range<Int>) -> Float {
        var total: Float = 0
        for word in words {
            guard var value = lexicon.valences[tokens[word].lowercased] else { continue }
            if tokens[max(words.lowerBound, word - 3)..<word].contains(where: {
                Self.negations.contains($0.lowercased) || $0.endsInNot
            }) {
                value *= -0.74
            }
            total += value
        }
        return total
    }

    private static let leastValence: Float = 1.5
    static let namingVerbs: Set<String> = [
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "labelled",
        "labeled", "termed", "dubbed",
    ]
    static let sayingVerbs: Set<String> = [
        "say", "said", "says", "argue", "argued", "argues", "insist", "insisted", "insists", "warn", "warned", "warns",
        "warning", "told", "tells", "emphasized", "emphasised", "emphasizing", "emphasising", "stressed", "stressing",
    ]
    private static let appealParticles: Set<String> = ["for", "on", "off", "up", "in", "out", "back", "upon"]
    private static let copulas: Set<String> = [
        "was", "is", "were", "are", "would", "will", "could", "might", "may", "had", "has", "remains", "remained",
    ]
    private static let negations: Set<String> = ["not", "no", "never", "without", "nor"]
    private static let feelingPrepositions: Set<String> = ["by", "with", "at", "over"]
}
