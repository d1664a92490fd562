import Foundation

import NewsGraphCore

/// A Markdown report of a graph: the map (as an SVG file beside it and as a
/// DOT block), the main entities, the key relations with their evidence and
/// sources. Article text is escaped so it never becomes a link or HTML.
public struct MarkdownReport: Sendable {
    public var title: String
    /// How many relations to list, strongest first.
    public var relationLimit: Int

    public init(title: String, relationLimit: Int = 30) {
        self.title = title
        self.relationLimit = relationLimit
    }

    public func markdown(for graph: KnowledgeGraph, dot: String, svgFileName: String?) -> String {
        let names = Dictionary(graph.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let documents = Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rank = Centrality.pageRank(graph)
        var lines = [
            "# \(Self.escaped(title))", "",
            "\(graph.documents.count) documents, \(graph.entities.count) entities, \(graph.relations.count) relations.", "",
        ]
        if let svgFileName {
            lines += ["![Map of \(Self.escaped(title))](\(Self.escapedDestination(svgFileName)))", ""]
        }
        lines += ["## Map as DOT", "", "```dot", dot.trimmingCharacters(in: .newlines).replacingOccurrences(of: "```", with: "` ` `"), "```", ""]

        lines += ["## Main entities", "", "| Entity | Kind | Mentions | Documents | Also called |", "|---|---|---:|---:|---|"]
        for entity in graph.entities.sorted(by: { (rank[$1.id] ?? 0, $0.id) < (rank[$0.id] ?? 0, $1.id) }).prefix(20) {
            lines.append("| \(Self.escaped(entity.name)) | \(entity.kind.rawValue) | \(entity.mentions) | \(entity.documents.count) | "
                + Self.escaped(entity.aliases.joined(separator: ", ")) + " |")
        }

        lines += ["", "## Key relations", ""]
        let strongest = graph.relations.sorted { ($1.weight, $1.confidence, $0.source) < ($0.weight, $0.confidence, $1.source) }
        for relation in strongest.prefix(relationLimit) {
            let source = Self.escaped(names[relation.source] ?? relation.source)
            let target = Self.escaped(names[relation.target] ?? relation.target)
            lines.append("- **\(source)** \(relation.type.rawValue) **\(target)** (\(relation.weight) sentence\(relation.weight == 1 ? "" : "s"))")
            for evidence in relation.evidence.prefix(2) {
                let source = documents[evidence.document].map { "\(Self.escaped($0.title)) (`\(Self.code($0.path))`)" } ?? evidence.document
                lines.append("  > “\(Self.escaped(evidence.sentence))” — \(source)")
            }
        }

        lines += ["", "## Sources", ""]
        for document in graph.documents {
            lines.append("- `\(Self.code(document.path))`: \(Self.escaped(document.title))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with every character Markdown or HTML would act on escaped.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]()<>#|~&".contains(character) {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }

    /// Inside backticks nothing is interpreted, but a backtick would end the span.
    private static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }

    private static func escapedDestination(_ path: String) -> String {
        path.addingPercentEncodingForMarkdown()
    }
}

extension String {
    /// Percent-encodes everything but unreserved URL characters and "/".
    func addingPercentEncodingForMarkdown() -> String {
        var result = ""
        for byte in utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
                result.append(character)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
