import Foundation
import FoundationXML
import NewsGraphCore
import Testing

@Suite struct BadInputTests {
    @Test func aFolderOfMixedFilesReadsArticlesAndReportsTheRest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Mexican President Claudia Sheinbaum rejected the plan.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("<html><body><p>German Chancellor Olaf Scholz met French President Emmanuel Macron.</p><script>var Evil = 1;</script></body></html>".utf8)
            .write(to: folder.appendingPathComponent("b.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: folder.appendingPathComponent("c.png"))
        try Data([0x25, 0x50, 0x44, 0x46]).write(to: folder.appendingPathComponent("d.txt"))
        try Data().write(to: folder.appendingPathComponent("e.md"))
        let output = folder.appendingPathComponent("graph.json").path
        let result = try newsgraph(["build", folder.path, "--output", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("c.png: not an article file"))
        #expect(result.stderr.contains("d.txt: binary file (a PDF file), not an article"))
        #expect(result.stderr.contains("e.md: empty file"))
        #expect(result.stderr.contains("from 2 of 4 articles"))
        let graph = try KnowledgeGraph(contentsOf: URL(fileURLWithPath: output))
        #expect(graph.entities.contains { $0.name == "Claudia Sheinbaum" })
        #expect(graph.entities.contains { $0.name == "Olaf Scholz" })
        #expect(!graph.entities.contains { $0.name.contains("Evil") })
    }

    @Test func invalidUTF8NamesTheByteAndWindowsLineEndingsAreRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data(Array("Mexico rejected it.".utf8) + [0xFF, 0xFE, 0x41]).write(to: bad)
        let result = try newsgraph(["build", bad.path, "--output", folder.appendingPathComponent("g.json").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.txt: not valid UTF-8 at byte 19"))
        let crlf = folder.appendingPathComponent("crlf.txt")
        try Data("Headline Here\r\n\r\nMexican President Claudia Sheinbaum rejected the plan.\r\n".utf8).write(to: crlf)
        let ok = try newsgraph(["build", crlf.path, "--output", folder.appendingPathComponent("h.json").path])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func unknownLayoutsTypesAndKindsAreRefused() throws {
        for arguments in [
            ["render", "graphs/seeds.json", "--layout", "spring"],
            ["neighbors", "graphs/seeds.json", "Mexico", "--type", "loves"],
            ["render", "graphs/seeds.json", "--kinds", "planet"],
            ["render", "graphs/seeds.json", "--top", "0"],
            ["neighbors", "graphs/seeds.json", "Mexico", "--depth", "0"],
        ] {
            let result = try newsgraph(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(!result.stderr.isEmpty)
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    @Test func truncatedGraphFilesAreNamedAndNothingIsOverwritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try Data(contentsOf: packageRoot.appendingPathComponent("graphs/seeds.json"))
        let truncated = folder.appendingPathComponent("cut.json")
        try full.prefix(full.count / 2).write(to: truncated)
        let output = folder.appendingPathComponent("map.svg")
        try Data("old map".utf8).write(to: output)
        let result = try newsgraph(["render", truncated.path, "--output", output.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cut.json: not valid JSON"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "old map")
    }

    @Test func killingABuildLeavesTheOldFileOrTheNewOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let seed = try String(contentsOf: packageRoot.appendingPathComponent("seeds/003_880a9678124d142b.txt"), encoding: .utf8)
        for index in 0..<400 {
            try Data(seed.utf8).write(to: articles.appendingPathComponent("a\(index).txt"))
        }
        let output = folder.appendingPathComponent("graph.json")
        for delay in [0.05, 0.2, 0.5] {
            try Data("previous".utf8).write(to: output)
            let process = Process()
            process.executableURL = packageRoot.appendingPathComponent(".build/debug/newsgraph")
            process.arguments = ["build", articles.path, "--quiet", "--output", output.path]
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let written = try Data(contentsOf: output)
            let isOld = written == Data("previous".utf8)
            let isNew = (try? KnowledgeGraph(jsonData: written, path: "graph.json")) != nil
            #expect(isOld || isNew, "killed after \(delay) s: half a file")
        }
    }
}
