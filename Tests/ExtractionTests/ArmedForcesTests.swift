import Extraction
import NewsGraphCore
import Testing

/// Conflict copy: bodies and states named through their armed people
/// ("Islamic State militants", "the Iraqi army"), killings told in the passive.
/// Sentences written for the tests, in the shapes of wire reports.
@Suite struct ArmedForcesTests {
    private func relations(_ text: String) -> [String] {
        Extractor().extract(Article(path: "t.txt", text: "Wire Copy\n\n" + text), documentID: "t").relations
            .map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    @Test func fightersNamedByTheirBodyActForIt() {
        let found = relations("Hamas fighters clashed with Israeli troops near the border crossing.")
        #expect(found.contains("Hamas opposes Israel"))
    }

    @Test func aStatesAuthoritiesActForTheState() {
        let found = relations("Mexican authorities arrested Ovidio Guzmán in Culiacán on Thursday.")
        #expect(found.contains("Mexico targets Ovidio Guzmán"))
    }

    @Test func aParticipleWithItsAgentActsOnTheNounItDescribes() {
        let found = relations("The Syrian army, backed by Hezbollah, recaptured the town of Qusayr from rebels.")
        #expect(found.contains("Hezbollah supports Syria"))
    }

    @Test func whoKillsInAPassiveIsTheAgentOrTheAgentsBody() {
        let shot = relations("Yitzhak Rabin, Israel's prime minister, was shot dead by Yigal Amir in Tel Aviv.")
        #expect(shot.contains("Yigal Amir targets Yitzhak Rabin"))
        let bombed = relations("Prime Minister Rajiv Gandhi of India was assassinated by a suicide bomber of the Tamil Tigers.")
        #expect(bombed.contains("Tamil Tigers targets Rajiv Gandhi"))
        #expect(!bombed.contains("Rajiv Gandhi targets Tamil Tigers"))
    }

    @Test func theOneAccusedOfAnActDoesIt() {
        let found = relations("Sudan accused the United Arab Emirates of arming the RSF.")
        #expect(found.contains("Sudan opposes United Arab Emirates"))
        #expect(found.contains("United Arab Emirates supports Rapid Support Forces"))
    }

    @Test func aProductNamedByItsMakerIsNoActor() {
        let found = relations("The European Commission fined Orbital Software, the maker of the Nimbus phone, on Monday.")
        #expect(found.contains("European Commission targets Orbital Software"))
        #expect(!found.contains { $0.hasSuffix("targets Nimbus") })
    }
}
