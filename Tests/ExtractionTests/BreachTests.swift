import Extraction
import NewsGraphCore
import Testing

/// A rule broken applies to whoever broke it. Sentences written for the tests.
@Suite struct BreachTests {
    @Test func aRuleBreachedAppliesToItsBreaker() {
        let found = wireRelations("""
            The Data Protection Office said Ridely Mobility Ltd had breached the European Union's General Data Protection Regulation.
            """)
        #expect(found.contains("General Data Protection Regulation applies_to Ridely Mobility Ltd"))
    }

    @Test func theBreakerMayStandBeforeAnApposition() {
        let found = wireRelations("""
            Stellar Sports Management, the Geneva-based agency run by Marco Stellini, violated the FIFA Football Agent Regulations.
            """)
        #expect(found.contains("FIFA Football Agent Regulations applies_to Stellar Sports Management"))
    }

    @Test func aNameBeforeAnotherSubjectBreaksNothing() {
        let found = wireRelations("""
            The Office of the U.S. Trade Representative has warned that Korean rules may breach the Korea-U.S. Free Trade Agreement.
            """)
        #expect(!found.contains { $0.contains("applies_to") })
    }
}
