/// Literal text in Graphviz label-like attributes (`label`, `tooltip`, `xlabel`).
///
/// Graphviz reads `\N`, `\n`, `\l` and friends as escapes and `&amp;`-style
/// entities as characters, so article text must be escaped to show as written.
public enum LabelText {
    /// Text shown literally: backslashes doubled, `&` as `&amp;`, line breaks
    /// (`\n`, `\r\n`, `\r`) as Graphviz's centred line break `\n`, so
    /// ``unescaped(_:)`` gives the text back with `\n` line endings.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// The literal text that ``escaped(_:)`` encoded.
    public static func unescaped(_ label: String) -> String {
        let characters = Array(label)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "\\" || characters[index + 1] == "n" {
                result += characters[index + 1] == "n" ? "\n" : "\\"
                index += 2
            } else if character == "&", characters[index...].starts(with: "&amp;") {
                result += "&"
                index += 5
            } else {
                result.append(character)
                index += 1
            }
        }
        return result
    }
}
