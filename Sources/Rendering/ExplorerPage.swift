import Foundation

/// One self-contained HTML page to explore a map in a browser: the SVG that
/// libgvc laid out, the graph's JSON as inert data, and the hand-written
/// explorer script and styles (`Resources/explorer.js`, `explorer.css`).
/// Its Content-Security-Policy allows that one script and those styles by
/// their hashes and nothing else — no network, no script a name smuggles in.
public enum ExplorerPage {
    /// The page for `svg` (Graphviz's output) and `graphJSON` (the graph file
    /// of exactly what the map draws).
    public static func html(svg: String, graphJSON: Data, title: String) throws -> String {
        let script = try resource("explorer", "js")
        let style = try resource("explorer", "css")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; \
            style-src 'sha256-\(hash(style))'; script-src 'sha256-\(hash(script))'">
            <title>\(escapedText(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <div id="map">\(svgElement(svg))</div>
            <script type="application/json" id="graph-data">\(inertJSON(graphJSON))</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    /// The `<svg>` element alone: the XML declaration, doctype and comments
    /// before it mean nothing inside HTML.
    static func svgElement(_ svg: String) -> Substring {
        var element = svg.range(of: "<svg").map { svg[$0.lowerBound...] } ?? svg[...]
        while let last = element.last, last.isWhitespace { element = element.dropLast() }
        return element
    }

    /// JSON that cannot end its script element or open a comment there: `<`,
    /// `>` and `&` as `\u` escapes, and the two line separators JavaScript
    /// once refused in strings.
    static func inertJSON(_ data: Data) -> String {
        var result = ""
        result.reserveCapacity(data.count + data.count / 16)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func escapedText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The base64 SHA-256 a policy names inline code by.
    static func hash(_ text: String) -> String {
        Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    private static func resource(_ name: String, _ type: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: type),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw ExplorerPageError(resource: "\(name).\(type)") }
        return text
    }
}

/// The build lacks the explorer's script or styles.
public struct ExplorerPageError: Error, CustomStringConvertible {
    public var resource: String
    public var description: String { "NewsGraph's explorer resource \(resource) is missing from this build" }
}
