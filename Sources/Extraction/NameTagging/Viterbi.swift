/// Exact decoding of a linear-chain model over ``NameTag``s: the best tag
/// sequence under per-word scores and tag-to-tag transition scores, with
/// sequences that break a name (an `I` after `O`, a name left open at the
/// end) ruled out.
enum Viterbi {
    /// `emissions[word][tag]`; `transitions[(previous + 1) * tagCount + tag]`,
    /// row 0 for the sentence start. A run of words that does not open its
    /// sentence follows a word outside any name (`afterOutside`).
    static func decode(emissions: [SIMD16<Float>], transitions: [Float], afterOutside: Bool) -> [NameTag] {
        let firstRow = afterOutside ? NameTag.count : 0
        let wordCount = emissions.count
        let tagCount = NameTag.count
        guard wordCount > 1 else {
            // One word (most runs of capitalized words): outside, or a name of one word.
            guard let scores = emissions.first else { return [] }
            var best = 0
            var bestScore = -Float.infinity
            for tag in singleWordTags {
                let score: Float = transitions[firstRow + tag] + scores[tag]
                if score > bestScore {
                    bestScore = score
                    best = tag
                }
            }
            return [NameTag(rawValue: best)]
        }
        var best = [Float](repeating: -.infinity, count: wordCount * tagCount)
        var back = [Int32](repeating: 0, count: wordCount * tagCount)
        do {
            transitions.withUnsafeBufferPointer { transitions in
                best.withUnsafeMutableBufferPointer { best in
                    back.withUnsafeMutableBufferPointer { back in
                        for tag in 0..<tagCount where NameTag.outside.allows(NameTag(rawValue: tag)) {
                            best[tag] = transitions[firstRow + tag] + emissions[0][tag]
                        }
                        for word in 1..<wordCount {
                            let row = word * tagCount, previousRow = row - tagCount
                            for tag in 0..<tagCount {
                                var bestScore = -Float.infinity
                                var bestPrevious: Int32 = 0
                                for allowed in allowedStarts[tag]..<allowedStarts[tag + 1] {
                                    let previous = allowedBefore[allowed]
                                    let score = best[previousRow + previous] + transitions[(previous + 1) * tagCount + tag]
                                    if score > bestScore {
                                        bestScore = score
                                        bestPrevious = Int32(previous)
                                    }
                                }
                                best[row + tag] = bestScore + emissions[word][tag]
                                back[row + tag] = bestPrevious
                            }
                        }
                    }
                }
            }
        }
        var last = 0
        var lastScore = -Float.infinity
        for tag in 0..<tagCount where !NameTag(rawValue: tag).isOpen {
            let score = best[(wordCount - 1) * tagCount + tag]
            if score > lastScore {
                lastScore = score
                last = tag
            }
        }
        var tags = [NameTag](repeating: .outside, count: wordCount)
        tags[wordCount - 1] = NameTag(rawValue: last)
        var word = wordCount - 1
        while word > 0 {
            last = Int(back[word * tagCount + last])
            word -= 1
            tags[word] = NameTag(rawValue: last)
        }
        return tags
    }

    /// Outside, and each type's one-word name.
    private static let singleWordTags: [Int] = (0..<NameTag.count).filter {
        !NameTag(rawValue: $0).isOpen && NameTag.outside.allows(NameTag(rawValue: $0))
    }

    /// For each tag, the tags that may come before it: those of tag t are
    /// `allowedBefore[allowedStarts[t]..<allowedStarts[t + 1]]`. Flat, so the
    /// inner loop touches no nested array.
    private static let allowedBefore: [Int] = (0..<NameTag.count).flatMap { tag in
        (0..<NameTag.count).filter { NameTag(rawValue: $0).allows(NameTag(rawValue: tag)) }
    }
    private static let allowedStarts: [Int] = (0...NameTag.count).map { tag in
        (0..<tag).reduce(0) { count, earlier in
            count + (0..<NameTag.count).count { NameTag(rawValue: $0).allows(NameTag(rawValue: earlier)) }
        }
    }
}
