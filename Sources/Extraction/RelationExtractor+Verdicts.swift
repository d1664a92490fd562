import NewsGraphCore

/// "The court found Sonia Ben Amor guilty", "found her guilty of fraud", "a
/// jury found the company liable": a verdict acts against whom it names.
/// "found" alone says nothing ("found a body", "found that"); the verdict's
/// word after the object is what makes it one.
extension SentenceContext {
    mutating func findVerdicts() {
        for index in tokens.indices.dropLast(2) where Self.findingVerbs.contains(tokens[index].lowercased) {
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
            guard let target, after < tokens.count, Self.verdictWords.contains(tokens[after].lowercased),
                  let (subject, _) = subject(before: index), subject != target, kind(subject) != .location
            else { continue }
            add(subject, .targets, target, 0.7, at: index)
        }
    }

    private static let findingVerbs: Set<String> = ["found", "finds", "find"]
    private static let verdictWords: Set<String> = ["guilty", "liable", "culpable"]
}
