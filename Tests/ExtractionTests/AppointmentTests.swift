import Extraction
import NewsGraphCore
import Testing

/// Offices given and held, as business and political news report them.
/// Sentences written for the tests.
@Suite struct AppointmentTests {
    @Test func aBodyThatNamesSomeoneItsChiefIsLedByThem() {
        let found = wireRelations("Boeing on Wednesday named Kelly Ortberg, a former Rockwell Collins executive, as its chief executive.")
        #expect(found.contains("Kelly Ortberg leads Boeing"))
    }

    @Test func theBodyThatAppointsIsTheSubjectNotTheStateDescribingIt() {
        let found = wireRelations("""
            Calder Aerospace, Canada's largest aircraft maker, on Monday named Hélène Marchetti, the former chief \
            executive of budget carrier NorthStar Airways, as its new chief executive.
            """)
        #expect(found.contains("Hélène Marchetti leads Calder Aerospace"))
        #expect(!found.contains("Hélène Marchetti member_of Canada"))
    }

    @Test func aBodyThatFillsAnotherBodysOfficeIsNotLedByItsHolder() {
        let found = wireRelations("""
            The National Assembly on Friday named Sara Okafor, the Bank of Lagos's deputy governor, as acting governor.
            """)
        #expect(!found.contains("Sara Okafor leads National Assembly"))
        let chief = wireRelations("The Harbour Board on Friday named Sara Okafor as its chairman.")
        #expect(chief.contains("Sara Okafor leads Harbour Board"))
    }

    @Test func anOfficeGivenInThePassiveIsOfTheBodyNamedAfterIt() {
        let found = wireRelations("Jane Smith was appointed chief financial officer of Acme Corp. on Monday.")
        #expect(found.contains("Jane Smith member_of Acme Corp"))
    }

    @Test func somethingNamedAfterSomeoneGivesThemNoOffice() {
        let found = wireRelations("The city council named the new bridge after Jane Smith, a local nurse, in May.")
        #expect(!found.contains { $0.hasPrefix("Jane Smith") })
    }

    @Test func aClauseOnADescriptionIsAboutWhomItDescribes() {
        let found = wireRelations(
            "Senator Maria Cantwell, a Washington Democrat who chairs the Senate Commerce Committee, praised the choice.")
        #expect(found.contains("Maria Cantwell leads Senate Commerce Committee"))
    }

    @Test func aClubNamedLikeAPlaceIsABodyAndItsShortNameHasStaff() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            Manchester City have signed a midfielder from Atlético Madrid. City manager Pep Guardiola said he was delighted.
            """), documentID: "t")
        #expect(extraction.entities.first { $0.name == "Manchester City" }?.kind == .organization)
        #expect(extraction.relations.contains { $0.source == "Pep Guardiola" && $0.type == .leads && $0.target == "Manchester City" })
    }

    @Test func whoRunsADescribedBodyLeadsItNotThePlaceItIsBasedIn() {
        let found = wireRelations(
            "The deal was brokered by Stellar Sports Management, the Monaco-based agency run by Italian intermediary Marco Stellini.")
        #expect(found.contains("Marco Stellini leads Stellar Sports Management"))
        #expect(!found.contains { $0.hasPrefix("Marco Stellini") && $0.hasSuffix("Monaco") })
    }

    @Test func theCompanysChiefIsTheChiefOfTheCompanyJustNamed() {
        let found = wireRelations("""
            Vireo Technologies was fined on Tuesday. "We disagree," said Nadia Feldman, the company's chief executive.
            """)
        #expect(found.contains("Nadia Feldman leads Vireo Technologies"))
        // In its own sentence, "the company" is the body the sentence named, not one named before.
        let appeal = wireRelations("""
            The European Commission fined Orbital Software on Monday. Orbital Software chief executive Priya Raman \
            said the company would appeal.
            """)
        #expect(!appeal.contains { $0.contains("European Commission") && $0.hasPrefix("Priya Raman") })
    }

    @Test func aBodyDescribedBeforeItsNameIsWhatTheNounLaterMeans() {
        let found = wireRelations("""
            Australia's medicines regulator, the Therapeutic Goods Administration, rejected the drug on Friday. \
            "The evidence was weak," said Anjali Deshpande, who heads the regulator.
            """)
        #expect(found.contains("Anjali Deshpande leads Therapeutic Goods Administration"))
    }

    @Test func aPlaceBasedBodyNamedByItsKindIsTheBodyJustNamed() {
        let found = wireRelations("""
            Calder Aerospace named a new chief on Monday. Kudzai Moyo, who heads the Johannesburg-based group, \
            said little. She will take over on July 1, the Montreal-based company said in a statement.
            """)
        #expect(found.contains("Calder Aerospace located_in Montreal"))
    }

    @Test func aStanceOnTheAppointmentIsAStanceOnWhomItAppoints() {
        let found = wireRelations("""
            Calder Aerospace on Monday named Hélène Marchetti as its new chief executive. The Canadian Aerospace \
            Workers Union criticised the choice. The appointment was also backed by the Laurentian Public Investment Board.
            """)
        #expect(found.contains("Canadian Aerospace Workers Union opposes Hélène Marchetti"))
        #expect(found.contains("Laurentian Public Investment Board supports Hélène Marchetti"))
    }

    @Test func anEverydayWordBeforeATitleIsItsFieldNotABody() {
        let found = wireRelations("Opposition leader Raila Odinga urged his supporters to join the protests.")
        #expect(!found.contains { $0.hasPrefix("Raila Odinga leads") })
    }
}
