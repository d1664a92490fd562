import Foundation

/// Stable, readable identifiers that are also valid bare DOT ids.
public enum EntityID {
    /// "Claudia Sheinbaum" -> "claudia_sheinbaum"; "U.S. State Department" ->
    /// "us_state_department". Never empty, never starts with a digit.
    public static func slug(_ name: String) -> String {
        if let ascii = asciiSlug(name) { return ascii }
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

    /// The same slug for an ASCII name, made from its bytes: folding is
    /// lower-casing there, and Foundation's folding was most of a large
    /// merge's time.
    private static func asciiSlug(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 2)
            var pendingSeparator = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let lower = byte &- 65 < 26 ? byte + 32 : byte
                if lower &- 97 < 26 || lower &- 48 < 10 {
                    if pendingSeparator, !result.isEmpty { result.append(UInt8(ascii: "_")) }
                    pendingSeparator = false
                    result.append(lower)
                } else if lower != UInt8(ascii: ".") && lower != UInt8(ascii: "'") {
                    pendingSeparator = true
                }
            }
            if result.isEmpty || result[0] &- 48 < 10 {
                result.insert(contentsOf: Array("e_".utf8), at: 0)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
