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
            if dropped.contains(scalar) { continue }
            if spaces.contains(scalar) {
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

    private static let dropped = CharacterSet.punctuationCharacters.union(.symbols)
    private static let spaces = CharacterSet.whitespacesAndNewlines

    /// The same for plain ASCII names, without Foundation's folding: most
    /// names in English news are ASCII and this runs for every mention.
    private static func normalizeASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return normalize(ascii: bytes)
        }
    }

    private static func normalize(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { key in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace, count > 0 {
                        key[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    key[count] = byte &- 65 < 26 ? byte + 32 : byte
                    count += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                    pendingSpace = true
                default:
                    continue  // punctuation and symbols vanish
                }
            }
            // A leading "the " goes, unless it is the whole name.
            if count > 4, key[0] == UInt8(ascii: "t"), key[1] == UInt8(ascii: "h"), key[2] == UInt8(ascii: "e"),
               key[3] == UInt8(ascii: " ") {
                for index in 4..<count { key[index - 4] = key[index] }
                count -= 4
            }
            return count
        }
    }

    private static func flush(_ word: inout String, into words: inout [Substring]) {
        if !word.isEmpty {
            words.append(Substring(word))
            word = ""
        }
    }
}
