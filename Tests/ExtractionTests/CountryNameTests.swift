import Extraction
import NewsGraphCore
import Testing

/// What a country named near a body or an office says about it.
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

    @Test func aMinisterTitledWithNoStateServesTheStoryCountryItsSentenceNames() {
        let found = wireRelations("""
            Ghana's parliament approved the bill on Tuesday. Finance Minister Efua Mensah-Larbi said the measures \
            were needed if Ghana was to stay on track.
            """)
        #expect(found.contains("Efua Mensah-Larbi member_of Ghana"))
        #expect(!wireRelations("Finance Minister Efua Mensah-Larbi said the measures were needed.").contains { $0.hasPrefix("Efua") })
    }

    @Test func aBodysHeadquartersAreWhereItIs() {
        let found = wireRelations("The regulator found that Vireo Technologies, whose European headquarters are in Dublin, had failed.")
        #expect(found.contains("Vireo Technologies located_in Dublin"))
        #expect(wireRelations("The Industrial Relations Board, which sits in Ottawa, will rule within days.")
            .contains("Industrial Relations Board located_in Ottawa"))
        // A capital between a body's possessive and its headquarters is the city, and the body's seat.
        let colombo = wireCopy("Officials at the Ceylon Electricity Board's Colombo headquarters said the utility would seek bids.")
        #expect(colombo.entities.contains { $0.name == "Colombo" && $0.kind == .location })
        #expect(colombo.relations.contains { $0.source == "Ceylon Electricity Board" && $0.type == .locatedIn && $0.target == "Colombo" })
    }

    @Test func aPossessiveBeforeASeatSaysWhoseSeatItIs() {
        let its = wireRelations("The Kuwait Airways Workers' Union called the strike. Pickets gathered outside its headquarters in Kuwait City.")
        #expect(its.contains("Kuwait Airways Workers' Union located_in Kuwait City"))
        let department = wireRelations("""
            Blade Nzimande heads the Department of Higher Education and Training. The union said it would march to the \
            department's offices in Pretoria next week.
            """)
        #expect(department.contains("Department of Higher Education and Training located_in Pretoria"))
        // A state's office is no company: the company whose offices were searched is not the searcher.
        let searched = wireRelations("""
            Bulgaria's Prosecutor's Office said investigators had searched the company's offices in Sofia last week.
            """)
        #expect(!searched.contains { $0.hasSuffix("located_in Sofia") })
    }
}
