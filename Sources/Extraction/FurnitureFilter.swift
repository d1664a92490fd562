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
    private static let tailMarkers = regex(
        #"^\s*(detail author|about the author|socials|latest news|related (articles|stories|posts)|you may also like|more from|recommended for you|leave a comment|comments?)\s*:?\s*$"#)
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
        ({ $0.digits >= 8 }, regex(#"\+\d[\d .()-]{7,}\d|(?<!\d)\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"#)),
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
        ({ $0.isShort }, regex(
            #"^\s*(facebook|twitter|x|instagram|linkedin|tiktok|youtube|whatsapp|telegram|reddit|pinterest|threads|email|print)\s*:?\s*$"#)),
        ({ $0.digits > 0 && $0.has(" read") }, regex(#"\b\d+\s*(min|mins|minute|minutes)\s+read\b"#)),
        ({ $0.isShort }, regex(#"^\s*by:?\s*$"#)),
        ({ $0.has(" team") }, regex(#"\bmember of the [\p{L} ]+ team\b"#)),
        ({ $0.hasNearStart(" is a") }, regex(
            #"^[\p{Lu}][\p{L}.’'-]+( [\p{Lu}][\p{L}.’'-]+){0,3} is an? [\p{L} -]{0,40}\b(writer|journalist|reporter|editor|correspondent|contributor|columnist|author|blogger)\b"#)),
        ({ [" is a", " gives ", " provides ", " delivers ", " brings "].contains(where: $0.hasNearStart) },
         regex(#"^\S+( \S+){0,3} (is an?|gives|provides|delivers|brings) [^.]{0,60}(\b(news|media|information) (platform|site|website|outlet|portal|publication|service)\b|\bgives (users|readers)\b)"#)),
        ({ $0.has(" | ") }, regex(#"^[^.!?]*\s\|\s[^.!?]*$"#)),  // "title | site" strips
        ({ $0.isShort }, regex(#"^\s*\p{Lu}{4,}\s*$"#, caseSensitive: true)),  // masthead
    ]
    /// A photo credit at the end of a caption; the caption before it stays.
    private static let photoCredit = regex(
        #"\s*(\b(photo|image|picture|credit|photograph)s?( by| courtesy of)?:?|\bflickr user|\bvia (getty|flickr|wikimedia|reuters|ap)).*\b(cc[ -]by[\w.\- ]*|getty images|shutterstock|ap photo|wikimedia commons|public domain|flickr|reuters|afp)\b.*$"#)
    /// "— Name (@handle) Date": the line and the post text above it are furniture.
    private static let postAttribution = regex(#"^\s*[—–-]\s*[^()]+\(@\w+\)"#)
    /// Keyword-stuffing lines: short, lower case, no sentence punctuation.
    private static let keywordLine = regex(#"^[\p{Ll}\d ]{3,60}$"#, caseSensitive: true)

    func clean(_ text: String) -> Result {
        var kept: [String] = []
        var dropped: [String] = []
        var previousWasFurniture = false
        // Lines split on bytes: splitting on Characters breaks graphemes over the whole text.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = Substring(rawLine).trimmingSpaces()
            if line.isEmpty {
                kept.append("")
                continue
            }
            if line.utf8.count <= 60, Self.tailMarkers.matches(line) {
                dropped.append(line)
                break
            }
            if line.first.map({ "—–-".contains($0) }) == true, Self.postAttribution.matches(line) {
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
            if Self.furnitureRules.contains(where: { $0.applies(facts) && $0.pattern.matches(line) })
                || facts.isShort && Self.keywordLine.matches(line)
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
        line.split(separator: " ").count <= 4 && !line.contains(where: { ".!?,:".contains($0) })
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
        lower = line.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
        digits = lower.reduce(0) { $0 + ((48...57).contains($1) ? 1 : 0) }
        isShort = lower.count <= 60
    }

    private static let labels: Set<String> = [
        "tag", "tags", "advertisement", "sponsored", "share", "follow", "total", "subscribe", "sign", "read",
        "comment", "comments", "filed", "categories",
    ]

    /// The line opens with a label word ("Tags:", "Share this", "Read more").
    var startsWithLabel: Bool {
        let firstWord = lower.drop { $0 == 32 }.prefix { (97...122).contains($0) }
        return Self.labels.contains(String(decoding: firstWord, as: UTF8.self))
    }

    /// Whether `text` occurs within the first 80 bytes, where bylines and
    /// self-descriptions put their verb.
    func hasNearStart(_ text: String) -> Bool { has(text, within: 80) }

    /// Whether the line contains `text` (lower-case ASCII, or exact bytes).
    /// Every line is asked for dozens of needles: candidates are found with
    /// the C library's vectorized `memchr`, then compared with `memcmp`.
    func has(_ text: String, within limit: Int = .max) -> Bool {
        var needle = text
        return needle.withUTF8 { needle in
            lower.withUnsafeBytes { line in
                guard let first = needle.first, let base = line.baseAddress else { return false }
                let end = min(line.count, limit)
                var offset = 0
                while offset + needle.count <= end {
                    guard let found = memchr(base + offset, Int32(first), end - offset - needle.count + 1) else { return false }
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = base.distance(to: UnsafeRawPointer(found)) + 1
                }
                return false
            }
        }
    }

    var mayHaveCredit: Bool {
        ["cc by", "cc-by", "getty", "shutterstock", "ap photo", "wikimedia", "public domain", "flickr", "reuters", "afp"]
            .contains { has($0) }
    }
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
