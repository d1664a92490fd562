import Foundation

/// Stable, readable identifiers that are also valid bare DOT ids.
public enum EntityID {
    /// "Claudia Sheinbaum" -> "claudia_sheinbaum"; "U.S. State Department" ->
    /// "us_state_department". Never empty, never starts with a digit.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var result = ""
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingSeparator, !result.isEmpty { result += "_" }
                pendingSeparator = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingSeparator = true
            }
        }
        if result.isEmpty || result.first!.isNumber {
            result = "e_" + result
        }
        return result
    }
}
