import Foundation

/// Turns file bytes into text, refusing what is not text.
enum TextDecoding {
    private static let binarySignatures: [(bytes: [UInt8], name: String)] = [
        ([0x25, 0x50, 0x44, 0x46], "a PDF file"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "an SQLite database"),
    ]

    /// The text of `data`, with Windows and old Mac line endings made "\n".
    static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), offset: 3, path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw ArticleError(path: path, reason: "not valid UTF-16 text")
            }
            return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let signature = binarySignatures.first(where: { bytes.starts(with: $0.bytes) }) {
            throw ArticleError(path: path, reason: "binary file (\(signature.name)), not an article")
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            throw ArticleError(path: path, reason: "binary file (NUL byte at offset \(nul)), not an article")
        }
        return try utf8(bytes[...], offset: 0, path: path)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, offset: Int, path: String) throws -> String {
        if let text = bytes.contains(0x0D) ? String(validating: withNewlines(bytes), as: UTF8.self)
            : String(validating: bytes, as: UTF8.self) {
            return text
        }
        throw ArticleError(path: path, reason: "not valid UTF-8 at byte \(firstInvalidUTF8(bytes) + offset)")
    }

    /// `bytes` with "\r\n" and a lone "\r" as "\n", in one pass over the bytes
    /// (a carriage return is never part of a longer UTF-8 sequence).
    private static func withNewlines(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The offset of the first byte that does not start or continue a valid
    /// UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
            case .emptyInput:
                return consumed
            case .error:
                return consumed
            }
        }
    }
}
