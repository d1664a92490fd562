import Foundation

/// Removes page furniture — author cards and bios, social blocks, contact
/// details, ads, tag and "latest news" lists, copyright and site
/// self-descriptions, embedded posts, photo credits — line by line, keeping
/// headlines, captions and source lists.
struct FurnitureFilter {
    struct Result {
        /// The article's own lines, in order; empty lines mark paragraph breaks.
        var lines: [String]
        var dropped: [String]
    }

    /// Lines after which nothing belongs to the article.
    private static let tailMarkers: Set<String> = [
        "detail author", "about the author", "socials", "latest news", "related articles", "related stories",
        "related posts", "you may also like", "more from", "recommended for you", "leave a comment", "comment", "comments",
    ]
    /// Short lines that are a label alone: social links, "By".
    private static let labelLines: Set<String> = [
        "facebook", "twitter", "x", "instagram", "linkedin", "tiktok", "youtube", "whatsapp", "telegram", "reddit",
        "pinterest", "threads", "email", "print", "by",
    ]
    /// Lines that are furniture themselves, wherever they stand. Each rule has
    /// a cheap test of the line that must hold before its pattern runs: most
    /// lines are prose, and scanning every line with every pattern was the
    /// slowest part of extraction.
    /// Contact details: a short line with one is a contact line and goes; in a
    /// paragraph of prose only the address, handle, link or number goes.
    private static let contactRules: [(applies: @Sendable (LineFacts) -> Bool, pattern: NSRegularExpression)] = [
        ({ $0.has("@") }, regex(#"[\w.+-]+@[\w-]+\.[\w.]+"#)),  // e-mail
        ({ $0.has("@") }, regex(#"(?<=^|\s)@\w{2,}"#)),  // handles
        ({ $0.has("http") || $0.has("www.") || $0.has("t.co/") || $0.has("pic.twitter") },
         regex(#"(https?://|www\.|\bt\.co/|pic\.twitter\.com)\S*"#)),
        // Phone numbers: international with "+", or 3-3-4 digits; not dates and times.
        ({ $0.digits >= 8 && $0.mayHavePhoneNumber }, regex(#"\+\d[\d .()-]{7,}\d|(?<!\d)\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"#)),
    ]
    /// Lines that are furniture themselves, wherever they stand. Each rule has
    /// a cheap test of the line that must hold before its pattern runs: most
    /// lines are prose, and scanning every line with every pattern was the
    /// slowest part of extraction.
    private static let furnitureRules: [(applies: @Sendable (LineFacts) -> Bool, pattern: NSRegularExpression)] = [
        ({ $0.has(" : ") }, regex(#"^\s*[•*·-]?\s*[\p{L} ]{2,20}\s:\s"#)),  // profile-card "Key : value"
        ({ $0.startsWithLabel }, regex(
            #"^\s*(tags?|advertisement|sponsored|share( this)?( article)?|follow us|total views|subscribe|sign up|read more|comments?|filed under|categories)\s*:?.*$"#)),
        ({ $0.has("©") || $0.has("opyright") || $0.has("rights reserved") || $0.has("(c)") },
         regex(#"(©|\(c\)|copyright\b|all rights reserved)"#)),
        ({ $0.digits > 0 && $0.has(" read") && $0.mayHaveReadingTime }, regex(#"\b\d+\s*(min|mins|minute|minutes)\s+read\b"#)),
        ({ $0.has(" team") && $0.has("member of the ") }, regex(#"\bmember of the [\p{L} ]+ team\b"#)),
        ({ facts in facts.hasNearStart(" is a") && bylineProfessions.contains { facts.has($0) } }, regex(
            #"^[\p{Lu}][\p{L}.’'-]+( [\p{Lu}][\p{L}.’'-]+){0,3} is an? [\p{L} -]{0,40}\b(writer|journalist|reporter|editor|correspondent|contributor|columnist|author|blogger)\b"#)),
        ({ facts in selfDescriptionVerbs.contains(where: facts.hasNearStart) && selfDescriptionNouns.contains { facts.has($0) } },
         regex(#"^\S+( \S+){0,3} (is an?|gives|provides|delivers|brings) [^.]{0,60}(\b(news|media|information) (platform|site|website|outlet|portal|publication|service)\b|\bgives (users|readers)\b)"#)),
        ({ $0.has(" | ") }, regex(#"^[^.!?]*\s\|\s[^.!?]*$"#)),  // "title | site" strips
    ]
    private static let selfDescriptionVerbs = [" is a", " gives ", " provides ", " delivers ", " brings "]
    /// Words the two patterns above cannot match without: cheap to look for in prose.
    private static let bylineProfessions = [
        "writer", "journalist", "reporter", "editor", "correspondent", "contributor", "columnist", "author", "blogger",
    ]
    private static let selfDescriptionNouns = ["news ", "media ", "information ", "gives users", "gives readers"]
    /// A photo credit at the end of a caption; the caption before it stays.
    private static let photoCredit = regex(
        #"\s*(\b(photo|image|picture|credit|photograph)s?( by| courtesy of)?:?|\bflickr user|\bvia (getty|flickr|wikimedia|reuters|ap)).*\b(cc[ -]by[\w.\- ]*|getty images|shutterstock|ap photo|wikimedia commons|public domain|flickr|reuters|afp)\b.*$"#)
    /// "— Name (@handle) Date": the line and the post text above it are furniture.
    private static let postAttribution = regex(#"^\s*[—–-]\s*[^()]+\(@\w+\)"#)

    func clean(_ text: String) -> Result {
        var kept: [String] = []
        var dropped: [String] = []
        var previousWasFurniture = false
        // Lines split on bytes: splitting on Characters breaks graphemes over the whole text.
        for rawLine in text.lines {
            var line = rawLine.trimmingSpaces()
            if line.isEmpty {
                kept.append("")
                continue
            }
            if let label = LineFacts.label(of: line), Self.tailMarkers.contains(label) {
                dropped.append(line)
                break
            }
            if let first = line.utf8.first, first == UInt8(ascii: "-") || first == 0xE2,
               line.hasPrefix("—") || line.hasPrefix("–") || line.hasPrefix("-"), Self.postAttribution.matches(line) {
                // The post's text stands right above; it may be gone already.
                if !previousWasFurniture, let last = kept.lastIndex(where: { !$0.isEmpty }) {
                    dropped.append(kept.remove(at: last))
                }
                dropped.append(line)
                previousWasFurniture = true
                continue
            }
            var facts = LineFacts(line)
            let contacts = Self.contactRules.filter { $0.applies(facts) && $0.pattern.matches(line) }
            if !contacts.isEmpty, !facts.isProse {
                dropped.append(line)
                previousWasFurniture = true
                continue
            }
            if !contacts.isEmpty {
                // Cut the paragraph at each contact detail rather than splice
                // it out, so every sentence kept is still a piece of the article.
                let cuts = contacts.flatMap { $0.pattern.matchRanges(in: line) }.sorted { $0.lowerBound < $1.lowerBound }
                var start = line.startIndex
                var segments: [String] = []
                for cut in cuts where cut.lowerBound >= start {
                    dropped.append(String(line[cut]))
                    segments.append(String(line[start..<cut.lowerBound]))
                    start = cut.upperBound
                }
                segments.append(String(line[start...]))
                let pieces = segments.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                kept += pieces.dropLast()
                line = pieces.last ?? ""
                facts = LineFacts(line)
                if line.isEmpty { continue }
            }
            if facts.isShort && (LineFacts.label(of: line).map(Self.labelLines.contains) == true || Self.isMasthead(line)
                    || Self.isKeywordLine(line))
                || Self.furnitureRules.contains(where: { $0.applies(facts) && $0.pattern.matches(line) })
                || !line.contains(where: \.isLetter) && PublicationDate.parse(line) == nil
                || (previousWasFurniture && Self.isShortHeading(line)) {
                dropped.append(line)
                previousWasFurniture = true
                continue
            }
            if facts.mayHaveCredit, let credit = Self.photoCredit.firstMatchRange(in: line) {
                dropped.append(String(line[credit]))
                line.removeSubrange(credit)
            }
            previousWasFurniture = false
            kept.append(line)
        }
        return Result(lines: kept, dropped: dropped)
    }

    private static func isShortHeading(_ line: String) -> Bool {
        line.utf8.split(separator: UInt8(ascii: " ")).count <= 4
            && !line.utf8.contains { [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ":")].contains($0) }
    }

    /// A masthead: one word of four or more capital letters.
    private static func isMasthead(_ line: String) -> Bool {
        line.unicodeScalars.count >= 4 && line.unicodeScalars.allSatisfy { $0.properties.generalCategory == .uppercaseLetter }
    }

    /// Keyword stuffing: a short line of lower-case words and numbers, without punctuation.
    private static func isKeywordLine(_ line: String) -> Bool {
        (3...60).contains(line.unicodeScalars.count) && line.unicodeScalars.allSatisfy { scalar in
            scalar == " " || [.lowercaseLetter, .decimalNumber].contains(scalar.properties.generalCategory)
        }
    }
}

/// What a line contains, found in one pass, to decide which patterns to try.
struct LineFacts {
    /// The line's UTF-8 bytes with ASCII letters lower-cased.
    let lower: [UInt8]
    let digits: Int
    /// Short lines are where bylines, labels and social links stand.
    let isShort: Bool
    /// A paragraph long enough to be prose, where a link is part of the text.
    var isProse: Bool { lower.count > 160 }

    init(_ line: String) {
        var lower = Array(line.utf8)
        var digits = 0
        for index in lower.indices {
            let byte = lower[index]
            if byte &- 65 < 26 { lower[index] = byte + 32 }
            if byte &- 48 < 10 { digits += 1 }
        }
        self.lower = lower
        self.digits = digits
        isShort = lower.count <= 60
    }

    private static let labels: Set<String> = [
        "tag", "tags", "advertisement", "sponsored", "share", "follow", "total", "subscribe", "sign", "read",
        "comment", "comments", "filed", "categories",
    ]

    /// A short line read as a label: lower case, without a final colon.
    /// Labels are ASCII words: a line with other characters is none, and is
    /// not lower-cased with Unicode's tables to find that out.
    static func label(of line: String) -> String? {
        guard line.utf8.count <= 60, line.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var label = Substring(line.asciiLowercased())
        if label.last == ":" { label = label.dropLast() }
        return label.trimmingSpaces()
    }

    /// Digits in a phone number's shape: "+" and a digit, or 3-3-4 digits
    /// ("(212) 555-0100", "212.555.0100"). The patterns decide; this only
    /// spares them the lines of prose that merely have numbers.
    var mayHavePhoneNumber: Bool {
        for start in lower.indices {
            if lower[start] == UInt8(ascii: "+"), isDigit(at: start + 1) { return true }
            guard isDigits(start..<(start + 3)) else { continue }
            var next = start + 3
            if next < lower.count, lower[next] == UInt8(ascii: ")") { next += 1 }
            if isSeparator(at: next), isDigits((next + 1)..<(next + 4)), isSeparator(at: next + 4),
               isDigits((next + 5)..<(next + 9)) {
                return true
            }
        }
        return false
    }

    /// "5 min read": digits, a unit of minutes and "read" after spaces. Lines
    /// with other than ASCII go to the pattern, whose spaces are Unicode's.
    var mayHaveReadingTime: Bool {
        guard lower.allSatisfy({ $0 < 0x80 }) else { return true }
        let read = Array("read".utf8)
        let units = ["minutes", "minute", "mins", "min"].map { Array($0.utf8) }
        for start in lower.indices where lower[start...].starts(with: read) {
            var end = start
            while end > 0, lower[end - 1] == 32 || lower[end - 1] == 9 { end -= 1 }
            guard end < start, let unit = units.first(where: { lower[..<end].reversed().starts(with: $0.reversed()) })
            else { continue }
            var digit = end - unit.count
            while digit > 0, lower[digit - 1] == 32 || lower[digit - 1] == 9 { digit -= 1 }
            if isDigit(at: digit - 1) { return true }
        }
        return false
    }

    private func isDigit(at offset: Int) -> Bool { lower.indices.contains(offset) && lower[offset] &- 48 < 10 }
    private func isDigits(_ range: Range<Int>) -> Bool { range.allSatisfy(isDigit(at:)) }
    private func isSeparator(at offset: Int) -> Bool {
        lower.indices.contains(offset) && [UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-")].contains(lower[offset])
    }

    /// The line opens with a label word ("Tags:", "Share this", "Read more").
    var startsWithLabel: Bool {
        let firstWord = lower.drop { $0 == 32 }.prefix { (97...122).contains($0) }
        return Self.labels.contains(String(decoding: firstWord, as: UTF8.self))
    }

    /// Whether `text` occurs within the first 80 bytes, where bylines and
    /// self-descriptions put their verb.
    func hasNearStart(_ text: String) -> Bool { has(text, within: 80) }

    /// Whether the line contains `text` (lower-case ASCII, or exact bytes).
    /// Every line is asked for dozens of needles: candidates for the needle's
    /// rarest byte are found with the C library's vectorized `memchr`, then
    /// compared with `memcmp` (searching for a common first letter stopped at
    /// nearly every word).
    func has(_ text: String, within limit: Int = .max) -> Bool {
        var needle = text
        return needle.withUTF8 { needle in
            lower.withUnsafeBytes { line in
                guard !needle.isEmpty, let base = line.baseAddress else { return false }
                let end = min(line.count, limit)
                let pivot = needle.indices.min { Self.commonness[Int(needle[$0])] < Self.commonness[Int(needle[$1])] }!
                var offset = pivot
                while offset + needle.count - pivot <= end {
                    let searched = end - (needle.count - pivot) - offset + 1
                    guard let found = memchr(base + offset, Int32(needle[pivot]), searched) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(base + position - pivot, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// How common each byte is in English prose, 0 for rare.
    private static let commonness: [Int] = {
        var table = Array(repeating: 0, count: 256)
        for (rank, byte) in " etaoinsrhldcumfpgwybvkxjqz".utf8.reversed().enumerated() {
            table[Int(byte)] = rank + 1
        }
        return table
    }()

    private static let creditSources = [
        "cc by", "cc-by", "getty", "shutterstock", "ap photo", "wikimedia", "public domain", "flickr", "reuters", "afp",
    ]

    /// A photo credit names what is credited and who: news prose names
    /// Reuters and AFP as sources all the time, without a photo.
    var mayHaveCredit: Bool {
        Self.creditedWorks.contains { has($0) } && Self.creditSources.contains { has($0) }
    }

    private static let creditedWorks = ["photo", "image", "picture", "credit", "flickr user", "via "]
}

func regex(_ pattern: String, caseSensitive: Bool = false) -> NSRegularExpression {
    // The patterns are literals of this module; a bad one is a programming error.
    try! NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
}

extension NSRegularExpression {
    func matches(_ text: String) -> Bool {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func matchRanges(in text: String) -> [Range<String.Index>] {
        matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    func firstMatchRange(in text: String) -> Range<String.Index>? {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }
}
