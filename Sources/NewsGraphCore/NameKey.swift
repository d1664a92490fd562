import Foundation

/// The form names are compared in, as the annotation guidelines score them:
/// case and accents folded, punctuation dropped, a leading "the" removed,
/// white space collapsed. "The U.S." and "us" share a key, as do "Castañeda"
/// and "castaneda".
public enum NameKey {
    public static func normalize(_ name: String) -> String {
        if let ascii = normalizeASCII(name) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [Substring] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.punctuationCharacters.contains(scalar) || CharacterSet.symbols.contains(scalar) {
                continue
            }
            if CharacterSet.whitespacesAndNewlines.contains(scalar) {
                flush(&word, into: &words)
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        flush(&word, into: &words)
        if words.count > 1, words.first == "the" {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The same for plain ASCII names, without Foundation's folding: most
    /// names in English news are ASCII and this runs for every mention.
    private static func normalizeASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte + 32)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                pendingSpace = true
            default:
                continue  // punctuation and symbols vanish
            }
        }
        if bytes.count > 4, bytes.starts(with: Array("the ".utf8)) {
            bytes.removeFirst(4)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func flush(_ word: inout String, into words: inout [Substring]) {
        if !word.isEmpty {
            words.append(Substring(word))
            word = ""
        }
    }
}
