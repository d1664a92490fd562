import Foundation
import Testing

@Suite struct QueryCommandTests {
    @Test func pathExplainsHowTrumpIsConnectedToJSOC() throws {
        let result = try newsgraph(["path", "graphs/seeds.json", "Donald Trump", "JSOC"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Donald Trump → Joint Special Operations Command:"))
        #expect(result.stdout.contains("“"))
        let json = try newsgraph(["path", "graphs/seeds.json", "trump", "the cia", "--json"])
        let hops = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["hops"] as? [[String: Any]]
        #expect(hops?.first?["from"] as? String == "Donald Trump")
        #expect(hops?.last?["to"] as? String == "Central Intelligence Agency")
    }

    @Test func pathReportsUnknownAndUnconnectedNames() throws {
        let unknown = try newsgraph(["path", "graphs/seeds.json", "Trum", "JSOC"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no entity named \"Trum\""))
        #expect(unknown.stderr.contains("Donald Trump"))
        let apart = try newsgraph(["path", "graphs/seeds.json", "Robert Chesney", "JSOC"])
        #expect(apart.status != 0)
        #expect(apart.stderr.contains("are not connected"))
    }

    @Test func entitiesListsAndSearches() throws {
        let people = try newsgraph(["entities", "graphs/seeds.json", "--kind", "person"])
        #expect(people.status == 0)
        #expect(people.stdout.contains("Claudia Sheinbaum"))
        #expect(!people.stdout.contains("Mexico "))
        let search = try newsgraph(["entities", "graphs/seeds.json", "cartel"])
        #expect(search.stdout.contains("Mexican cartels"))
        let none = try newsgraph(["entities", "graphs/seeds.json", "zzzz"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("no entity matches"))
        let badKind = try newsgraph(["entities", "graphs/seeds.json", "--kind", "planet"])
        #expect(badKind.status != 0)
    }

    @Test func statsSummarizesTheGraph() throws {
        let result = try newsgraph(["stats", "graphs/seeds.json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("5 documents"))
        #expect(result.stdout.contains("most central (PageRank):"))
        #expect(result.stdout.contains("connected components:"))
        let json = try newsgraph(["stats", "graphs/seeds.json", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(decoded?["documents"] as? Int == 5)
    }

    @Test func neighborsGroupsByRelationAndShowsAllEvidenceOnRequest() throws {
        let result = try newsgraph(["neighbors", "graphs/seeds.json", "Mexico", "--evidence", "--direction", "incoming"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("← leads"))
        #expect(!result.stdout.contains("-->"))
        #expect(result.stdout.components(separatedBy: "“").count > 5)
    }

    @Test func buildIsQuietWhenAsked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiet = try newsgraph(["build", "seeds", "--quiet", "--output", folder.appendingPathComponent("g.json").path])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        let piped = try newsgraph(["build", "seeds", "--output", folder.appendingPathComponent("h.json").path])
        #expect(!piped.stderr.contains("\r"))
        #expect(piped.stderr.contains("built "))
    }
}
