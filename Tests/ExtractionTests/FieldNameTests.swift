import Extraction
import NewsGraphCore
import Testing

/// Names whose field holds "and", a possessive or a numbered part: a body's, a
/// law's and an agreement's, and a department named by its field alone.
@Suite struct FieldNameTests {
    private func names(_ text: String) -> [String: EntityKind] {
        Dictionary(wireCopy(text).entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aListedPolicyAfterAMinistrysAndIsAField() {
        let found = names("Joseph Kalaba, who heads the Ministry of Labour and Social Security, chaired the talks.")
        #expect(found["Ministry of Labour and Social Security"] == .organization)
        #expect(found["Social Security"] == nil)
    }

    @Test func twoFieldsOfATradeBodyMayEachHoldTwoWords() {
        #expect(names("The Tea Growers and Exporters Association accepted the decision.")["Tea Growers and Exporters Association"]
            == .organization)
        let national = names("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) accepted the decision.")
        #expect(national["Bangladesh Garment Manufacturers and Exporters Association"] == .organization)
        #expect(national["Exporters Association"] == nil)
    }

    @Test func aListedOneWordBodyInsideALawsNameIsAWordOfIt() {
        let found = names("The government dropped its threat under the Industrial and Labour Relations Act on Tuesday.")
        #expect(found["Industrial and Labour Relations Act"] == .policy)
        #expect(found["Labour Relations Act"] == nil)
    }

    @Test func aPluralPossessiveMayOpenAnAgreementsName() {
        #expect(names("The revised Teachers' Collective Agreement was signed on Monday.")["Teachers' Collective Agreement"] == .policy)
    }

    @Test func aNumberWithADashClosesAPolicysName() {
        let found = names("The auction was held under Memorandum Order 2025-03, which the commission issued in March.")
        #expect(found["Memorandum Order 2025-03"] == .policy)
        #expect(found["Memorandum Order"] == nil)
    }

    @Test func aTitleWordOpeningAProgrammesNameMakesNoPerson() {
        let extraction = wireCopy("""
            Japan plans to supply the Philippine navy with radar systems under its Official Security Assistance programme.
            """)
        #expect(extraction.entities.contains { $0.name == "Official Security Assistance" && $0.kind == .policy })
        #expect(!extraction.entities.contains { $0.kind == .person })
        // "its" is the clause's state, not the demonym describing the navy.
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Japan enacts Official Security Assistance"))
        #expect(!found.contains("Philippines enacts Official Security Assistance"))
    }

    @Test func aBodyAfterANumberedPolicysOfIssuedIt() {
        let found = wireRelations("The surcharge is set out in Resolution 004-2026 of Ecuador's Foreign Trade Committee.")
        #expect(found.contains("Foreign Trade Committee enacts Resolution 004-2026"))
        // Breaching it is no act against its issuer.
        let breached = wireRelations("The confederation says the draft violates Convention 169 of the International Labour Organization.")
        #expect(breached.contains("International Labour Organization enacts Convention 169"))
        #expect(!breached.contains { $0.hasSuffix("applies_to International Labour Organization") || $0.contains("targets") })
        // A policy after the "of" holds the numbered part.
        #expect(names("The council cited Article 55 of the Constitution in its ruling.")["Article 55 of the Constitution"] == .policy)
    }

    @Test func aDepartmentsFieldBeforeATitleIsTheDepartment() {
        let found = wireRelations("""
            The Department of Information and Communications Technology (DICT) pushed for it. \
            Information and Communications Technology Secretary Ramon Villareal praised the regulator.
            """)
        #expect(found.contains("Ramon Villareal leads Department of Information and Communications Technology"))
        #expect(!found.contains { $0.contains("member_of Information") })
    }
}
