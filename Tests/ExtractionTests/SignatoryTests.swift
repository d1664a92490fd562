import Extraction
import NewsGraphCore
import Testing

/// Who signs an agreement, as wire copy lists them: states before the verb
/// with a date between, ministers after "by" with their titles and where the
/// signing took place.
@Suite struct SignatoryTests {
    private let named = "\n\nThe Trans-Afghan Railway Framework Agreement sets out the route."

    @Test func everyStateOfAListBeforeTheVerbSigns() {
        let found = wireRelations("Uzbekistan, Afghanistan and Pakistan on Tuesday signed an agreement for a railway." + named)
        for state in ["Uzbekistan", "Afghanistan", "Pakistan"] {
            #expect(found.contains("\(state) enacts Trans-Afghan Railway Framework Agreement"))
        }
    }

    @Test func aRelationNounThatSaysWhatKindOfAgreementIsNoStance() {
        let found = wireRelations("Uzbekistan and Pakistan signed a financing agreement for a railway." + named)
        #expect(found.contains("Pakistan enacts Trans-Afghan Railway Framework Agreement"))
        #expect(!found.contains { $0.contains(" supports ") })
        // "finance minister" is an office: Kenya backs no one in it.
        #expect(wireRelations("Kenya's finance minister, John Mbadi, said the line was vital.") == ["John Mbadi member_of Kenya"])
    }

    @Test func theAgentComesAfterWhereTheSigningTookPlaceAndAfterItsTitle() {
        for agent in ["Jasur Karimov", "Transport Minister Jasur Karimov", "Uzbek Transport Minister Jasur Karimov"] {
            let found = wireRelations("The Trans-Afghan Railway Framework Agreement was signed in Tashkent by \(agent).")
            #expect(found.contains("Jasur Karimov enacts Trans-Afghan Railway Framework Agreement"), "\(agent)")
        }
    }

    @Test func everyTitledSignatoryAfterBySigns() {
        let found = wireRelations("""
            The Trans-Tasman Resettlement Arrangement was signed in Wellington by New Zealand Immigration Minister \
            Aroha Tipene and Australian Home Affairs Minister Claire Donnelly.
            """)
        #expect(found.contains("Aroha Tipene enacts Trans-Tasman Resettlement Arrangement"))
        #expect(found.contains("Claire Donnelly enacts Trans-Tasman Resettlement Arrangement"))
        // Each signs for the state they serve.
        #expect(found.contains("New Zealand enacts Trans-Tasman Resettlement Arrangement"))
        #expect(found.contains("Australia enacts Trans-Tasman Resettlement Arrangement"))
        // A law a minister proposes is no agreement of the state's signing.
        #expect(!wireRelations("New Zealand Immigration Minister Aroha Tipene proposed the Immigration Amendment Act.")
            .contains("New Zealand enacts Immigration Amendment Act"))
    }

    @Test func aTitleAfterTheLastSignatoryIsHersAlone() {
        let found = wireRelations("""
            The revised Teachers' Collective Agreement was signed by Zambian Education Minister Chanda Mwape and \
            Beatrice Lungu, general secretary of the Zambia United Teachers' Union (ZUTU), after four days of talks.
            """)
        #expect(found.contains("Beatrice Lungu enacts Teachers' Collective Agreement"))
        #expect(found.contains("Chanda Mwape enacts Teachers' Collective Agreement"))
        #expect(found.contains("Beatrice Lungu leads Zambia United Teachers' Union"))
        #expect(!found.contains("Chanda Mwape leads Zambia United Teachers' Union"))
    }

    @Test func aDescriptionBetweenTwoTitledSignatoriesIsTheNextOnes() {
        let found = wireRelations("""
            The agreement was signed by Uzbek Transport Minister Jasur Karimov, Afghanistan's acting public works minister, \
            Abdul Hadi Nazari, and Pakistani Railways Minister Faisal Rana.
            """)
        #expect(found.contains("Jasur Karimov member_of Uzbekistan"))
        #expect(!found.contains("Jasur Karimov member_of Afghanistan"))
    }

    @Test func statesJoinedByADashInAnAgreementsNameAreItsParties() {
        let found = wireRelations("""
            Jordan and Germany agreed on Monday to resettle refugees. The Jordan–Germany Humanitarian Admission Agreement \
            runs for three years. The Kenya-Peru Trade Agreement was also discussed.
            """)
        #expect(found.contains("Jordan enacts Jordan–Germany Humanitarian Admission Agreement"))
        #expect(found.contains("Germany enacts Jordan–Germany Humanitarian Admission Agreement"))
        // States the article does not name otherwise are not made from the name.
        #expect(!found.contains { $0.hasPrefix("Kenya ") || $0.hasPrefix("Peru ") })
        // Demonyms joined by a dash before an agreement's noun name the agreement too; before another noun, nothing.
        let treaty = wireCopy("""
            Kyrgyzstan and Tajikistan traded fire on Monday. The Kyrgyz-Tajik border treaty, signed in 2025, delimited the \
            frontier. Kyrgyz-Tajik relations soured.
            """)
        #expect(treaty.entities.filter { $0.kind == .policy }.map(\.name) == ["Kyrgyz-Tajik border treaty"])
        #expect(treaty.relations.contains { $0.source == "Tajikistan" && $0.type == .enacts && $0.target == "Kyrgyz-Tajik border treaty" })
    }

    @Test func sheAfterSaidIsTheSpeakerTheSentenceOpensWith() {
        let found = wireRelations("""
            Health Secretary Miguel Ocampo met union leaders on Monday. Senator Carmela Bautista, who chairs the Senate \
            health committee, sided with the nurses and said she would call Budget Secretary Leonardo Cruz to a hearing.
            """)
        #expect(found.contains("Carmela Bautista meets Leonardo Cruz"))
        #expect(!found.contains("Miguel Ocampo meets Leonardo Cruz"))
    }

    @Test func twoPeopleSigningAnAgreementWithEachOtherMeet() {
        let people = wireRelations("""
            South Africa's sports minister, Thandiwe Mokoena, signed the hosting agreement with Formula One Group's chief \
            executive, Matteo Rinaldi, at a ceremony in Midrand.
            """)
        #expect(people.contains("Thandiwe Mokoena meets Matteo Rinaldi"))
        #expect(!people.contains { $0.contains(" supports ") })
        // Bodies that sign with each other are partners.
        #expect(wireRelations("Kairo Heavy Industries signed a memorandum of understanding with PT Energi Hijau Nusantara.")
            .contains("Kairo Heavy Industries supports PT Energi Hijau Nusantara"))
    }
}

extension SignatoryTests {
    @Test func aStatesTitledOfficialSignsForItAndTheListGoesOnPastTitles() {
        let found = wireRelations("""
            The Kestrel Resettlement Arrangement was signed by Japan's ambassador to Thailand, Kenji Morimoto, Thai \
            Interior Ministry permanent secretary Somchai Rattanakul and Helena Brandt, the representative in Thailand \
            of the International Organization for Migration.
            """)
        for signatory in ["Kenji Morimoto", "Somchai Rattanakul", "Helena Brandt", "Japan"] {
            #expect(found.contains("\(signatory) enacts Kestrel Resettlement Arrangement"), "\(signatory)")
        }
        // Served in a place, the title is the body's after "of".
        #expect(found.contains("Helena Brandt member_of International Organization for Migration"))
        #expect(!found.contains("Helena Brandt member_of Thailand"))
    }
}
