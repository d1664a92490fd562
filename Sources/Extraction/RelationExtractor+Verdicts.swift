import NewsGraphCore

/// "The court found Sonia Ben Amor guilty", "found her guilty of fraud", "a
/// jury found the company liable": a verdict acts against whom it names.
/// "The court ordered Beridze held in pre-trial detention" does too.
/// "found" alone says nothing ("found a body", "found that"); the verdict's
/// word after the object is what makes it one.
extension SentenceContext {
    mutating func findVerdicts() {
        // Only words whose role says they may be read: a word is hashed here only if it is one.
        for index in tokens.indices.dropLast(2) where tokens[index].roles.contains(.readingCue) {
            guard let verdictWords = Self.verdictWords[tokens[index].lowercased] else { continue }
            var target: Int?
            var after = index + 1
            if let object = mentions.first(where: { $0.mention.tokens.lowerBound == index + 1 }),
               [.person, .organization].contains(kind(object.entity)) {
                target = object.entity
                after = object.mention.tokens.upperBound
            } else if ["her", "him"].contains(tokens[index + 1].lowercased) {
                target = pronounReferent
                after = index + 2
            }
            guard let target, after < tokens.count, verdictWords.contains(tokens[after].lowercased),
                  let (subject, _) = subject(before: index), subject != target, kind(subject) != .location
            else { continue }
            add(subject, .targets, target, 0.7, at: index)
        }
    }

    /// A verb and the words after its object that make it a verdict or an order against it.
    static let verdictWords: [String: Set<String>] = {
        let guilt: Set<String> = ["guilty", "liable", "culpable"]
        // "ordered her released" is no act against her.
        let custody: Set<String> = ["held", "detained", "jailed", "arrested", "imprisoned", "remanded", "deported", "extradited", "expelled"]
        return ["found": guilt, "finds": guilt, "find": guilt, "ordered": custody, "orders": custody, "order": custody]
    }()
}
