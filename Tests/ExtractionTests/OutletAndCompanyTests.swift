import Extraction
import NewsGraphCore
import Testing

/// Outlets that report, named in the ways wire copy names them; and
/// companies: a country's possessive before one, its name without its head.
@Suite struct OutletAndCompanyTests {
    @Test func anOutletWhoseNameEndsInItsNounReports() {
        #expect(wireRelations("The Manila Daily reported that Kapatid Telecom raised its bids.")
            .contains("Manila Daily reported Kapatid Telecom"))
    }

    @Test func anOutletToldSomethingReportsWhoToldIt() {
        let she = wireRelations("""
            Minister Carolina Ibarra defended the plan. "These goals are not in conflict," she told Radio Cooperativa.
            """)
        #expect(she.contains("Radio Cooperativa reported Carolina Ibarra"))
        // Past the words describing the outlet; a name inside the quotation is not who spoke.
        let described = wireRelations("""
            Marco Stellini runs the agency. "Every payment was registered with FIFA," he told the Italian sports daily \
            Corriere dello Stadio.
            """)
        #expect(described.contains("Corriere dello Stadio reported Marco Stellini"))
        #expect(!described.contains { $0.hasPrefix("Corriere dello Stadio reported") && !$0.hasSuffix("Marco Stellini") })
        #expect(wireRelations("""
            A spokesman for Syria's Ministry of Foreign Affairs told the state news agency SANA that resettlement drains Syria.
            """).contains("SANA reported Ministry of Foreign Affairs"))
    }

    @Test func anOutletCitedIsNoSubject() {
        let found = wireRelations("""
            Justice Minister Peter Hanzel defended the law on Monday. According to the daily Denník N, Hanzel's ministry has \
            already drafted a fallback amendment in case the court strikes it down.
            """)
        #expect(!found.contains { $0.hasPrefix("Denník N enacts") })
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

    @Test func aCitysNewspaperNamesThePlaceAndCarriesOnlyWhatItReports() {
        let extraction = wireCopy("""
            The Santa Cruz newspaper La Voz del Oriente reported on Sunday that the decree was ready. Pablo Justiniano, \
            a biologist at the Autonomous University of the East in Santa Cruz, said the change would hurt.
            """)
        // One place, though the first sentence alone reads it as a person's name.
        #expect(extraction.entities.filter { $0.name == "Santa Cruz" }.map(\.kind) == [.location])
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(!found.contains("La Voz del Oriente located_in Santa Cruz"))
        #expect(found.contains("Autonomous University of the East located_in Santa Cruz"))
    }

    @Test func aCompanysNameWithoutItsHeadIsTheCompany() {
        let extraction = wireCopy("""
            Luzon Digital Networks won three blocks. Luzon Digital said in a statement that it had bid lawfully. The \
            Panama Canal Authority raised tolls on the Panama Canal.
            """)
        #expect(extraction.entities.filter { $0.name.hasPrefix("Luzon") }.map(\.name) == ["Luzon Digital Networks"])
        // A place stays a place beside the body named for it.
        #expect(extraction.entities.contains { $0.name == "Panama Canal" })
    }

    @Test func aCountrysCompanyIsInTheCountryNotPartOfItsState() {
        #expect(wireRelations("The plant is owned by Singapore's Harbour Pacific Holdings.")
            == ["Harbour Pacific Holdings located_in Singapore"])
        // A state's body keeps its tie.
        #expect(wireRelations("The decree was drafted by Bolivia's Ministry of Mines and Mineral Resources.")
            .contains("Ministry of Mines and Mineral Resources member_of Bolivia"))
        #expect(wireRelations("The syrup was made by India's Kavira Lifesciences.") == ["Kavira Lifesciences located_in India"])
        // "Grupo" opens a company's name.
        #expect(wireRelations("The carrier is controlled by Mexico's Grupo Altavista, which said in a filing that it would appeal.")
            .contains("Grupo Altavista located_in Mexico"))
    }

    @Test func anOutletWhoseReportIsCitedReportsTheSentencesActor() {
        let found = wireRelations("The University of Auckland has frozen hiring, according to a report by public broadcaster RNZ.")
        #expect(found.contains("RNZ reported University of Auckland"))
    }

    @Test func anOutletsHeadMayStandBeforeOfOrItsNameOpenWithDaily() {
        let found = wireRelations("""
            According to the Daily Nation, Kenya will pay nothing for the upgrades. The Times of India reported that \
            the panel would be headed by Bhupinder Singh Gill, a former medallist.
            """)
        #expect(found.contains("Daily Nation reported Kenya"))
        #expect(found.contains("The Times of India reported Bhupinder Singh Gill"))
    }

    @Test func aMobileOperatorAPowerOrShippingCompanyOrASportsBodyIsABody() {
        let found = wireCopy("""
            Bayanihan Mobile said the rules had been drawn up to shut it out. Its chief executive, Arvind Menon, said the \
            cap was raised two weeks before bidding began.
            """)
        #expect(found.entities.contains { $0.name == "Bayanihan Mobile" && $0.kind == .organization })
        #expect(found.relations.contains { $0.source == "Arvind Menon" && $0.type == .leads && $0.target == "Bayanihan Mobile" })
        #expect(wireCopy("Vestkyst Power and Golden Tide Shipping signed the lease.").entities.filter { $0.kind == .organization }.count == 2)
        #expect(wireCopy("The sample was handled on behalf of World Athletics by its integrity unit.").entities
            .contains { $0.name == "World Athletics" && $0.kind == .organization })
        #expect(wireCopy("Britain's new Independent Football Regulator approved the takeover.").entities
            .contains { $0.name == "Independent Football Regulator" && $0.kind == .organization })
        // A legal form or a metal ends a company's name; a listing place before it is no part of it.
        let companies = Set(wireCopy("""
            The licences went to Oslo-listed Nordhav Minerals and Koba Bauxite SA. The Japan Organization for Metals \
            and Energy Security (JOGMEC) backed them.
            """).entities.filter { $0.kind == .organization }.map(\.name))
        #expect(companies.isSuperset(of: ["Nordhav Minerals", "Koba Bauxite SA", "Japan Organization for Metals and Energy Security"]))
    }
}

extension OutletAndCompanyTests {
    @Test func aRegisteredCompanySitsWhereItIsRegistered() {
        #expect(wireRelations("The spyware was made by Orbis Intelligence Systems, a Cyprus-registered company.")
            .contains("Orbis Intelligence Systems located_in Cyprus"))
    }

    @Test func aNameEndingInAnEverydayNounIsABodyUnlessAGivenNameOpensIt() {
        let found = Dictionary(wireCopy("""
            Mauritius has filed a claim against Kestrel Tankers over the spill. Redgum Resources said it would appeal. \
            Bill Gates said the fund would help.
            """).entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Kestrel Tankers"] == .organization)
        #expect(found["Redgum Resources"] == .organization)
        #expect(found["Bill Gates"] == .person)
    }
}

extension OutletAndCompanyTests {
    @Test func anOutletCitedForWhatAPronounSaidReportsTheSpeaker() {
        let found = wireRelations("""
            Foreign Minister Lee Soo-jin met her Japanese counterpart on Monday. She said Seoul had proposed a joint \
            survey, according to the Yonhap news agency.
            """)
        #expect(found.contains("Yonhap reported Lee Soo-jin"))
        #expect(!found.contains("Yonhap reported South Korea"))
    }
}
