import Extraction
import NewsGraphCore
import Testing

/// Conflict copy: bodies and states named through their armed people
/// ("Islamic State militants", "the Iraqi army"), killings told in the passive.
/// Sentences written for the tests, in the shapes of wire reports.
@Suite struct ArmedForcesTests {
    @Test func fightersNamedByTheirBodyActForIt() {
        let found = wireRelations("Hamas fighters clashed with Israeli troops near the border crossing.")
        #expect(found.contains("Hamas opposes Israel"))
    }

    @Test func aStatesGovernmentDescribedByAHyphenedParticipleIsTheState() {
        // The tagger took "army-led" for the sentence's verb; before a noun it describes it.
        let found = wireRelations("Niger's army-led government has accused Benin of harbouring the rebels.")
        #expect(found.contains("Niger opposes Benin"))
    }

    @Test func aStatesAuthoritiesActForTheState() {
        let found = wireRelations("Mexican authorities arrested Ovidio Guzmán in Culiacán on Thursday.")
        #expect(found.contains("Mexico targets Ovidio Guzmán"))
    }

    @Test func aParticipleWithItsAgentActsOnTheNounItDescribes() {
        let found = wireRelations("The Syrian army, backed by Hezbollah, recaptured the town of Qusayr from rebels.")
        #expect(found.contains("Hezbollah supports Syria"))
    }

    @Test func whoKillsInAPassiveIsTheAgentOrTheAgentsBody() {
        let shot = wireRelations("Yitzhak Rabin, Israel's prime minister, was shot dead by Yigal Amir in Tel Aviv.")
        #expect(shot.contains("Yigal Amir targets Yitzhak Rabin"))
        let bombed = wireRelations("Prime Minister Rajiv Gandhi of India was assassinated by a suicide bomber of the Tamil Tigers.")
        #expect(bombed.contains("Tamil Tigers targets Rajiv Gandhi"))
        #expect(!bombed.contains("Rajiv Gandhi targets Tamil Tigers"))
    }

    @Test func theOneAccusedOfAnActDoesIt() {
        let found = wireRelations("Sudan accused the United Arab Emirates of arming the RSF.")
        #expect(found.contains("Sudan opposes United Arab Emirates"))
        #expect(found.contains("United Arab Emirates supports Rapid Support Forces"))
    }

    @Test func aProductNamedByItsMakerIsNoActor() {
        let found = wireRelations("The European Commission fined Orbital Software, the maker of the Nimbus phone, on Monday.")
        #expect(found.contains("European Commission targets Orbital Software"))
        #expect(!found.contains { $0.hasSuffix("targets Nimbus") })
    }
}
