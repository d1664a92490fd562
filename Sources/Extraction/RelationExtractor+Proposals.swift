import NewsGraphCore

/// "the plan", "the proposal", "the decision", "the ruling": an unnamed act an article
/// goes on talking about. The guidelines make it an event, not a policy, and
/// give a stance on it to whoever proposed it: after "Trump has proposed
/// strikes on the cartels", "Mexico rejected the plan" opposes Trump.
extension SentenceContext {
    /// Whether the word is a noun for an unnamed act that a stance can be about.
    func isProposalNoun(_ word: Int) -> Bool {
        tokens[word].roles.contains(.readingCue) && Self.proposalNouns.contains(tokens[word].lowercased)
    }

    /// Who this sentence says proposed, planned or decided something, if
    /// anyone: the subject of "proposed", "plans", "decided" in the parse, or
    /// the owner of "Trump's plan", "Romania's decision"; and who it says
    /// ruled or judged, if anyone.
    func proposer(parse: SentenceParse?, mentionAt: [Int?]) -> (proposer: Int?, judge: Int?) {
        var found: Int?
        var judge: Int?
        for position in mentions.indices where mentions[position].mention.isPossessive
            && mentions[position].mention.tokens.upperBound < tokens.count
            && isProposalNoun(mentions[position].mention.tokens.upperBound) && kind(mentions[position].entity) != .policy {
            found = mentions[position].entity
        }
        guard let parse else {
            // Unparsed, the name right before the verb: "Romania decided", "Ruiz has proposed".
            for position in mentions.indices where kind(mentions[position].entity) != .policy {
                var next = mentions[position].mention.tokens.upperBound
                while next < tokens.count, Self.auxiliaries.contains(tokens[next].lowercased) { next += 1 }
                if next < tokens.count, tokens[next].roles.contains(.readingCue), Self.isDecidingVerb(tokens[next].lowercased) {
                    found = mentions[position].entity
                }
            }
            return (found, nil)
        }
        for verb in tokens.indices where tokens[verb].roles.contains(.readingCue) && parse.tags[verb] == .verb {
            let word = tokens[verb].lowercased
            guard Self.isDecidingVerb(word) || Self.rulingVerbs.contains(word) && !answersProposal(verb, parse: parse) else { continue }
            let isJudgement = Self.judgingVerbs.contains(word)
            for subject in parse.dependents[verb] where parse.label(subject) == .nominalSubject {
                // "Environment Minister Helen Marsh refused": the parse may head the name by its title.
                guard let named = entities(of: subject, parse: parse, mentionAt: mentionAt).first, kind(named) != .policy
                else { continue }
                found = named
                // "Judge Miriam Okafor of the U.S. District Court found": a judge's ruling is the court's.
                if isJudgement, let court = self.found.last(where: {
                    $0.source == found && [.memberOf, .leads].contains($0.type) && kind($0.target) == .organization
                })?.target {
                    found = court
                }
                if isJudgement { judge = found }
            }
        }
        return (found, judge)
    }

    /// What an article's first sentence reports: its first verb, if its
    /// subject is named, and who did it. The act is what "the cut" or "the
    /// extension" later means when no one was said to decide: the policy the
    /// verb's words name ("agreed to extend their bilateral ceasefire"), else
    /// who did it ("Chile's central bank cut its rate").
    func ledeActor(parse: SentenceParse, mentionAt: [Int?]) -> (act: Int, entity: Int)? {
        // The first verb only: "A federal judge ruled that Tessellate monopolized" reports the judge's act.
        guard let verb = tokens.indices.first(where: { parse.tags[$0] == .verb }),
              let subject = parse.dependents[verb].first(where: { parse.label($0) == .nominalSubject }),
              let mention = mentionAt[subject], Self.actorKinds.contains(kind(mentions[mention].entity)),
              !endsDateline(mentions[mention].mention.tokens)
        else { return nil }
        let policy = mentions.first { kind($0.entity) == .policy && $0.mention.tokens.lowerBound > verb }
        return (policy?.entity ?? mentions[mention].entity, mentions[mention].entity)
    }

    /// Whether a dash follows the words, as after a dateline's place ("Zurich — FIFA suspended").
    private func endsDateline(_ words: Range<Int>) -> Bool {
        words.upperBound < tokens.count && text(after: words.upperBound - 1).contains { $0 == "—" || $0 == "–" || $0 == "-" }
    }

    /// The proposer a word of the parse stands for: "the plan", "this
    /// proposal", not "a plan" (a new one) nor "Trump's plan" (its owner is read as such).
    func proposerMeant(by word: Int, parse: SentenceParse) -> Int? {
        guard isProposalNoun(word), let proposer = proposer(meantBy: word) else { return nil }
        if parse.heads[word] >= 0, isVote(parse.heads[word]) { return nil }
        let children = parse.dependents[word]
        // "the appointment of new judges" is a new act, not one read before.
        guard children.contains(where: { Self.definiteDeterminers.contains(tokens[$0].lowercased) }),
              !children.contains(where: { parse.label($0) == .possessor || parse.label($0) == .nominalModifier && caseMarker(of: $0, parse: parse) == "of" })
        else { return nil }
        return proposer
    }

    /// The proposer "the ruling" right after a relation word stands for,
    /// where no parse read the sentence: "welcomed the ruling".
    func proposerMeant(after start: Int) -> (Int, Int)? {
        guard start + 1 < tokens.count, Self.definiteDeterminers.contains(tokens[start].lowercased), isProposalNoun(start + 1),
              start + 2 == tokens.count || tokens[start + 2].lowercased != "of",
              let proposer = proposer(meantBy: start + 1),
              !(max(0, start - 2)..<start).contains(where: isVote)
        else { return nil }
        return (proposer, start + 1)
    }

    /// Whom a proposal noun stands for: "the ruling" for who last ruled,
    /// else for the body or state whose act the lede reports; so "the
    /// decision", unless it is a policy just enacted; "the plan" for who last
    /// proposed, planned or decided.
    func proposer(meantBy noun: Int) -> Int? {
        let word = tokens[noun].lowercased
        guard Self.decisionNouns.contains(word) else { return lastProposer }
        if word == "decision", let lastProposer, kind(lastProposer) == .policy { return lastProposer }
        return decider ?? lastProposer
    }

    private static let decisionNouns: Set<String> = ["decision", "ruling", "verdict", "judgment", "judgement", "order"]

    /// "two other board members voted for the cut": who votes on a decision
    /// takes part in it, so is no one reacting to it.
    private func isVote(_ word: Int) -> Bool { tokens[word].lowercased.hasPrefix("vot") }

    static let proposalNouns: Set<String> = [
        "plan", "proposal", "decision", "move", "offer", "idea", "ruling", "verdict", "judgment", "judgement", "cut",
        "extension", "appointment", "choice", "nomination", "order",
    ]
    static let proposalVerbs: Set<String> = [
        "propose", "proposes", "proposed", "plan", "plans", "planned", "decide", "decides", "decided", "offer", "offers",
        "offered", "unveil", "unveils", "unveiled", "float", "floats", "floated", "rule", "approve", "approves",
        "approved", "fined", "cleared",
    ]
    /// "Mexico rejected the plan" and "Iraq refused to back the proposal"
    /// answer someone's act; "the minister refused the application" makes one.
    private func answersProposal(_ verb: Int, parse: SentenceParse) -> Bool {
        parse.dependents[verb].contains { parse.label($0) == .object && isProposalNoun($0) || parse.label($0) == .openComplement }
    }

    /// Acts of authority on someone else's case: their maker is whom "the
    /// decision" later means ("Marsh refused Redgum's application. The
    /// foundation welcomed the decision").
    private static let rulingVerbs: Set<String> = [
        "refused", "rejected", "blocked", "banned", "suspended", "barred", "removed", "ordered", "imposed", "revoked",
        "disqualified", "halted", "dissolved", "ratified", "dismissed", "granted", "lifted", "quashed", "annulled",
    ]
    /// A verb whose subject made what "the plan", "the decision" or "the ruling" means.
    private static func isDecidingVerb(_ word: String) -> Bool { decidingVerbs.contains(word) }
    private static let decidingVerbs = proposalVerbs.union(judgingVerbs)
    /// A court's or a judge's acts: their decision is "the ruling", "the verdict".
    private static let judgingVerbs: Set<String> = [
        "ruled", "rules", "found", "finds", "convicted", "sentenced", "acquitted", "upheld", "overturned", "struck",
    ]
    /// The words of the readings across words, for ``WordRoles/readingCue``.
    static var readingCues: Set<String> {
        namingVerbs.union(sayingVerbs).union(agreementVerbs).union(proposalNouns).union(proposalVerbs).union(judgingVerbs).union(rulingVerbs)
            .union(seatWords).union(demandingVerbs).union(signingVerbs).union(dealBlockingVerbs)
            .union(appointingVerbs).union(answeringVerbs).union(compositionVerbs.keys).union(verdictWords.keys).union(questioningVerbs)
            .union(["under", "two", "whose", "which"])
    }

    private static let actorKinds: Set<EntityKind> = [.person, .organization, .country]
    private static let auxiliaries: Set<String> = ["has", "have", "had", "also", "now", "then", "is", "was"]
    static let definiteDeterminers: Set<String> = ["the", "this", "that"]
}
