import Extraction
import NewsGraphCore
import Testing

/// What a country in a body's name says about the body.
@Suite struct CountryNameTests {
    @Test func anOutletNamedWithItsCountryIsNoPartOfTheState() {
        let found = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            Thailand's Ministry of Energy approved the dam, the Bangkok Post reported on Monday.
            """), documentID: "t").relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(!found.contains("Bangkok Post member_of Thailand"))
        #expect(found.contains("Ministry of Energy member_of Thailand"))
        // "reported on Monday": a time after the reporting verb still closes the sentence.
        #expect(found.contains { $0.hasPrefix("Bangkok Post reported") })
    }
}
