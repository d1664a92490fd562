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
    }

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
    private static let peopleNouns: Set<String> = ["leaders", "presidents", "ministers", "men", "women", "officials", "envoys"]
}
