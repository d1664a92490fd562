import Foundation

/// The form names are compared in, as the annotation guidelines score them:
/// case and accents folded, punctuation dropped, a leading "the" removed,
/// white space collapsed. "The U.S." and "us" share a key, as do "Castañeda"
/// and "castaneda".
public enum NameKey {
    public static func normalize(_ name: String) -> String {
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

    private static func flush(_ word: inout String, into words: inout [Substring]) {
        if !word.isEmpty {
            words.append(Substring(word))
            word = ""
        }
    }
}
