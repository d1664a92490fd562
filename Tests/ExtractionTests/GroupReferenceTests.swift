import Extraction
import NewsGraphCore
import Testing

/// "the four", "the same three officials": people the article has just named, read as each of them.
@Suite struct GroupReferenceTests {
    private func relations(_ text: String) -> [String] {
        Extractor().extract(Article(path: "t.txt", text: "Wire Copy\n\n" + text), documentID: "t").relations
            .map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    private let named = """
        Those named include the mayor, Pablo Rendón, and his deputy, Lucía Ferrer. \
        A police commander, Tomás Vidal, was also named.
        """

    @Test func theNumberIsThePeopleNamedLast() {
        let found = relations(named + " The three face travel bans under Canada's Magnitsky Act.")
        for person in ["Pablo Rendón", "Lucía Ferrer", "Tomás Vidal"] {
            #expect(found.contains("Magnitsky Act applies_to \(person)"))
        }
    }

    @Test func theSameNumberIsTheGroupReadBefore() {
        let found = relations(named + """
             The three officials deny the charges.

            Nadia Okoro, a lawyer, and Omar Haddad, a journalist, criticised the move.

            Australia is preparing sanctions against the same three officials.
            """)
        for person in ["Pablo Rendón", "Lucía Ferrer", "Tomás Vidal"] {
            #expect(found.contains("Australia targets \(person)"))
        }
        #expect(!found.contains("Australia targets Omar Haddad"))
    }

    @Test func whoMeetsAGroupMeetsEachButNotThemself() {
        let found = relations(named + "\n\nElena Ruiz, a mediator, met the three officials on Friday.")
        for person in ["Pablo Rendón", "Lucía Ferrer", "Tomás Vidal"] {
            #expect(found.contains("Elena Ruiz meets \(person)"))
        }
        #expect(!found.contains { $0.hasSuffix("meets Elena Ruiz") })
    }

    @Test func thoseTargetedAreTargetedByWhoeverActedLast() {
        let found = relations("""
            Spain imposed sanctions on three Venezuelan officials on Monday. \
            Those targeted include Deputy Minister Pablo Rendón and Lucía Ferrer, a judge.
            """)
        #expect(found.contains("Spain targets Pablo Rendón"))
        #expect(found.contains("Spain targets Lucía Ferrer"))
    }

    @Test func aNumberOfThingsIsNoGroupOfPeople() {
        let found = relations(named + " Spain imposed sanctions on the three companies.")
        #expect(!found.contains { $0.hasPrefix("Spain targets") })
    }

    @Test func whoActsUnderAPolicyInvokesIt() {
        let found = relations("The request was filed by Peru's Attorney General's Office under the Lima Extradition Treaty.")
        #expect(found.contains("Peruvian Attorney General's Office enacts Lima Extradition Treaty"))
    }
}
