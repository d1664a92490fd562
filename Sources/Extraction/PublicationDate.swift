import Foundation

/// The date an article states near its top — a dateline ("8/9/2025") or a
/// date in the opening lines ("December 20, 2025") — as `yyyy-MM-dd`.
enum PublicationDate {
    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let monthName = regex(
        #"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})\b"#)
    private static let dayMonth = regex(#"\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? (\d{4})\b"#)
    private static let iso = regex(#"\b(\d{4})-(\d{2})-(\d{2})\b"#)
    private static let slashes = regex(#"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$"#)

    /// Looks at the first `lineLimit` non-empty lines only: a date further down
    /// is what the story is about, not when it was written.
    static func find(in lines: [String], lineLimit: Int = 12) -> String? {
        for line in lines.lazy.filter({ !$0.isEmpty }).prefix(lineLimit) {
            if let date = parse(line) { return date }
        }
        return nil
    }

    static func parse(_ line: String) -> String? {
        // Every form has a four-digit year; most lines have none, and the patterns are slow.
        guard hasFourDigits(line) else { return nil }
        if line.contains(byte: UInt8(ascii: "-")), let groups = iso.groups(in: line), let year = Int(groups[0]), let month = Int(groups[1]), let day = Int(groups[2]) {
            return format(year, month, day)
        }
        let namesMonth = hasMonthWord(line)
        if namesMonth, let groups = monthName.groups(in: line), let month = months[groups[0].lowercased()], let day = Int(groups[1]),
           let year = Int(groups[2]) {
            return format(year, month, day)
        }
        if namesMonth, let groups = dayMonth.groups(in: line), let day = Int(groups[0]), let month = months[groups[1].lowercased()],
           let year = Int(groups[2]) {
            return format(year, month, day)
        }
        // A dateline alone on its line; month first, as in American news.
        if line.utf8.count <= 24, let groups = slashes.groups(in: line), let month = Int(groups[0]), let day = Int(groups[1]), let year = Int(groups[2]) {
            return format(year, month, day)
        }
        return nil
    }

    private static func hasFourDigits(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var run = 0
            for byte in bytes {
                run = byte &- 48 < 10 ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }
    }

    /// A word starting with a month's abbreviation, in any case, then a space
    /// and a digit ("Dec. 20", "March 3"): both month patterns need one. Only
    /// ASCII letters and digits count as word bytes, so the test may let a
    /// line through but never stops one the patterns would match.
    private static func hasMonthWord(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 97 < 26 }
        func isWordByte(_ byte: UInt8) -> Bool { byte &- 48 < 10 || isLetter(byte) }
        for start in bytes.indices where start + 3 <= bytes.count && (start == 0 || !isWordByte(bytes[start - 1])) {
            let prefix = String(decoding: bytes[start..<(start + 3)].map { $0 | 0x20 }, as: UTF8.self)
            guard months[prefix] != nil else { continue }
            var end = start + 3
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1] &- 48 < 10 { return true }
        }
        return false
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

extension NSRegularExpression {
    /// The capture groups of the first match, as strings.
    func groups(in text: String) -> [String]? {
        guard let match = firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
