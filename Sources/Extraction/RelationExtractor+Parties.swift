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
            let between = tokens[candidate.mention.tokens.upperBound..<second.mention.tokens.lowerBound]
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

    private static let meetingPlacePrepositions = ["in", "at", "on", "inside", "near"]
}
