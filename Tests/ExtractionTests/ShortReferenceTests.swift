import Extraction
import NewsGraphCore
import Testing

/// A name the article shortens after naming it in full is the same entity:
/// a person's given name or first surname, a body's first word; an acronym
/// spells the full name. Sentences written for the tests.
@Suite struct ShortReferenceTests {
    private func names(_ text: String) -> [String] {
        wireCopy(text).entities.map(\.name).sorted()
    }

    @Test func theTitleAloneIsItsLastHolder() {
        let found = wireRelations("""
            Labour Minister Danielle Tremblay referred the dispute to the board. The president of the union said no. \
            Canada Post welcomed the minister's decision.
            """)
        #expect(found.contains("Canada Post supports Danielle Tremblay"))
        // A title with its field after it is another holder's, and no one named holds it.
        #expect(!found.contains { $0.contains("president") })
        // A member of a body may oppose it; only its leader or its state's people may not.
        let board = wireRelations("""
            Finance Minister Diego Salcedo sits on the board of Banco de la Republica. Salcedo accused Banco de la Republica of \
            choking growth.
            """)
        #expect(board.contains("Diego Salcedo member_of Banco de la Republica"))
        #expect(board.contains("Diego Salcedo opposes Banco de la Republica"))
    }

    @Test func aGivenNameAloneIsThePersonOfThatName() {
        let found = names("""
            Arden Logistics named Marisol Teague as its chief executive. "Marisol has turned around a company before," a director said.
            """)
        #expect(found.contains("Marisol Teague"))
        #expect(!found.contains("Marisol"))
        // Two people share the given name: it names neither.
        let shared = wireCopy("Marisol Teague met Marisol Okonjo. \"Marisol knows the business,\" a director said.").entities
        #expect(shared.filter { $0.name.hasPrefix("Marisol ") }.map(\.mentions) == [1, 1])
    }

    @Test func theFirstOfTwoSurnamesIsThePerson() {
        let found = names("""
            Peru's Ministry of Education removed the rector, Rosa Quispe Mamani, on Wednesday. Quispe said she would appeal.
            """)
        #expect(found.contains("Rosa Quispe Mamani"))
        #expect(!found.contains("Quispe"))
    }

    @Test func aBodysFirstWordAfterAtIsTheBody() {
        let found = names("""
            Calloway Aerospace named a new chief executive on Monday. She cut 600 jobs at Calloway in 2021. \
            Inspectors found faults on sections built at Calloway's plant in Mirabel.
            """)
        #expect(found.contains("Calloway Aerospace"))
        #expect(!found.contains("Calloway"))
        #expect(found.contains("Mirabel"))
        // A word describing the noun after it is no short name: "in English football".
        let adjective = wireCopy("The sale needs approval by the English Football League. Owners in English football must pass a test.")
        #expect(!(adjective.entities.first { $0.name == "English Football League" }?.aliases.contains("English") ?? true))
        // A listed city stays a place, though a body's name opens with it.
        let city = names("Shares fell on the Johannesburg Stock Exchange. Harbourview Securities, a broker in Johannesburg, cut its forecast.")
        #expect(city.contains("Johannesburg") && city.contains("Johannesburg Stock Exchange"))
    }

    @Test func anAcronymThatSpellsWordsBeforeTheNameTakesThemIn() {
        let found = names("""
            The energy ministry agreed. Energy Justice Asia (EJA), a Manila-based coalition of environmental groups, condemned the plan.
            """)
        #expect(found.contains("Energy Justice Asia"))
        #expect(!found.contains("Justice Asia"))
    }

    @Test func anAcronymNoBracketIntroducedSpellsTheOneBodyOfItsInitials() {
        let found = names("""
            The rally was organised by the Tertiary Education Union. The TEU said it would ballot members.
            """)
        #expect(found.contains("Tertiary Education Union"))
        #expect(!found.contains("TEU"))
        // Two bodies spell it: it is neither.
        let both = names("The Tertiary Education Union met the Teachers Employment Unit. The TEU said it would strike.")
        #expect(both.contains("TEU"))
    }

    @Test func twoCountriesMinistriesOfOneNameAreTwoBodies() {
        let found = wireRelations("""
            Kyrgyzstan's Foreign Ministry summoned the ambassador. Tajikistan's Foreign Ministry accused Kyrgyzstan of a provocation.
            """)
        #expect(found.contains("Kyrgyz Foreign Ministry member_of Kyrgyzstan"))
        #expect(found.contains("Tajik Foreign Ministry member_of Tajikistan"))
        #expect(!found.contains("Kyrgyz Foreign Ministry member_of Tajikistan"))
    }

    @Test func aNameWithAChiefExecutiveIsABody() {
        let extraction = wireCopy("""
            The attack hit substations run by the grid operator. Tinklu Linija's chief executive, Giedre Aleksandraviciene, \
            said the company had rebuilt the systems.
            """)
        #expect(extraction.entities.first { $0.name == "Tinklu Linija" }?.kind == .organization)
        // A person's spokesman is a person's.
        let person = wireCopy("Okwudili Brennan-Thorsby's spokesman, Tomas Reyes, declined to comment.")
        #expect(person.entities.first { $0.name == "Okwudili Brennan-Thorsby" }?.kind == .person)
    }

    @Test func aStatesBodyDescribedBeforeItsNameIsTheBodyNamedNext() {
        let found = wireRelations("""
            WARSAW (Reuters) - Poland's data watchdog on Wednesday fined Ridely, a ride-hailing company, 47 million zlotys. \
            The Personal Data Protection Office said Ridely had shared the location histories of passengers.
            """)
        #expect(found.contains("Personal Data Protection Office targets Ridely"))
        // A country of two words: "South Korea's".
        let korean = wireRelations("""
            SEOUL (Reuters) - South Korea's competition regulator on Tuesday fined Vantor Inc 98 billion won. \
            The Korea Fair Trade Commission said Vantor had abused its dominance.
            """)
        #expect(korean.contains("Korea Fair Trade Commission member_of South Korea"))
        #expect(korean.contains("Korea Fair Trade Commission targets Vantor Inc"))
    }

    @Test func aStatesParliamentIsTheOneTheArticleNamesElseItsOwn() {
        let named = wireCopy("""
            Montenegro's parliament on Wednesday passed a motion of no confidence in Prime Minister Vuk Radonjic. \
            Forty-three deputies in the 81-seat Parliament of Montenegro backed the motion.
            """)
        #expect(named.entities.filter { $0.kind == .organization }.map(\.name) == ["Parliament of Montenegro"])
        let unnamed = wireRelations("""
            Ghana's parliament on Tuesday approved a finance bill, as police fired tear gas at protesters marching towards Parliament House.
            """)
        #expect(unnamed.contains("Ghana's parliament member_of Ghana"))
        #expect(!unnamed.contains("Parliament House member_of Ghana"))
        // The noun alone, first in its sentence, is that same body, not an everyday word.
        let alone = wireCopy("""
            Lebanon's parliament on Thursday passed the Bank Resolution Law. Parliament passed the Banking Secrecy Law in April.
            """)
        #expect(alone.entities.filter { $0.kind == .organization }.map(\.name) == ["Lebanon's parliament"])
        #expect(alone.relations.contains { $0.source == "Lebanon's parliament" && $0.type == .enacts && $0.target == "Banking Secrecy Law" })
        let unnamedAlone = wireRelations("Kenya's tax bill was opposed by the Law Society of Kenya. Parliament passed the Finance Act.")
        #expect(unnamedAlone.contains("Parliament enacts Finance Act"))
    }

    @Test func aStatesParliamentIsItsLegislatureByListOrBySeatsWhateverItsName() {
        let seated = wireCopy("""
            Kyrgyzstan's parliament voted on Thursday to dismiss the governor. Lawmakers in the 90-seat Jogorku Kenesh \
            voted 71 to 8. Parliament named an acting governor.
            """)
        #expect(seated.entities.filter { $0.kind == .organization }.map(\.name) == ["Jogorku Kenesh"])
        let listed = wireCopy("Israel's parliament voted to dissolve itself, and the Knesset will hold a final reading next week.")
        #expect(listed.entities.filter { $0.kind == .organization }.map(\.name) == ["Knesset"])
        // The bare noun after a preposition is that legislature, and never a body of its own.
        let bare = wireRelations("""
            Lawmakers in the 90-seat Jogorku Kenesh voted. Under the Law on the National Bank, amended by parliament \
            in 2021 to shield the bank, a governor may not be removed.
            """)
        #expect(bare.contains("Jogorku Kenesh enacts Law on the National Bank"))
        #expect(!bare.contains { $0.contains("applies_to Jogorku Kenesh") })
        #expect(!wireCopy("The law was amended by parliament in 2021.").entities.contains { $0.kind == .organization })
        // Its members, addressed, are the legislature too.
        let told = wireRelations("Lawmakers in the 90-seat Jogorku Kenesh voted on Monday. Ana Ruiz told lawmakers that rates would rise.")
        #expect(told.contains("Ana Ruiz meets Jogorku Kenesh"))
        // A body counted in members is not thereby a legislature.
        let members = wireCopy("Kyrgyzstan's parliament met. The 15-member Harbour Board voted against the plan.")
        #expect(Set(members.entities.filter { $0.kind == .organization }.map(\.name)) == ["Kyrgyzstan's parliament", "Harbour Board"])
    }

    @Test func aBodysNounIsTheOneBodyItHeadsOrWhoseNameSaysItsKind() {
        let found = wireRelations("""
            Kuwait Airways plans to outsource ground handling. The Kuwait Airways Workers' Union voted for the strike. The Kuwait Trade Union Federation backed it. \
            Labour Minister Omar al-Ajmi met the union's leaders. The airline, which is chaired by Abdullah al-Rashed, said it would not yield.
            """)
        #expect(found.contains("Abdullah al-Rashed leads Kuwait Airways"))
        #expect(!found.contains { $0.hasPrefix("Abdullah al-Rashed") && $0.hasSuffix("Union") })
        #expect(found.contains("Omar al-Ajmi meets Kuwait Airways Workers' Union"))
        // "the bloc" is the one union, community or association of states named.
        let bloc = wireRelations("The European Union has 27 members. Veltrion will get aid under the Chips Act, which the bloc adopted in 2023.")
        #expect(bloc.contains("European Union enacts Chips Act"))
        let broadcaster = wireRelations("""
            Bulgarian National Television aired the debate. Ivan Petrov, the broadcaster's director general, said it was fair.
            """)
        #expect(broadcaster.contains("Ivan Petrov leads Bulgarian National Television"))
        // "the board" and "the university" are the one board and the one university named.
        let board = wireRelations("""
            Kenya's Pharmacy and Poisons Board recalled a syrup made by Kavira Lifesciences. The board also suspended \
            Kavira Lifesciences' registration. Rosa Quispe heads Urubamba National University. The university's rector, \
            Ana Ruiz, resigned.
            """)
        #expect(board.contains("Pharmacy and Poisons Board targets Kavira Lifesciences"))
        #expect(board.contains("Ana Ruiz leads Urubamba National University"))
    }

    @Test func aPersonsPossessiveOpensNoBodysName() {
        let found = names("""
            Energy Minister Kari Haugland granted the licences. According to NRK, Haugland's Ministry of Energy rejected \
            a third application.
            """)
        #expect(found.contains("Ministry of Energy"))
        #expect(!found.contains("Haugland's Ministry of Energy"))
        #expect(names("The Norwegian Fishermen's Association objected.").contains("Norwegian Fishermen's Association"))
    }

    @Test func theActAloneIsTheArticlesActAndAMinistersFieldIsNoBody() {
        let extraction = wireCopy("""
            The licences were granted under the Seabed Minerals Act. The Norwegian Offshore Directorate will supervise \
            the work under the Act. Kuwait's Minister of Communications, Omar al-Ajmi, met the union.
            """)
        #expect(extraction.entities.filter { $0.kind == .policy }.map(\.name) == ["Seabed Minerals Act"])
        #expect(!extraction.entities.contains { $0.name.contains("Communications") })
        // A ministry named by its field before its head is the one named with "of".
        let ministries = names("""
            The Ministry of Public Health signed the rule. It will be enforced by a department of the Public Health Ministry.
            """)
        #expect(ministries.contains("Ministry of Public Health"))
        #expect(!ministries.contains("Public Health Ministry"))
    }
}

extension ShortReferenceTests {
    @Test func aPronounAfterASpeakerInItsSentenceIsTheSpeaker() {
        let found = wireRelations("""
            Tigran Avetisyan and Mehmet Ali Yalcin arrived on Monday. "Today a door is open," Avetisyan told reporters \
            at the checkpoint, where he met Yalcin.
            """)
        #expect(found.contains("Tigran Avetisyan meets Mehmet Ali Yalcin"))
    }
}

extension ShortReferenceTests {
    @Test func theNavyIsTheOneNavyNamedAndItsSpokesmanAMember() {
        let found = wireRelations("""
            The Sri Lanka Navy seized 14 trawlers overnight. The boats were intercepted inside Sri Lankan waters, navy \
            spokesman Commander Nilantha Perera said.
            """)
        #expect(found.contains("Nilantha Perera member_of Sri Lanka Navy"))
        #expect(!found.contains("Nilantha Perera leads Sri Lanka Navy"))
    }
}

extension ShortReferenceTests {
    @Test func theServiceAndTheAssociationAreTheOneBodyNamedWithThatNoun() {
        let found = wireRelations("""
            The containers had been shipped from Lagos by way of the Nigeria Customs Service. "We will cooperate fully," \
            said Ibrahim Danjuma, a spokesman for the service.
            """)
        #expect(found.contains("Ibrahim Danjuma member_of Nigeria Customs Service"))
    }
}

extension ShortReferenceTests {
    @Test func theMuseumIsTheOneMuseumNamed() {
        let found = wireRelations("""
            The Weser Museum of World Cultures in Bremen handed back a throne on Tuesday. Annegret Vollmer, the \
            director of the museum, signed the documents.
            """)
        #expect(found.contains("Annegret Vollmer leads Weser Museum of World Cultures"))
    }
}
