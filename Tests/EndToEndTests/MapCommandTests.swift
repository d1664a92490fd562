import Foundation
import FoundationXML
import NewsGraphCore
import Testing

@Suite struct MapCommandTests {
    @Test func focusShowsTheNeighbourhoodOnly() throws {
        let result = try newsgraph(["render", "graphs/seeds.json", "--focus", "claudia sheinbaum", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let view = try KnowledgeGraph(jsonData: Data(result.stdout.utf8), path: "view")
        let names = Set(view.entities.map(\.name))
        #expect(names.contains("Claudia Sheinbaum") && names.contains("Mexico"))
        #expect(!names.contains("Nicolás Maduro"))
    }

    @Test func topAndFiltersShrinkTheMap() throws {
        let top = try newsgraph(["render", "graphs/seeds.json", "--top", "3", "--format", "json"])
        #expect(try KnowledgeGraph(jsonData: Data(top.stdout.utf8), path: "top").entities.count == 3)
        let leads = try newsgraph(["render", "graphs/seeds.json", "--types", "leads", "--min-weight", "2", "--format", "json"])
        let graph = try KnowledgeGraph(jsonData: Data(leads.stdout.utf8), path: "leads")
        #expect(!graph.relations.isEmpty)
        #expect(graph.relations.allSatisfy { $0.type == .leads && $0.weight >= 2 })
    }

    @Test func svgMapsAreWellFormedWithClustersAndTooltips() throws {
        let result = try newsgraph(["render", "graphs/seeds.json", "--top", "15", "--cluster-by", "country"])
        #expect(result.status == 0, "\(result.stderr)")
        let parser = XMLParser(data: Data(result.stdout.utf8))
        #expect(parser.parse() && parser.parserError == nil)
        #expect(result.stdout.contains("class=\"cluster\""))
        #expect(result.stdout.contains("<title>United States</title>") || result.stdout.contains(">United States<"))
        #expect(result.stdout.contains("xlink:title="))
    }

    @Test func aRenderThatOutrunsItsBudgetIsStoppedWithAdvice() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("map.svg").path
        let result = try newsgraph(["render", "graphs/seeds.json", "--timeout", "0.001", "--output", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did not finish within"))
        #expect(result.stderr.contains("--layout sfdp"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func dotIsStableAndHasNoCoordinates() throws {
        let first = try newsgraph(["dot", "graphs/seeds.json", "--focus", "Mexico"])
        let second = try newsgraph(["dot", "graphs/seeds.json", "--focus", "Mexico"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("digraph newsgraph {"))
        #expect(!first.stdout.contains("pos="))
        #expect(first.stdout.contains("claudia_sheinbaum"))
        #expect(!first.stdout.contains("tooltip"))
        let withTooltips = try newsgraph(["dot", "graphs/seeds.json", "--focus", "Mexico", "--tooltips"])
        #expect(withTooltips.stdout.contains("tooltip="))
    }

    @Test func reportHasMapDotTableAndEvidence() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.md").path
        let result = try newsgraph(["report", "graphs/seeds.json", "--focus", "Sheinbaum", "-o", report])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.contains("![Map of NewsGraph report: Claudia Sheinbaum](report.svg)"))
        #expect(markdown.contains("```dot\ndigraph newsgraph {"))
        #expect(markdown.contains("| Entity | Kind | Mentions | Documents | Also called |"))
        #expect(markdown.contains("> “"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.svg").path))
    }

    @Test func reportsEscapeArticleText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = KnowledgeGraph(
            documents: [Document(id: "d", path: "d.txt", title: "[click](javascript:alert(1))")],
            entities: [
                Entity(id: "a", name: "<script>alert(1)</script>", kind: .person, documents: ["d"], mentions: 1),
                Entity(id: "b", name: "**Bold** | pipe", kind: .organization, documents: ["d"], mentions: 1),
            ],
            relations: [Relation(source: "a", target: "b", type: .leads,
                                 evidence: [Evidence(document: "d", sentence: "See <img src=x onerror=alert(1)> & [x](http://evil)")])])
        let graphPath = folder.appendingPathComponent("g.json").path
        try hostile.jsonData().write(to: URL(fileURLWithPath: graphPath))
        let report = folder.appendingPathComponent("r.md").path
        let result = try newsgraph(["report", graphPath, "-o", report])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        let prose = markdown.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        // Every "<", "[" and "]" from the article is escaped, so none opens a tag or a link.
        let characters = Array(prose.split(separator: "\n").filter { !$0.hasPrefix("![") }.joined(separator: "\n"))
        for (index, character) in characters.enumerated() where "<[]".contains(character) {
            #expect(index > 0 && characters[index - 1] == "\\", "unescaped \(character) at \(index)")
        }
        #expect(prose.contains("\\<script\\>"))
    }
}
