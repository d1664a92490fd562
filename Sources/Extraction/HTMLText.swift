import Foundation

/// Plain text from HTML: scripts, styles and comments dropped with their
/// content, block elements turned into line breaks, entities decoded.
enum HTMLText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "blockquote", "figcaption", "figure", "title", "hr", "aside", "nav",
    ]
    private static let droppedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "head"]

    static func looksLikeHTML(_ text: String) -> Bool {
        let start = String(text.prefix(512)).asciiLowercased()
        return start.contains(bytesOf: "<!doctype html") || start.contains(bytesOf: "<html")
    }

    static func plainText(fromHTML html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            guard character == "<" else {
                output.append(character)
                index = html.index(after: index)
                continue
            }
            if html[index...].hasPrefix("<!--") {
                index = html.range(of: "-->", range: index..<html.endIndex)?.upperBound ?? html.endIndex
                continue
            }
            guard let close = html[index...].firstIndex(of: ">") else { break }
            let tag = tagName(html[html.index(after: index)..<close])
            index = html.index(after: close)
            if droppedTags.contains(tag) {
                let end = html.range(of: "</\(tag)", options: .caseInsensitive, range: index..<html.endIndex)
                index = end.flatMap { html[$0.upperBound...].firstIndex(of: ">") }.map { html.index(after: $0) }
                    ?? html.endIndex
            } else if blockTags.contains(tag) {
                output.append("\n")
            }
        }
        return decodeEntities(output)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .joined(separator: "\n")
    }

    private static func tagName(_ inside: Substring) -> String {
        let trimmed = inside.drop { $0 == "/" || $0 == " " }
        return String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "copy": "©",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains(byte: UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"),
               let decoded = decodeEntity(after[..<semicolon]) {
                output += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    private static func decodeEntity(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return namedEntities[String(name)]
    }
}

/// Plain text from Markdown: heading marks, emphasis and link targets removed.
enum MarkdownText {
    static func plainText(fromMarkdown markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var text = String(line.drop { $0 == "#" || $0 == ">" }).trimmingCharacters(in: .whitespaces)
            text = text.replacingOccurrences(of: #"!?\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
            text = text.replacingOccurrences(of: #"(\*\*|__|\*|`)"#, with: "", options: .regularExpression)
            return text
        }.joined(separator: "\n")
    }
}
