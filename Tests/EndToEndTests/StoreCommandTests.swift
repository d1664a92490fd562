import Foundation
import NewsGraphCore
import Testing

@Suite struct StoreCommandTests {
    @Test func twoAddProcessesOnOneStoreBothLand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("corpus.sqlite").path
        // Many small batches from each, so that their transactions interleave.
        let processes = ["seeds", "Tests/Fixtures"].map { source -> Process in
            let process = Process()
            process.executableURL = packageRoot.appendingPathComponent(".build/debug/newsgraph")
            process.arguments = ["add", source, "--store", store, "--batch", "1", "--quiet"]
            process.currentDirectoryURL = packageRoot
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let stats = try newsgraph(["stats", store])
        let articles = ["seeds", "Tests/Fixtures"].reduce(0) { count, folder in
            let files = FileManager.default.enumerator(atPath: packageRoot.appendingPathComponent(folder).path)?
                .compactMap { $0 as? String } ?? []
            return count + files.filter { $0.hasSuffix(".txt") }.count
        }
        #expect(stats.stdout.hasPrefix("\(articles) documents"), "\(stats.stdout)")
    }

    /// Batches are extracted ahead of the one being written: a file that
    /// cannot be read is named, and every batch before and after it lands.
    @Test func aBadFileAmongBatchesIsNamedAndTheOthersLand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let seeds = packageRoot.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: seeds.appendingPathComponent("000_f5c24c7cc5e3fd05.txt"), to: articles.appendingPathComponent("a.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: articles.appendingPathComponent("b.txt"))
        try FileManager.default.copyItem(at: seeds.appendingPathComponent("001_c2d647cbcb882c61.txt"), to: articles.appendingPathComponent("c.txt"))
        let store = folder.appendingPathComponent("corpus.sqlite").path
        let added = try newsgraph(["add", articles.path, "--store", store, "--batch", "1"])
        #expect(added.status != 0)
        #expect(added.stderr.contains("b.txt"))
        #expect(added.stderr.contains("added 2, unchanged 0, failed 1 of 3"), "\(added.stderr)")
        #expect(try newsgraph(["stats", store]).stdout.hasPrefix("2 documents"))
    }

    @Test func addSkipsWhatItHasAndEveryReaderTakesAStore() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("corpus.sqlite").path
        let first = try newsgraph(["add", "seeds", "--store", store])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("added 5, unchanged 0"))
        let again = try newsgraph(["add", "seeds", "--store", store])
        #expect(again.stderr.contains("added 0, unchanged 5"))

        let exported = try newsgraph(["export", "--store", store, "--json"])
        #expect(exported.stdout == (try String(contentsOf: packageRoot.appendingPathComponent("graphs/seeds.json"), encoding: .utf8)))
        let neighbors = try newsgraph(["neighbors", store, "Sheinbaum"])
        #expect(neighbors.stdout.contains("--leads--> Mexico"))
        // A store's view is read from an outline and completed; it must be the
        // view the exported graph gives.
        let views: [[String]] = [["--top", "5"], ["--focus", "Sheinbaum", "--depth", "2"], ["--kinds", "person", "country"], []]
        for view in views {
            let fromStore = try newsgraph(["render", store, "--format", "json"] + view)
            let fromFile = try newsgraph(["render", "graphs/seeds.json", "--format", "json"] + view)
            #expect(fromStore.status == 0 && !fromStore.stdout.isEmpty, "\(view): \(fromStore.stderr)")
            #expect(fromStore.stdout == fromFile.stdout, "\(view)")
        }
        let render = try newsgraph(["render", store, "--top", "5", "--format", "json"])
        #expect(try KnowledgeGraph(jsonData: Data(render.stdout.utf8), path: "view").entities.count == 5)
        #expect(try newsgraph(["dot", store, "--top", "8"]).stdout == newsgraph(["dot", "graphs/seeds.json", "--top", "8"]).stdout)
        let unknown = try newsgraph(["path", store, "Sheinbam", "Mexico"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no entity named \"Sheinbam\""))

        let removed = try newsgraph(["remove", "seeds/004_005764bd61a457e3.txt", "--store", store])
        #expect(removed.status == 0, "\(removed.stderr)")
        let stats = try newsgraph(["stats", store])
        #expect(stats.stdout.hasPrefix("4 documents"))
        let missing = try newsgraph(["remove", "nothing", "--store", store])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no document \"nothing\""))
    }

    @Test func aKilledBatchLeavesTheStoreAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try newsgraph(["add", "seeds", "--store", store]).status == 0)
        let before = try newsgraph(["export", "--store", store, "--json"]).stdout

        let articles = folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/articles/energy_pipeline.txt"), encoding: .utf8)
        for index in 0..<600 {
            try Data((text + "\nArticle \(index).").utf8).write(to: articles.appendingPathComponent("a\(index).txt"))
        }
        for delay in [0.1, 0.4] {
            let process = Process()
            process.executableURL = packageRoot.appendingPathComponent(".build/debug/newsgraph")
            process.arguments = ["add", articles.path, "--store", store, "--batch", "600", "--quiet"]
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try newsgraph(["export", "--store", store, "--json"])
            #expect(after.status == 0, "\(after.stderr)")
            let documents = try KnowledgeGraph(jsonData: Data(after.stdout.utf8), path: "store").documents.count
            #expect(after.stdout == before || documents == 605, "killed after \(delay) s: \(documents) documents")
        }
    }

    @Test func aGraphFileIsNotAStore() throws {
        let result = try newsgraph(["add", "seeds", "--store", "graphs/seeds.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("graphs/seeds.json: not a NewsGraph store"))
        let export = try newsgraph(["export", "--store", "/no/such.sqlite", "--json"])
        #expect(export.stderr.contains("/no/such.sqlite: no such store"))
    }
}
