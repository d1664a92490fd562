import NewsGraphCore

/// Acts with two parties named together: "talks between Israel and Hamas",
/// "Macron and Scholz met in Paris".
extension SentenceContext {
    /// "in the Ethiopian capital", "at the Kremlin": where a meeting is, not whom it is with.
    func isPlaceOfMeeting(_ object: (Int, Int)) -> Bool {
        var before = object.1 - 1
        while before > 0, Self.articles.contains(tokens[before].lowercased) { before -= 1 }
        return before >= 0 && Self.meetingPlacePrepositions.contains(tokens[before].lowercased)
    }

    /// "Kenya's Trade Minister Rose Achieng and her Ethiopian counterpart,
    /// Hirut Alemu, will meet": a meeting verb with no object meets the
    /// parties its subject joins with "and".
    mutating func findMeetingPartners(_ subject: (Int, Int), trigger verb: Int) {
        guard let second = mentions.last(where: { $0.mention.tokens.upperBound == subject.1 && $0.entity == subject.0 })
        else { return }
        // The first party: the name before "and", past a demonym describing the second.
        let first = mentions.last { candidate in
            guard candidate.mention.tokens.upperBound < second.mention.tokens.lowerBound else { return false }
            // "Colombia's government and the ELN": the state by its government.
            let between = tokens[candidate.mention.tokens.upperBound..<second.mention.tokens.lowerBound]
                .drop { $0.roles.contains(.governmentNoun) }
            return between.count <= 6
                && between.first?.lowercased == "and" && candidate.entity != second.entity
                && [.person, .organization, .country].contains(kind(candidate.entity))
                && !between.indices.contains { trigger(at: $0) != nil || tokens[$0].roles.contains(.clauseBreak) }
        }
        if let first { add(first.entity, .meets, second.entity, 0.65, at: verb) }
    }

    /// "talks between Israel and Hamas", "clashes between the army and the
    /// rebels": the first party acts, the second is acted on.
    mutating func findBetween(_ type: RelationType, after: Int, trigger: Int) {
        guard let first = object(after: after, within: 3),
              let end = mentions.first(where: { $0.mention.tokens.lowerBound == first.1 })?.mention.tokens.upperBound,
              end < tokens.count, tokens[end].lowercased == "and",
              let second = object(after: end + 1, within: 2), second.0 != first.0
        else { return }
        add(first.0, type, second.0, 0.7, at: trigger)
        // "Qatar hosted talks between the United States and the Taliban": the host or
        // mediator of the talks sits with both sides.
        guard type == .meets, let host = (max(0, trigger - 3)..<trigger).last(where: { Self.hostingVerbs.contains(tokens[$0].lowercased) }),
              tokens[host..<trigger].allSatisfy({ $0.punctuationAfter == nil })
        else { return }
        // "Qatar has become a mediator, having hosted talks": a participle clause is its sentence subject's.
        let isParticipleClause = host > 1 && tokens[host - 1].lowercased == "having" && tokens[host - 2].punctuationAfter == ","
        let nearest = subject(before: host).flatMap { host - $0.1 <= 3 ? $0.0 : nil }
        let sentenceSubject = isParticipleClause ? mentions.first(where: { $0.mention.tokens.upperBound <= host })?.entity : nil
        guard let host = nearest ?? sentenceSubject, [.country, .organization, .person].contains(kind(host)) else { return }
        for side in [first.0, second.0] where side != host { add(host, .meets, side, 0.65, at: trigger) }
    }

    private static let hostingVerbs: Set<String> = [
        "hosted", "hosts", "hosting", "host", "mediated", "mediates", "mediating", "brokered", "brokers", "brokering",
        "facilitated", "convened",
    ]

    /// "The Trans-Tasman Resettlement Arrangement was signed by New Zealand
    /// Immigration Minister Aroha Tipene and Australian Home Affairs Minister
    /// Claire Donnelly": a minister or head of state who enacts an agreement
    /// signs it for their state, which enacts it too.
    mutating func findSignatoryStates() {
        let signed = found.filter { $0.type == .enacts && kind($0.source) == .person && isAgreement($0.target) }
        for signing in signed {
            for state in found where state.source == signing.source && [.leads, .memberOf].contains(state.type)
                && kind(state.target) == .country {
                add(state.target, .enacts, signing.target, 0.6)
            }
        }
    }

    private func isAgreement(_ policy: Int) -> Bool {
        guard kind(policy) == .policy, let head = entities[policy].name.words.last?.lowercased() else { return false }
        return Self.signedActNouns.contains(head)
    }

    private static let signedActNouns = agreementNouns.union(["arrangement", "treaty", "protocol", "convention"])

    /// "Stoica and Han agreed to upgrade relations", "Colombia's government
    /// and the ELN agreed to extend the ceasefire": two parties that agree
    /// have talked.
    mutating func findAgreeingParties() {
        for verb in tokens.indices where tokens[verb].roles.contains(.readingCue) && Self.agreementVerbs.contains(tokens[verb].lowercased) {
            guard let subject = subject(before: verb), verb - subject.1 <= 2,
                  tokens[subject.1..<verb].allSatisfy({ $0.punctuationAfter == nil && !$0.endsInNot })
            else { continue }
            findMeetingPartners(subject, trigger: verb)
        }
    }

    /// "Kairo signed a memorandum of understanding with PT Energi", "EGAT
    /// signed a 29-year purchase agreement with Lanxang": an agreement made
    /// with someone is a partnership, each party backing the other.
    mutating func findAgreementsWith() {
        for verb in tokens.indices.dropLast(2)
        where tokens[verb].roles.contains(.readingCue) && Self.signingVerbs.contains(tokens[verb].lowercased) {
            let reach = min(tokens.count - 1, verb + 8)
            guard let noun = ((verb + 1)..<reach).first(where: { Self.agreementNouns.contains(tokens[$0].lowercased) }),
                  ((verb + 1)..<noun).allSatisfy({ tokens[$0].punctuationAfter == nil && trigger(at: $0) == nil }),
                  let with = (noun..<min(tokens.count, noun + 4)).first(where: { tokens[$0].lowercased == "with" }),
                  tokens[noun..<with].allSatisfy({ $0.punctuationAfter == nil }),
                  let (partner, _) = partner(after: with + 1), kind(partner) != .location, kind(partner) != .policy,
                  let (subject, _) = subject(before: verb), kind(subject) != .policy, subject != partner
            else { continue }
            // "Mokoena signed the hosting agreement with Rinaldi": two people signing met to sign.
            if kind(subject) == .person, kind(partner) == .person {
                add(subject, .meets, partner, 0.6, at: verb)
                continue
            }
            add(subject, .supports, partner, 0.6, at: verb)
            add(partner, .supports, subject, 0.6, at: verb)
        }
    }

    /// The party named after "with": "the Indonesian developer PT Energi"
    /// and "New Zealand launch company Kotuku" name the company, not the country.
    private func partner(after start: Int) -> (Int, Int)? {
        guard let named = object(after: start, within: 4),
              // "a deal with official creditors under the Group of 20's framework" is with the creditors.
              !tokens[start..<named.1].contains(where: { $0.roles.contains(.preposition) })
        else { return nil }
        if isAdjective(named.0, at: named.1) { return object(after: named.1 + 1, within: 3) }
        if let body = bodyDescribed(byCountryAt: named.1) { return (body.entity, body.mention.tokens.lowerBound) }
        return named
    }

    /// "The two leaders held three hours of talks": the two people the
    /// article named last meet.
    mutating func findTwoNamedBefore(_ people: [Int]) {
        guard people.count == 2, tokens.count > 3,
              let two = tokens.indices.dropLast().first(where: {
                  tokens[$0].roles.contains(.readingCue) && tokens[$0].lowercased == "two" && $0 > 0 && tokens[$0 - 1].lowercased == "the"
                      && Self.peopleNouns.contains(tokens[$0 + 1].lowercased)
              }),
              let verb = ((two + 2)..<min(tokens.count, two + 7)).first(where: { trigger(at: $0)?.type == .meets })
        else { return }
        add(people[0], .meets, people[1], 0.6, at: verb)
    }

    private static let meetingPlacePrepositions = ["in", "at", "on", "inside", "near"]
    static let agreementVerbs: Set<String> = ["agreed", "agree", "agrees"]
    static let signingVerbs: Set<String> = ["signed", "signs", "sign", "signing", "struck", "reached", "concluded", "inked"]
    private static let agreementNouns: Set<String> = [
        "agreement", "deal", "contract", "memorandum", "accord", "pact", "partnership", "alliance",
    ]
    private static let peopleNouns: Set<String> = ["leaders", "presidents", "ministers", "men", "women", "officials", "envoys"]
}
