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

    @Test func aPersonsWhoseBodyIsHisOwn() {
        let found = wireRelations("Rui Valente, whose centre-right Civic Renewal Party governs with a small ally, named a new finance minister.")
        #expect(found.contains("Rui Valente member_of Civic Renewal Party"))
    }
}
