import Extraction
import NewsGraphCore
import Testing

/// Outlets that report, named in the ways wire copy names them, and what a
/// country's possessive says of a company.
@Suite struct OutletTests {
    @Test func anOutletWhoseNameEndsInItsNounReports() {
        #expect(wireRelations("The Manila Daily reported that Kapatid Telecom raised its bids.")
            .contains("Manila Daily reported Kapatid Telecom"))
    }

    @Test func aNewsServiceIsAnOutlet() {
        let found = wireRelations("""
            The first refugees are expected to arrive in Auckland in December, the Pacific Island News Service reported, \
            citing New Zealand immigration officials.
            """)
        #expect(found.contains("Pacific Island News Service reported New Zealand"))
    }

    @Test func aBroadcasterInAppositionBeforeItsNameIsAnOutlet() {
        let found = wireRelations("""
            The state broadcaster, the Zambia National Broadcasting Corporation (ZNBC), reported that SSTUZ members had \
            picketed government offices.
            """)
        #expect(found.contains("Zambia National Broadcasting Corporation reported SSTUZ"))
        // An outlet carries only what it reports.
        #expect(!found.contains("Zambia National Broadcasting Corporation member_of Zambia"))
    }

    @Test func aCountrysCompanyIsInTheCountryNotPartOfItsState() {
        #expect(wireRelations("The plant is owned by Singapore's Harbour Pacific Holdings.")
            == ["Harbour Pacific Holdings located_in Singapore"])
        // A state's body keeps its tie.
        #expect(wireRelations("The decree was drafted by Bolivia's Ministry of Mines and Mineral Resources.")
            .contains("Ministry of Mines and Mineral Resources member_of Bolivia"))
    }
}
