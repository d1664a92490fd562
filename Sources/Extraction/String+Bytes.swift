import Foundation

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
    var words: [Substring] { pieces(between: UInt8(ascii: " "), keepingEmpty: false) }

    /// The lines between line feeds, empty ones included.
    var lines: [Substring] { pieces(between: UInt8(ascii: "\n"), keepingEmpty: true) }

    /// Pieces between occurrences of an ASCII `separator`, found in the
    /// contiguous UTF-8 bytes (the generic `split` over a UTF-8 view steps
    /// through string indices one byte at a time).
    private func pieces(between separator: UInt8, keepingEmpty: Bool) -> [Substring] {
        var text = self
        text.makeContiguousUTF8()
        let offsets: [Range<Int>] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == separator {
                if keepingEmpty || offset > start { ranges.append(start..<offset) }
                start = offset + 1
            }
            if keepingEmpty || bytes.count > start { ranges.append(start..<bytes.count) }
            return ranges
        } ?? []
        let utf8 = text.utf8
        return offsets.map { range in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
    }

    /// Whether the text contains the ASCII character `byte`; the generic
    /// `contains` over a UTF-8 view costs tens of instructions a byte.
    func contains(byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
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
