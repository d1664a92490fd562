import Extraction
import NewsGraphCore
import Testing

/// Answers to accusations, and stances one only receives. Sentences written for the tests.
@Suite struct ResponseTests {
    private func relations(_ text: String) -> [String] {
        Extractor().extract(Article(path: "t.txt", text: "Wire Copy\n\n" + text), documentID: "t").relations
            .map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    @Test func whoRejectsAnAccusationOpposesWhoMadeIt() {
        let found = relations("""
            Sudan accused the United Arab Emirates of arming the RSF. The Emirati foreign ministry rejected the accusation as baseless.
            """)
        #expect(found.contains("United Arab Emirates opposes Sudan"))
    }

    @Test func whoIsFinedAndAppealsOpposesWhoFinedThem() {
        let found = relations("""
            The Data Protection Commission fined Vireo Technologies on Tuesday. Vireo said it would appeal the decision.
            """)
        #expect(found.contains("Vireo Technologies opposes Data Protection Commission"))
        // An appeal for calm answers no one.
        let calm = relations("The Data Protection Commission fined Vireo Technologies. Amnesty International appealed for calm.")
        #expect(!calm.contains { $0.hasPrefix("Amnesty International opposes") })
    }

    @Test func whoFacesCriticismIsNoCritic() {
        let found = relations("Japan has faced criticism at recent United Nations climate conferences.")
        #expect(!found.contains("Japan opposes United Nations"))
    }
}
