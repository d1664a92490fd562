import Extraction
import NewsGraphCore
import Testing

/// Reactions told from the act's side, and a person's "whose" body.
/// Sentences written for the tests, in the shapes of wire reports.
@Suite struct ReactionTests {
    @Test func aProtestDrawnFromABodyOpposesWhoActed() {
        let found = wireRelations("Britain imposed sanctions on four Georgian officials, drawing a sharp protest from Georgia's Foreign Ministry.")
        #expect(found.contains("Georgian Foreign Ministry opposes United Kingdom"))
        // An owner's name stands for what it owns, not for itself.
        #expect(!found.contains("Georgia opposes United Kingdom"))
    }

    @Test func praiseWonFromAListSupportsEveryoneOnIt() {
        let found = wireRelations("The Kestrel Accord signed by Chile won praise from Peru, Bolivia and Ecuador.")
        #expect(found.contains("Peru supports Kestrel Accord"))
        #expect(found.contains("Bolivia supports Kestrel Accord"))
        #expect(found.contains("Ecuador supports Kestrel Accord"))
    }

    @Test func aDemonymDescribingOthersReactsForNoOne() {
        let found = wireRelations("Russia vetoed the draft on Monday, drawing sharp criticism from Kenyan diplomats.")
        #expect(!found.contains { $0.hasPrefix("Kenya ") })
    }

    @Test func aFeelingAboutSomeonesActIsAStanceOnThem() {
        let found = wireRelations(#"Danish Environment Minister Mette Skov said her country was "deeply disappointed" by Sweden's decision."#)
        #expect(found.contains("Mette Skov opposes Sweden"))
        #expect(wireRelations("Kenya is pleased with Uganda's offer to mediate.").contains("Kenya supports Uganda"))
        #expect(wireRelations("Denmark was not happy with Sweden's decision.").contains("Denmark opposes Sweden"))
        // A feeling about a place or a thing, not an act, is no stance.
        #expect(!wireRelations("Denmark was disappointed with Sweden's weather.").contains { $0.contains("Sweden") })
    }

    @Test func dismissingWhatSomeoneClaimsOpposesThem() {
        let found = wireRelations("Nazari met the Asian Infrastructure Investment Bank. Nazari dismissed the bank's concerns.")
        #expect(found.contains("Nazari opposes Asian Infrastructure Investment Bank"))
        #expect(!found.contains("Nazari targets Asian Infrastructure Investment Bank"))
    }

    @Test func theGovernmentAccusedIsTheStoryStateNotWhatItIsAccusedOf() {
        let found = wireRelations("""
            Chile awarded the port concession on Monday. Rodrigo Salinas accused the government of ignoring the Kestrel Accord.
            """)
        #expect(found.contains("Rodrigo Salinas opposes Chile"))
        #expect(!found.contains("Rodrigo Salinas opposes Kestrel Accord"))
        // A government the sentence names is no unnamed one.
        let named = wireRelations("Chile signed the accord. Salinas criticised the government of Peru on Monday.")
        #expect(!named.contains { $0.hasSuffix("opposes Chile") })
    }

    @Test func aFederationsDecisionIsTheGoverningBodysOfEitherNoun() {
        let found = wireRelations("""
            The Polish Athletics Association banned the runner on Monday. Sport minister Pawel Nowicki backed the federation's decision.
            """)
        #expect(found.contains("Pawel Nowicki supports Polish Athletics Association"))
        // A confederation of states is no association's other name.
        let states = wireRelations("""
            The plan was welcomed by ASEAN. The Alliance of Sahel States, the confederation formed by Mali and Niger, met.
            """)
        #expect(!states.contains { $0.hasSuffix("member_of Association of Southeast Asian Nations") })
    }

    @Test func aPersonsWhoseBodyIsHisOwn() {
        let found = wireRelations("Rui Valente, whose centre-right Civic Renewal Party governs with a small ally, named a new finance minister.")
        #expect(found.contains("Rui Valente member_of Civic Renewal Party"))
    }
}

extension ReactionTests {
    @Test func aNameQuotedBeforeTheVerbIsNoSubjectAndACourtAfterAtIsNoObject() {
        let found = wireRelations("""
            Opposition leader Samuel Osei-Tutu accused the president of "taxing the poor to please Washington" and said \
            his party would challenge the levy at the Supreme Court.
            """)
        #expect(!found.contains { $0.hasPrefix("United States ") })
        #expect(!found.contains { $0.hasSuffix(" Supreme Court") })
        // Before the verb and unquoted, the court is what is challenged.
        #expect(wireRelations("The Ghana Bar Association criticised the Supreme Court on Monday.")
            .contains("Ghana Bar Association opposes Supreme Court"))
    }
}
