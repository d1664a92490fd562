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
    /// Each word is its own string: most are short enough to be stored inline.
    var words: [String] {
        var text = self
        return text.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") {
                if offset > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) }
                start = offset + 1
            }
            if bytes.count > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// How many ``words`` there are, counted without making them.
    var wordCount: Int {
        var text = self
        return text.withUTF8 { bytes in
            var count = 0
            var previous = UInt8(ascii: " ")
            for byte in bytes {
                if previous == UInt8(ascii: " "), byte != UInt8(ascii: " ") { count += 1 }
                previous = byte
            }
            return count
        }
    }

    /// The first of ``words``, found without splitting the rest.
    var firstWord: String? {
        var text = self
        return text.withUTF8 { bytes in
            guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The last of ``words``, found without splitting the rest.
    var lastWord: String? {
        var text = self
        return text.withUTF8 { bytes in
            guard let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            let start = bytes[..<last].lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? 0
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...last]), as: UTF8.self)
        }
    }

    /// The lines between line feeds, empty ones included, found in the
    /// contiguous UTF-8 bytes (the generic `split` over a UTF-8 view steps
    /// through string indices one byte at a time).
    var lines: [Substring] {
        var text = self
        let offsets: [Range<Int>] = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return [0..<0] }
            var ranges: [Range<Int>] = []
            var start = 0
            while let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                let offset = base.distance(to: end.assumingMemoryBound(to: UInt8.self))
                ranges.append(start..<offset)
                start = offset + 1
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
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

    /// Whether the text contains `word`'s bytes, case-sensitively: Foundation's
    /// `contains` goes through NSString, a hundred times slower on Linux.
    func contains(bytesOf word: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            let length = word.utf8CodeUnitCount
            guard let base = bytes.baseAddress, length > 0 else { return length == 0 }
            var start = 0
            // memchr finds each candidate first byte; memcmp checks the rest.
            while bytes.count - start >= length,
                  let found = memchr(base + start, Int32(word.utf8Start.pointee), bytes.count - start - length + 1) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(found, word.utf8Start, length) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    /// Lower case without Unicode case tables when the text is ASCII, as most is.
    func asciiLowercased() -> String {
        var text = self
        return text.withUTF8 { bytes in
            bytes.allSatisfy({ $0 < 0x80 }) ? String(asciiLowercasing: bytes) : nil
        } ?? lowercased()
    }

    /// ASCII `bytes` with their capitals made small, byte by byte.
    init(asciiLowercasing bytes: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: bytes.count) { lower in
            for (index, byte) in bytes.enumerated() { lower[index] = byte &- 65 < 26 ? byte + 32 : byte }
            return bytes.count
        }
    }
}

private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
}
