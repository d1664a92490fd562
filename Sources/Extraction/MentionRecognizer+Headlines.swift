/// "FIFA Suspends Ghana Football Association Over Government Interference":
/// headline case capitalizes every word, so the rules read a headline's names
/// only where a list knows them ("Ghana"). A run of its words that the body
/// names as one name ("Ghana Football Association") is that name.
extension MentionRecognizer {
    func readingHeadlines(_ mentions: [[Mention]], of sentences: [Sentence]) -> [[Mention]] {
        guard sentences.contains(where: \.isHeadline) else { return mentions }
        var bodyNames: [String: Mention] = [:]
        var longest = 0
        for (index, sentence) in sentences.enumerated() where !sentence.isHeadline {
            for mention in mentions[index] where mention.tokens.count > 1 && !mention.isHeadNounReference && mention.role == nil {
                bodyNames[mention.surface] = bodyNames[mention.surface] ?? mention
                longest = max(longest, mention.tokens.count)
            }
        }
        guard !bodyNames.isEmpty else { return mentions }
        var read = mentions
        for (index, untokenized) in sentences.enumerated() where untokenized.isHeadline {
            let sentence = untokenized.tokenized(with: lexicon)
            var start = 0
            while start < sentence.tokens.count {
                let lengths = stride(from: min(longest, sentence.tokens.count - start), through: 2, by: -1)
                guard let (range, named) = lengths.lazy.compactMap({ length -> (Range<Int>, Mention)? in
                    let range = start..<(start + length)
                    return bodyNames[written(sentence.tokens[range], in: sentence)].map { (range, $0) }
                }).first else {
                    start += 1
                    continue
                }
                var mention = plain(sentence, range, kind: named.kind, canonical: named.canonical)
                (mention.isWeak, mention.origin) = (true, named.origin)
                read[index].removeAll { $0.tokens.overlaps(range) }
                read[index].append(mention)
                start = range.upperBound
            }
            read[index].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return read
    }
}
