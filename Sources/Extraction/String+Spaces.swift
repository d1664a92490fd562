extension StringProtocol {
    /// Without spaces and tabs at either end. Foundation's trimming bridges
    /// through NSString and was a tenth of extraction time.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The words between spaces. Split on bytes: Swift's split on Characters
    /// walks grapheme clusters and was a visible part of entity resolution.
    var words: [Substring] {
        utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// Lower case without Unicode case tables when the text is ASCII, as most is.
    func asciiLowercased() -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased() }
        return String(decoding: utf8.map { $0 &- 65 < 26 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
}
