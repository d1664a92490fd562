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
    /// Lines that are furniture themselves, wherever they stand.
    private static let furnitureLines: [NSRegularExpression] = [
        regex(#"[\w.+-]+@[\w-]+\.[\w.]+"#),                      // e-mail
        regex(#"(https?://|www\.|\bt\.co/|pic\.twitter\.com)"#),  // links
        regex(#"(^|\s)@\w{2,}"#),                                 // handles
        regex(#"\+?\d[\d .()-]{7,}\d"#),                          // phone numbers
        regex(#"^\s*[•*·-]?\s*[\p{L} ]{2,20}\s:\s"#),             // profile-card "Key : value"
        regex(#"^\s*(tags?|advertisement|sponsored|share( this)?( article)?|follow us|total views|subscribe|sign up|read more|comments?|filed under|categories)\s*:?.*$"#),
        regex(#"(©|\(c\)|copyright\b|all rights reserved)"#),
        regex(#"^\s*(facebook|twitter|x|instagram|linkedin|tiktok|youtube|whatsapp|telegram|reddit|pinterest|threads|email|print)\s*:?\s*$"#),
        regex(#"\b\d+\s*(min|mins|minute|minutes)\s+read\b"#),
        regex(#"^\s*by:?\s*$"#),
        regex(#"\bmember of the [\p{L} ]+ team\b"#),
        regex(#"^[\p{Lu}][\p{L}.’'-]+( [\p{Lu}][\p{L}.’'-]+){0,3} is an? [\p{L} -]{0,40}\b(writer|journalist|reporter|editor|correspondent|contributor|columnist|author|blogger)\b"#),
        regex(#"^\S+( \S+){0,3} (is an?|gives|provides|delivers|brings) [^.]{0,60}(\b(news|media|information) (platform|site|website|outlet|portal|publication|service)\b|\bgives (users|readers)\b)"#),
        regex(#"^[^.!?]*\s\|\s[^.!?]*$"#),                         // "title | site" strips
        regex(#"^\s*\p{Lu}{4,}\s*$"#, caseSensitive: true),       // masthead
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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                kept.append("")
                continue
            }
            if Self.tailMarkers.matches(line) {
                dropped.append(line)
                break
            }
            if Self.postAttribution.matches(line) {
                // The post's text stands right above; it may be gone already.
                if !previousWasFurniture, let last = kept.lastIndex(where: { !$0.isEmpty }) {
                    dropped.append(kept.remove(at: last))
                }
                dropped.append(line)
                previousWasFurniture = true
                continue
            }
            let isShortHeading = line.split(separator: " ").count <= 4 && !line.contains(where: { ".!?,:".contains($0) })
            if Self.furnitureLines.contains(where: { $0.matches(line) })
                || Self.keywordLine.matches(line)
                || !line.contains(where: \.isLetter)
                || (previousWasFurniture && isShortHeading) {
                dropped.append(line)
                previousWasFurniture = true
                continue
            }
            if let credit = Self.photoCredit.firstMatchRange(in: line) {
                dropped.append(String(line[credit]))
                line.removeSubrange(credit)
            }
            previousWasFurniture = false
            kept.append(line)
        }
        return Result(lines: kept, dropped: dropped)
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

    func firstMatchRange(in text: String) -> Range<String.Index>? {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }
}
