import NewsGraphCore

/// Answers to an accusation: "The Emirati foreign ministry rejected the
/// accusation", "Stellini denied any wrongdoing", "Vireo said it would appeal".
/// Who answers opposes who accused, when the last accusation was aimed at
/// them or at a body they lead or belong to, or was made in the sentence
/// before by someone they do not speak for: a minister "rejecting the
/// criticism" is not answering their own state. An appeal answers the last
/// ruling or fine, where the article said who decided it.
extension SentenceContext {
    mutating func findResponses() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) && Self.answeringVerbs.contains(tokens[index].lowercased) {
            // "would challenge the decision in federal court": contesting an act named is appealing it.
            let isChallenge = Self.challengingVerbs.contains(tokens[index].lowercased)
            let isAppeal = tokens[index].lowercased.hasPrefix("appeal") || isChallenge
            let answered = isAppeal ? nil : accusation(after: index)
            guard isAppeal ? appealsAnAct(after: index, named: isChallenge) : answered != nil,
                  let (subject, _) = subject(before: index) else { continue }
            if let accuser = answered?.accuser {
                if accuser != subject { add(subject, .opposes, accuser, 0.6, at: index) }
                continue
            }
            if isAppeal, let decidedBy = lastProposer, kind(decidedBy) != .policy, subject != decidedBy {
                add(subject, .opposes, decidedBy, 0.6, at: index)
                continue
            }
            guard let accusation = lastAccusation, subject != accusation.accuser,
                  case let ties = tiesOfPerson[subject] ?? [],
                  subject == accusation.accused || ties.contains(accusation.accused)
                    || accusation.sentence == sentence.index - 1 && !ties.contains(accusation.accuser)
            else { continue }
            add(subject, .opposes, accusation.accuser, 0.6, at: index)
        }
    }

    /// "The AMA questioned why the TGA had not acted sooner": who asks why
    /// someone acted, or failed to, calls it into question.
    mutating func findQuestionedConduct() {
        for verb in tokens.indices.dropLast(2) where tokens[verb].roles.contains(.readingCue) && Self.questioningVerbs.contains(tokens[verb].lowercased)
            && ["why", "whether"].contains(tokens[verb + 1].lowercased) {
            var start = verb + 2
            if tokens[start].lowercased == "the" { start += 1 }
            guard let questioned = mentions.first(where: { $0.mention.tokens.lowerBound == start }),
                  [.person, .organization, .country].contains(kind(questioned.entity)),
                  let (subject, _) = subject(before: verb), subject != questioned.entity
            else { continue }
            add(subject, .opposes, questioned.entity, 0.6, at: verb)
        }
    }

    static let questioningVerbs: Set<String> = ["questioned", "questions", "question", "questioning"]

    /// "rejected the accusation", "denied any wrongdoing", "dismissed the criticism as ...",
    /// "rejected suggestions that", "rejected that argument": the noun of what
    /// is answered, and who made it when the words say so ("rejected
    /// Bayanihan's allegations", "rejected the demands of Vietnam").
    private func accusation(after verb: Int) -> (noun: Int, accuser: Int?)? {
        var word = verb + 1
        var owner: Int?
        while word < tokens.count, word - verb <= 4 {
            if Self.answerDeterminers.contains(tokens[word].lowercased) {
                word += 1
            } else if owner == nil, let possessor = mentions.first(where: { $0.mention.tokens.lowerBound == word }),
                      possessor.mention.isPossessive {
                owner = possessor.entity
                word = possessor.mention.tokens.upperBound
            } else {
                break
            }
        }
        guard word < tokens.count, Self.accusationNouns.contains(tokens[word].lowercased) else { return nil }
        return (word, owner ?? mention(after: word + 1, word: "of"))
    }

    /// "said it would appeal", "will appeal the decision", "would appeal to
    /// the Irish High Court": an appeal against the last act, not "appealed for calm".
    private func appealsAnAct(after verb: Int, named: Bool = false) -> Bool {
        guard verb + 1 < tokens.count, tokens[verb].punctuationAfter == nil else { return !named }
        if !named, let court = mention(after: verb + 1, word: "to"), kind(court) == .organization { return true }
        // "disagreed with the decision": past the verb's own preposition.
        let act = verb + 1 + (tokens[verb + 1].lowercased == "with" ? 1 : 0)
        guard act < tokens.count else { return false }
        let next = tokens[act].lowercased
        return Self.appealedActs.contains(next) || next == "the" && act + 1 < tokens.count
            && Self.appealedActs.contains(tokens[act + 1].lowercased)
    }

    static let answeringVerbs: Set<String> = [
        "rejected", "rejects", "denied", "denies", "dismissed", "dismisses", "disputed", "disputes", "refuted", "refutes",
        "appeal", "appeals", "challenge", "challenged", "contest", "contested", "disagreed", "disagrees",
    ]
    /// Verbs that appeal only with the act they contest named after them
    /// ("challenge the ruling", "disagreed with the decision").
    private static let challengingVerbs: Set<String> = ["challenge", "challenged", "contest", "contested", "disagreed", "disagrees"]
    private static let answerDeterminers: Set<String> = [
        "the", "any", "all", "these", "those", "such", "its", "their", "his", "her", "that", "this",
    ]
    private static let accusationNouns: Set<String> = [
        "accusation", "accusations", "allegation", "allegations", "criticism", "criticisms", "charge", "charges",
        "claim", "claims", "wrongdoing", "statement", "demand", "demands", "findings", "assertion", "assertions",
        "suggestion", "suggestions", "complaint", "complaints", "argument", "arguments",
    ]
    private static let appealedActs: Set<String> = ["decision", "ruling", "fine", "verdict", "judgment", "judgement", "sentence", "against"]
}
