import Extraction
import NewsGraphCore
import Testing

/// Accusations, answers to them, and stances one only receives. Sentences written for the tests.
@Suite struct ResponseTests {
    @Test func whoRejectsAnAccusationOpposesWhoMadeIt() {
        let found = wireRelations("""
            Sudan accused the United Arab Emirates of arming the RSF. The Emirati foreign ministry rejected the accusation as baseless.
            """)
        #expect(found.contains("United Arab Emirates opposes Sudan"))
    }

    @Test func whoIsFinedAndAppealsOpposesWhoFinedThem() {
        let found = wireRelations("""
            The Data Protection Commission fined Vireo Technologies on Tuesday. Vireo said it would appeal the decision.
            """)
        #expect(found.contains("Vireo Technologies opposes Data Protection Commission"))
        // An appeal for calm answers no one.
        let calm = wireRelations("The Data Protection Commission fined Vireo Technologies. Amnesty International appealed for calm.")
        #expect(!calm.contains { $0.hasPrefix("Amnesty International opposes") })
    }

    @Test func aCriticNamedAfterTheNounHoldsTheStance() {
        let navalny = wireRelations("Kremlin critic Alexei Navalny was jailed on Monday.")
        #expect(navalny.contains("Alexei Navalny opposes Russia"))
        #expect(!navalny.contains("Russia opposes Alexei Navalny"))
        // With a field between, the critic is a party's spokesperson for it.
        let portfolio = wireRelations("""
            The Conservative Party objected. In the House, Conservative labour critic Gordon McLeod said the strike was a disgrace.
            """)
        #expect(portfolio.contains("Gordon McLeod member_of Conservative Party"))
        #expect(!portfolio.contains("Conservative Party opposes Gordon McLeod"))
    }

    @Test func whoFacesCriticismIsNoCritic() {
        let found = wireRelations("Japan has faced criticism at recent United Nations climate conferences.")
        #expect(!found.contains("Japan opposes United Nations"))
    }

    @Test func aComplaintAgainstABodyTargetsIt() {
        #expect(wireRelations("The Irish Consumer Rights Council filed a complaint against Vireo Technologies.")
            .contains("Irish Consumer Rights Council targets Vireo Technologies"))
    }

    @Test func whoSpeaksAfterAQuotedPlaceIsNoPlace() {
        let extraction = wireCopy("""
            "Workers will judge her by what she does on the shop floor, not by what she says to Bay Street," Lavoie said.
            """)
        #expect(extraction.entities.first { $0.name == "Lavoie" }?.kind != .location)
        #expect(!extraction.relations.contains { $0.type == .locatedIn })
    }

    @Test func aRelativeClauseAfterTheSubjectHoldsNoSubject() {
        let found = wireRelations("""
            Kenya and Ethiopia signed the Kenya-Ethiopia Trade and Transit Agreement on Monday. \
            The East African Community, of which Kenya is a member and Ethiopia is not, welcomed the agreement.
            """)
        #expect(found.contains("East African Community supports Kenya-Ethiopia Trade and Transit Agreement"))
        #expect(!found.contains("Ethiopia supports Kenya-Ethiopia Trade and Transit Agreement"))
    }

    @Test func aClaimAMotionOrAnInquiryAgainstSomeoneTargetsThem() {
        #expect(wireRelations("Guatemala filed a claim against Belize.").contains("Guatemala targets Belize"))
        #expect(wireRelations("The Senate opened an inquiry into Vitosha Trading Ltd on Monday.")
            .contains("Senate targets Vitosha Trading Ltd"))
        #expect(wireRelations("The Liberal Party tabled a motion of no confidence in Prime Minister Ana Ruiz.")
            .contains("Liberal Party targets Ana Ruiz"))
    }

    @Test func aStanceFromSomeoneIsTheirs() {
        #expect(wireRelations("Kenya won support from the World Bank for the railway.").contains("World Bank supports Kenya"))
        let criticism = wireRelations("Japan has faced criticism from China over the release.")
        #expect(criticism.contains("China opposes Japan"))
        #expect(!criticism.contains("Japan opposes China"))
        let backing = wireRelations("Kenya built the railway with the backing of the World Bank.")
        #expect(backing.contains("World Bank supports Kenya"))
        #expect(!backing.contains("Kenya supports World Bank"))
        // Words describing the holder may stand before its name.
        #expect(wireRelations("Japan has faced criticism from the far-right Sanseito party over the release.")
            .contains("Sanseito opposes Japan"))
    }

    @Test func rejectingAnArgumentOrSomeonesClaimOpposesWhoMadeIt() {
        let found = wireRelations("""
            Lumenstream accused the National Broadcasting Council of overreach. The council rejected that argument on Friday.
            """)
        #expect(found.contains("National Broadcasting Council opposes Lumenstream"))
        let owned = wireRelations("Kestrel Mobile rejected Bayanihan Telecom's allegations on Monday.")
        #expect(owned.contains("Kestrel Mobile opposes Bayanihan Telecom"))
        let ofWhom = wireRelations("Laos rejected the demands of Vietnam on Monday.")
        #expect(ofWhom.contains("Laos opposes Vietnam"))
    }

    @Test func theRulingIsTheActOfWhomTheLedeReportsActing() {
        let found = wireRelations("""
            Germany's Federal Cartel Office on Thursday blocked Helvara Kliniken's planned acquisition of Weserbergland \
            Kliniken. Helvara had planned to cut nursing posts, the union said. The services union Verdi welcomed the \
            ruling.
            """)
        #expect(found.contains { $0.hasPrefix("Verdi supports") && $0.hasSuffix("Federal Cartel Office") })
        #expect(!found.contains("Verdi supports Helvara Kliniken"))
    }

    @Test func whoAsksWhySomeoneActedOpposesThem() {
        let found = wireRelations("""
            The Therapeutic Goods Administration recalled the drug on Monday. The Australian Medical Association \
            questioned why the TGA had not acted sooner.
            """)
        #expect(found.contains("Australian Medical Association opposes Therapeutic Goods Administration"))
    }

    @Test func theVerbsOfAfterATitleIsTheCauseNotTheTitlesField() {
        let found = wireRelations("""
            President Kwame Asante-Boadu signed the bill. Opposition leader Samuel Osei-Tutu accused the president \
            of taxing the poor.
            """)
        #expect(found.contains("Samuel Osei-Tutu opposes Kwame Asante-Boadu"))
        // "the president of the union" is another holder, whom no one named holds.
        #expect(!wireRelations("President Ana Ruiz spoke. Pedro Sousa accused the president of the union of lying.")
            .contains("Pedro Sousa opposes Ana Ruiz"))
    }
}

extension ResponseTests {
    @Test func whoActsAtAnothersRequestSupportsThem() {
        let found = wireRelations("""
            Neighbouring Austria sent six specialists to Zagreb on Sunday at the request of the Croatian government. \
            France sent booms from Réunion, and India's coast guard flew in two teams at the request of Mauritius.
            """)
        #expect(found.contains("Austria supports Croatia"))
        #expect(found.contains("India supports Mauritius"))
        #expect(!found.contains("France supports Mauritius"))
    }
}

extension ResponseTests {
    @Test func beingInContactWithSomeoneMeetsThem() {
        #expect(wireRelations("The European Commission said it was in contact with Croatia on Monday.")
            .contains("European Commission meets Croatia"))
    }
}
