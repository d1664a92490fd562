import NewsGraphCore

/// Appointments, as business and political news report them: "Boeing named
/// Kelly Ortberg, a former Rockwell Collins executive, as its chief
/// executive", "Jane Smith was appointed chief financial officer of Acme".
/// The title given makes the person a leader or member of the body it is
/// of: the body named after it, or the one that gave it ("its").
extension SentenceContext {
    mutating func findAppointments() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) && Self.appointingVerbs.contains(tokens[index].lowercased) {
            guard let (person, afterPerson, isActive) = appointee(of: index), let title = title(at: afterPerson) else { continue }
            // "Boeing named X as its chief executive": who appoints is whose office it is.
            // "Parliament named X as acting governor": the giver fills an office of another body.
            let appointer = isActive ? giver(before: index, person: person).flatMap { mayHold(title.phrase, in: $0) ? $0 : nil } : nil
            let body = titleBody(after: title.end) ?? appointer
            guard let body, let type = office(leader: isLeaderTitle(title.phrase), title: title.phrase, of: body) else { continue }
            add(person, type, body, 0.75, at: index)
        }
    }

    /// The person appointed and the word after their name (and after an
    /// apposition set off by commas): the object after the verb, or in a
    /// passive the subject right before "was named".
    private func appointee(of verb: Int) -> (person: Int, next: Int, isActive: Bool)? {
        if let object = mentions.first(where: { $0.mention.tokens.lowerBound == verb + 1 }), kind(object.entity) == .person {
            var next = object.mention.tokens.upperBound
            if next < tokens.count, tokens[next - 1].punctuationAfter == ",",
               let close = (next..<min(tokens.count, next + 14)).first(where: { tokens[$0].punctuationAfter == "," }) {
                next = close + 1  // ", a former Rockwell Collins executive,"
            }
            return (object.entity, next, true)
        }
        guard verb >= 2, Self.passiveAuxiliaries.contains(tokens[verb - 1].lowercased),
              let subject = mentions.last(where: { $0.mention.tokens.upperBound <= verb - 1 }),
              kind(subject.entity) == .person, verb - subject.mention.tokens.upperBound <= 2,
              tokens[subject.mention.tokens.upperBound - 1].punctuationAfter == nil
        else { return nil }
        return (subject.entity, verb + 1, false)
    }

    /// The listed title at `start`, after "as" and a determiner: its words and where it ends.
    private func title(at start: Int) -> (phrase: String, end: Int)? {
        var position = start
        if position < tokens.count, tokens[position].lowercased == "as" { position += 1 }
        if position < tokens.count, Self.determiners.contains(tokens[position].lowercased) { position += 1 }
        // "as its new chief executive", "as interim president".
        while position < tokens.count, tokens[position].lowercased == "new" || tokens[position].roles.contains(.titleModifier) {
            position += 1
        }
        guard let length = (1...4).reversed().first(where: { length in
            position + length <= tokens.count && isTitleWords(tokens[position..<(position + length)])
                && tokens[position..<(position + length - 1)].allSatisfy { $0.punctuationAfter == nil }
        }) else { return nil }
        let phrase = tokens[position..<(position + length)].map(\.lowercased).joined(separator: " ")
        return (phrase, position + length)
    }

    /// "chief executive of Acme", "a director at the World Bank": the body right after the title.
    private func titleBody(after end: Int) -> Int? {
        guard end + 1 < tokens.count, tokens[end - 1].punctuationAfter == nil,
              Self.titlePrepositions.contains(tokens[end].lowercased),
              let body = mentions.first(where: { $0.mention.tokens.lowerBound >= end + 1 }),
              body.mention.tokens.lowerBound <= end + 2, [.organization, .country].contains(kind(body.entity))
        else { return nil }
        return body.entity
    }

    /// The body or state that appoints: the verb's subject ("Calder, Canada's
    /// largest aircraft maker, named": the apposition only describes it).
    private func giver(before verb: Int, person: Int) -> Int? {
        guard let (body, _) = subject(before: verb), body != person, [.organization, .country].contains(kind(body)) else { return nil }
        return body
    }

    static let appointingVerbs: Set<String> = [
        "named", "appointed", "nominated", "elected", "hired", "tapped", "picked", "chose", "chosen", "promoted",
        "installed", "reappointed", "re-elected",
    ]
    private static let titlePrepositions: Set<String> = ["of", "at", "for"]
}
