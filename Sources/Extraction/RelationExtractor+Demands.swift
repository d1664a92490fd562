import NewsGraphCore

/// Demands: "International Rivers urged the Thai utility to cancel the power
/// deal", "Chea Sophal asked Laos to postpone construction", "Amnesty urged
/// Ecuador to lift the state of emergency". Who demands that an act be
/// stopped opposes what is to be stopped, when it is named, else who is
/// asked to stop it; who demands that something be approved supports it.
extension SentenceContext {
    mutating func findDemands() {
        for verb in tokens.indices where tokens[verb].roles.contains(.readingCue) && Self.demandingVerbs.contains(tokens[verb].lowercased) {
            var asked = verb + 1
            // "called on Norway to halt", "pressed the government to drop".
            if asked < tokens.count, tokens[asked].lowercased == "on" { asked += 1 }
            if asked < tokens.count, tokens[asked].lowercased == "the" { asked += 1 }
            let addressee = mentions.first { $0.mention.tokens.lowerBound == asked }
            // The one asked is a name, or a few lower-case words ("the Thai utility", "lawmakers").
            let afterAddressee = addressee?.mention.tokens.upperBound
                ?? (asked..<min(tokens.count, asked + 4)).first { tokens[$0].lowercased == "to" }
            guard let to = afterAddressee, to + 1 < tokens.count, tokens[to].lowercased == "to",
                  tokens[asked..<to].allSatisfy({ $0.punctuationAfter == nil }) || addressee != nil,
                  tokens[verb].punctuationAfter == nil,
                  let stance = Self.stanceOfDemand[tokens[to + 1].lowercased],
                  let (subject, _) = subject(before: verb)
            else { continue }
            // "urged Toyota to reverse the decision": the decision is who made it.
            if let (named, _) = object(after: to + 2, within: 3) ?? proposerMeant(after: to + 2), kind(named) != .location {
                add(subject, stance, named, 0.6, at: verb)
            } else if stance == .opposes, let addressee, !Self.overrulingActs.contains(tokens[to + 1].lowercased) {
                add(subject, .opposes, addressee.entity, 0.6, at: verb)
            }
        }
    }

    static let demandingVerbs: Set<String> = [
        "urged", "urges", "urging", "asked", "asks", "called", "calls", "pressed", "presses", "implored", "demanded",
        "pushed", "told",
    ]
    /// "urged CADE to reject the deal": who is asked to overrule an act is no party to it.
    private static let overrulingActs: Set<String> = ["reject", "block", "veto", "overturn", "annul", "repeal", "revoke"]
    /// The acts a demand may ask for, and the stance asking for them takes.
    private static let stanceOfDemand: [String: RelationType] = {
        let stopping = [
            "stop", "halt", "postpone", "delay", "suspend", "cancel", "scrap", "drop", "abandon", "withdraw", "reverse",
            "lift", "end", "repeal", "revoke", "reject", "block", "annul", "freeze", "shelve", "rescind", "overturn",
            "veto",
        ]
        let backing = ["approve", "adopt", "back", "sign", "ratify", "support", "pass", "endorse", "uphold"]
        return Dictionary(uniqueKeysWithValues: stopping.map { ($0, RelationType.opposes) } + backing.map { ($0, .supports) })
    }()
}
