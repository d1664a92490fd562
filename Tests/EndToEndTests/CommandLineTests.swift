import Foundation
import FoundationXML
import NewsGraphCore
import Testing

/// Runs the built `newsgraph` binary as a user would.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func newsgraph(_ arguments: [String]) throws -> Run {
    try run(packageRoot.appendingPathComponent(".build/debug/newsgraph").path, arguments)
}

func run(_ executable: String, _ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite(.serialized) struct CommandLineTests {
    @Test func buildIsDeterministicAndGraphvizAcceptsOurDOT() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [(json: Data, dot: Data)] = []
        for round in 0..<2 {
            let json = folder.appendingPathComponent("g\(round).json").path
            let dot = folder.appendingPathComponent("g\(round).dot").path
            let svg = folder.appendingPathComponent("g\(round).svg").path
            let result = try newsgraph(["build", "seeds", "--output", json, "--dot", dot, "--svg", svg])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append((try Data(contentsOf: URL(fileURLWithPath: json)), try Data(contentsOf: URL(fileURLWithPath: dot))))
            let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: svg)))
            #expect(parser.parse() && parser.parserError == nil)
        }
        #expect(outputs[0].json == outputs[1].json)
        #expect(outputs[0].dot == outputs[1].dot)

        let graph = try KnowledgeGraph(jsonData: outputs[0].json, path: "g0.json")
        #expect(graph.documents.map(\.path).allSatisfy { $0.hasPrefix("seeds/") })
        #expect(graph.entities.contains { $0.name == "Claudia Sheinbaum" && $0.kind == .person })

        let dotCheck = try run("/usr/bin/dot", ["-Tsvg", folder.appendingPathComponent("g0.dot").path])
        #expect(dotCheck.status == 0, "dot rejected our DOT: \(dotCheck.stderr)")
        #expect(dotCheck.stdout.contains("<svg"))
    }

    @Test func neighborsListsMexicoAndTheUnitedStatesWithEvidence() throws {
        let result = try newsgraph(["neighbors", "graphs/seeds.json", "Sheinbaum"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("--leads--> Mexico"))
        #expect(result.stdout.contains("United States"))
        #expect(result.stdout.contains("“"))

        let json = try newsgraph(["neighbors", "graphs/seeds.json", "claudia SHEINBAUM", "--type", "leads", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = decoded?["neighbors"] as? [[String: Any]]
        #expect(rows?.map { $0["relation"] as? String } == ["leads"])
    }

    @Test func unknownNameGetsClosestMatches() throws {
        let result = try newsgraph(["neighbors", "graphs/seeds.json", "Sheinbam"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no entity named \"Sheinbam\""))
        #expect(result.stderr.contains("Claudia Sheinbaum"))
    }

    @Test func badInputsNameTheFileAndTheReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try newsgraph(["build", "no/such/dir"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no/such/dir: no such file or folder"))

        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"entities\": [".utf8).write(to: broken)
        let render = try newsgraph(["render", broken.path, "--format", "svg"])
        #expect(render.status != 0)
        #expect(render.stderr.contains("\(broken.path): not valid JSON"))

        let binary = folder.appendingPathComponent("scan.txt")
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D]).write(to: binary)
        let out = folder.appendingPathComponent("out.json").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: out))
        let build = try newsgraph(["build", binary.path, "--output", out])
        #expect(build.status != 0)
        #expect(build.stderr.contains("scan.txt: binary file (a PDF file)"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous")

        let badFormat = try newsgraph(["render", "graphs/seeds.json", "--format", "gif"])
        #expect(badFormat.status != 0)
    }

    @Test func renderProducesEveryFormat() throws {
        for (format, magic) in [("svg", "<?xml"), ("dot", "digraph"), ("png", "\u{89}PNG"), ("pdf", "%PDF")] {
            let result = try newsgraph(["render", "graphs/seeds.json", "--format", format, "--layout", "neato"])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.unicodeScalars.starts(with: magic.unicodeScalars) || format == "png" && !result.stdout.isEmpty)
        }
    }

    @Test func buildSaysWhereNamesCameFromOnlyWhenAsked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("g.json").path
        let asked = try newsgraph(["build", "seeds", "--output", output, "--diagnostics", "--quiet"])
        #expect(asked.status == 0)
        #expect(asked.stderr.contains("[names] \"Claudia Sheinbaum\" (person): "))
        #expect(asked.stderr.contains("[furniture] dropped line: "))
        let quiet = try newsgraph(["build", "seeds", "--output", output, "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test func evalScoresTheNameTaggerOnACorpusFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("small.conll")
        try "Angela B-PER\nMerkel I-PER\nvisited O\nParis B-LOC\n. O\n\nReuters B-ORG\nreported O\nit O\n. O\n"
            .write(to: corpus, atomically: true, encoding: .utf8)
        let result = try newsgraph(["eval", "--format", "conll", corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("small.conll"))
        let all = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("all") })
        #expect(all.contains("gold      3"))

        let missing = try newsgraph(["eval", "--format", "conll", folder.appendingPathComponent("none.conll").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("none.conll: cannot be read"))
        let both = try newsgraph(["eval", "--format", "conll", "--gold", "seeds", corpus.path])
        #expect(both.status != 0)
    }

    /// networkx reads the GraphML and GEXF back with the JSON's nodes and
    /// edges (Scripts/test.sh installs networkx when it is missing).
    @Test func exportsReadBackInNetworkx() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["graphml", "gexf", "cypher"] {
            let result = try newsgraph(["export", "graphs/seeds.json", "--format", format, "-o", folder.appendingPathComponent("g.\(format)").path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let csv = try newsgraph(["export", "graphs/seeds.json", "--format", "csv", "-o", folder.appendingPathComponent("neo4j").path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let graph = try KnowledgeGraph(contentsOf: packageRoot.appendingPathComponent("graphs/seeds.json"))
        let nodes = try String(contentsOf: folder.appendingPathComponent("neo4j/nodes.csv"), encoding: .utf8)
        #expect(nodes.split(separator: "\n").count == graph.entities.count + 1)
        let check = """
            import json, sys, networkx as nx
            g = json.load(open(sys.argv[1]))
            for reader, path in ((nx.read_graphml, sys.argv[2]), (nx.read_gexf, sys.argv[3])):
                G = reader(path)
                assert G.number_of_nodes() == len(g["entities"]) and G.number_of_edges() == len(g["relations"]), path
                names = {data.get("name", data.get("label")) for _, data in G.nodes(data=True)}
                assert names == {e["name"] for e in g["entities"]}, path
                types = sorted(data.get("type") for _, _, data in G.edges(data=True))
                assert types == sorted(r["type"] for r in g["relations"]), path
            print("ok")
            """
        let python = try run("/usr/bin/env", [
            "python3", "-c", check, "graphs/seeds.json", folder.appendingPathComponent("g.graphml").path,
            folder.appendingPathComponent("g.gexf").path,
        ])
        #expect(python.stdout == "ok\n", "\(python.stderr)")
        #expect(try newsgraph(["--version"]).stdout.hasPrefix("newsgraph "))
        let completion = try newsgraph(["--generate-completion-script", "bash"]).stdout
        #expect(["build", "export", "eval", "add"].allSatisfy { completion.contains($0) })
    }

    @Test func parsePrintsEachWordsHeadAndRelationAndRefusesAnEmptySentence() throws {
        let parsed = try newsgraph(["parse", "Turkey was condemned by Greece."])
        #expect(parsed.status == 0)
        let rows = parsed.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[1] } == ["Turkey", "was", "condemned", "by", "Greece"])
        #expect(rows[0][3] == "3" && rows[0][4] == "passiveSubject")
        #expect(rows[2][4] == "root")
        let empty = try newsgraph(["parse", "  ...  "])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("no words"))

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sentences.txt")
        try Data("Turkey was condemned by Greece.\n\nPeru left.\n".utf8).write(to: file)
        let parses = try newsgraph(["parse", "--file", file.path])
        #expect(parses.status == 0)
        #expect(parses.stdout.components(separatedBy: "\n\n").map { $0.split(separator: "\n").count } == [5, 2, 0])
        let missing = try newsgraph(["parse", "--file", folder.appendingPathComponent("none.txt").path])
        #expect(missing.status != 0 && missing.stderr.contains("none.txt"))
        #expect(try newsgraph(["parse"]).status != 0)
    }

    @Test func everyCommandExplainsItself() throws {
        for command in ["build", "render", "neighbors"] {
            let help = try newsgraph([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("newsgraph \(command)"))
        }
    }
}
