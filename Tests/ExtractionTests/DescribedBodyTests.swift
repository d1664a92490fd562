import Extraction
import NewsGraphCore
import Testing

/// A name the tagger would take for a person or a place, read through the
/// description set off after it, and a body described as another's part.
@Suite struct DescribedBodyTests {
    @Test func aNameDescribedAsASubsidiaryIsABodyAndAMemberOfItsParent() {
        let text = "Minera Quellaveco, a subsidiary of Brennmark Holdings, said it would appeal."
        #expect(wireCopy(text).entities.contains { $0.name == "Minera Quellaveco" && $0.kind == .organization })
        #expect(wireRelations(text).contains("Minera Quellaveco member_of Brennmark Holdings"))
    }

    @Test func aUnitOfABodyDescribedByWhereItIsBasedBelongsToTheBodyNotThePlace() {
        let found = wireRelations("Quetzal Airways, a unit of Panama-based investment group Grupo Cordillera, has lost money.")
        #expect(found.contains("Quetzal Airways member_of Grupo Cordillera"))
        #expect(!found.contains("Quetzal Airways member_of Panama"))
    }

    @Test func aBodyApposedToAnothersOrganOrExecutiveIsItsPart() {
        #expect(wireRelations("Judgments of the Maritime Court, the principal judicial organ of the Ocean Union, are final.")
            .contains("Maritime Court member_of Ocean Union"))
        #expect(wireRelations("The European Commission, the EU's executive, welcomed the vote.")
            .contains("European Commission member_of European Union"))
    }

    @Test func aPanelWithinABodyIsItsMember() {
        let found = wireRelations("The ruling followed advice from the Scientific Review Committee, an expert panel within the Medicines Agency.")
        #expect(found.contains("Scientific Review Committee member_of Medicines Agency"))
    }

    @Test func aMakerOfAProductIsNoPartOfIt() {
        let found = wireRelations("Regulators fined Orbital Software, the California-based maker of the Nimbus phone, on Monday.")
        #expect(!found.contains { $0.hasPrefix("Orbital Software member_of") })
    }

    @Test func aNounRightBeforeANameDescribesItAndActsOnNothing() {
        // "fund" reads as a verb of support; before a name, after "investment", it says what the name is.
        let found = wireRelations("Hollis sold the club to U.S. investment fund Bramblecrest Capital for 120 million pounds.")
        #expect(!found.contains { $0.contains("supports Bramblecrest Capital") })
    }

    @Test func whoWorksAtACompanyDescribedByItsCountryBelongsToTheCompany() {
        let found = wireRelations("Owen Gallagher previously worked at the German software company Altmark Systems.")
        #expect(found.contains("Owen Gallagher member_of Altmark Systems"))
        #expect(!found.contains("Owen Gallagher member_of Germany"))
    }

    @Test func aBodyDescribedAsOneOfItsCountrysGroupsIsInThatCountry() {
        let found = wireRelations("""
            The Wildlife and Nature Protection Society (WNPS), one of Sri Lanka's oldest conservation groups, petitioned the court.
            """)
        #expect(found.contains("Wildlife and Nature Protection Society located_in Sri Lanka"))
    }

    @Test func aClauseAfterANameAndAStateIsNoDescription() {
        let found = wireRelations("According to the Daily Nation, Kenya will pay nothing for the launch upgrades.")
        #expect(!found.contains("Daily Nation located_in Kenya"))
    }

    @Test func aStartUpOrASupplierDescribedAfterANameMakesItABody() {
        let found = wireCopy("""
            Bayanihan Mobile, a start-up backed by Harbour Pacific Holdings, came away empty-handed. Talamh Rua, a supplier \
            of the plant, said it would appeal.
            """).entities
        #expect(found.first { $0.name == "Bayanihan Mobile" }?.kind == .organization)
        #expect(found.first { $0.name == "Talamh Rua" }?.kind == .organization)
    }

    @Test func theAgentOfAPassiveIsTheBodyItsCountryDescribes() {
        let found = wireRelations("Acme Robotics is backed by U.S. venture capital firm Halcyon Ridge Capital.")
        #expect(found.contains("Halcyon Ridge Capital supports Acme Robotics"))
        #expect(!found.contains { $0.hasPrefix("United States supports") })
    }

    @Test func aNameTheTaggerTookForAPlaceIsABodyWhenItSpeaks() {
        let extraction = wireCopy("Trilha Mobilidade, which operates in 200 cities, said it would appeal.")
        #expect(extraction.entities.contains { $0.name == "Trilha Mobilidade" && $0.kind == .organization })
    }

    @Test func aBodyAStateOwnsBelongsToIt() {
        #expect(wireRelations("Lanxang Hydro Power Co., a company majority-owned by the Lao government, will sell power to Thailand.")
            .contains("Lanxang Hydro Power Co member_of Laos"))
        // Owned by a country's people is not owned by the state.
        #expect(!wireRelations("Lanxang Hydro Power Co., a company owned by Lao investors, will sell power.")
            .contains { $0.contains("member_of Laos") })
    }

    @Test func aBodyAnotherOwnsOrBoughtIsItsMember() {
        #expect(wireRelations("Kestrel Holdings already owns Portuguese top-flight club CD Alvorada.")
            .contains("CD Alvorada member_of Kestrel Holdings"))
        #expect(wireRelations("Kingsbridge Athletic, which was bought in 2022 by the New York-based investment group Halcyon Sports Capital, finished fifth.")
            .contains("Kingsbridge Athletic member_of Halcyon Sports Capital"))
        // A stake is no ownership.
        #expect(!wireRelations("Halcyon Sports Capital bought a minority stake in Kingsbridge Athletic.").contains { $0.contains("member_of") })
    }

    @Test func aNameThatOpensASentenceIsTheBodyItsAppositionCallsIt() {
        let extraction = wireCopy("""
            Zorvath Nuclear Watch, a Stockholm-based campaign group, said it would appeal. "This is political," said the \
            group's spokesman, Johan Berg.
            """)
        #expect(extraction.entities.contains { $0.name == "Zorvath Nuclear Watch" && $0.kind == .organization })
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Johan Berg member_of Zorvath Nuclear Watch"))
        // A person's apposition names no body.
        #expect(wireCopy("Zorvath Kellin, the union leader, said it would appeal.").entities
            .contains { $0.name == "Zorvath Kellin" && $0.kind == .person })
    }

    @Test func anOwnersWordDescribesNoName() {
        let extraction = wireCopy("Acme Mining was charged. Paula Llorente, the company's former head of compliance, declined to comment.")
        #expect(extraction.entities.contains { $0.name == "Paula Llorente" && $0.kind == .person })
    }

    @Test func anAuthorityThatBlocksADealTargetsEachCompanyInIt() {
        let merger = wireRelations("The Competition Board on Wednesday blocked the proposed merger of Vantor Telecom and Ridgeway Mobile.")
        #expect(merger.contains("Competition Board targets Vantor Telecom"))
        #expect(merger.contains("Competition Board targets Ridgeway Mobile"))
        let takeover = wireRelations("""
            Kenya's Competition Tribunal blocked Sunmark Retail Group's proposed 14.2 billion shilling ($110 million) \
            takeover of rival supermarket chain Khaya Foods.
            """)
        #expect(takeover.contains("Competition Tribunal targets Sunmark Retail Group"))
        #expect(takeover.contains("Competition Tribunal targets Khaya Foods"))
        // A demonym before an unnamed authority is no actor.
        #expect(!wireRelations("Kenyan tribunal blocks Sunmark's takeover of Khaya Fresh").contains { $0.hasPrefix("Kenya targets") })
    }

    @Test func aJointVentureIsAPartOfEachParent() {
        let between = wireRelations("The ministry issued the permit to Solvane Fuels, a joint venture between state oil company ANCAP and Norsol Energy.")
        #expect(between.contains("Solvane Fuels member_of ANCAP"))
        #expect(between.contains("Solvane Fuels member_of Norsol Energy"))
        let of = wireRelations("Brightwater Holdings is a joint venture of Danish utility Vestkyst Power and New York-based investment firm Harborline Capital.")
        #expect(of.contains("Brightwater Holdings member_of Vestkyst Power"))
        #expect(of.contains("Brightwater Holdings member_of Harborline Capital"))
        #expect(!of.contains { $0.hasPrefix("Vestkyst Power member_of") })
        // A venture owned by its parents; a possessive state is the first parent's, no owner of the venture.
        let owned = wireRelations("""
            Guinea revoked the licence of Koba Bauxite SA, a joint venture owned by China's Hengda Aluminium and Dubai-based Sahel Metals.
            """)
        #expect(owned.contains("Koba Bauxite SA member_of Hengda Aluminium"))
        #expect(owned.contains("Koba Bauxite SA member_of Sahel Metals"))
        #expect(owned.contains("Hengda Aluminium located_in China"))
        #expect(!owned.contains("Koba Bauxite SA member_of China"))
    }

    @Test func aBodyModifyingANounAfterAStatesPossessiveIsNotTheStates() {
        let found = wireRelations("""
            Iraq, the second-largest producer in OPEC, is under pressure to stay within its output quota. Jubouri said the \
            Kurdish barrels would be counted within Iraq's existing OPEC target and that federal fields would adjust.
            """)
        #expect(!found.contains { $0.contains("member_of Iraq") })
        #expect(wireRelations("Iraq's Federal Supreme Court ruled that the law was unconstitutional.")
            .contains("Iraqi Federal Supreme Court member_of Iraq"))
    }
}

extension DescribedBodyTests {
    @Test func aBodyMostlyOwnedByAnotherIsItsMemberAndAMinorityShareIsNoOwnership() {
        let found = wireRelations("Kasombo Mining, which is 70% owned by China's Hubei Tianrui Resources, said it would appeal.")
        #expect(found.contains("Kasombo Mining member_of Hubei Tianrui Resources"))
        #expect(!found.contains("Hubei Tianrui Resources member_of Kasombo Mining"))
        #expect(!wireRelations("Kasombo Mining, which is 30% owned by China's Hubei Tianrui Resources, said it would appeal.")
            .contains { $0.contains(" member_of Hubei") || $0.hasPrefix("Hubei Tianrui Resources member_of") })
    }

    @Test func aStateBodyNamingNoStateIsTheStorysStates() {
        let found = wireRelations("""
            Papua New Guinea awarded the concession on Thursday. The tender was run by the state-owned Kimbe Ports \
            Corporation. Papua New Guinea will also hand the site to state oil company Okapi Petroleum. The Lao \
            state-owned utility Mekong Power agreed.
            """)
        #expect(found.contains("Kimbe Ports Corporation member_of Papua New Guinea"))
        #expect(found.contains("Okapi Petroleum member_of Papua New Guinea"))
        // A state the text names makes it that state's alone.
        #expect(!found.contains("Mekong Power member_of Papua New Guinea"))
    }

    @Test func whoChairsABodyNamedBeforeWhichLeadsIt() {
        let found = wireRelations("""
            Prices are set by the National Commission on Medicine Prices. The commission, which Andrea Lozano chairs, \
            met on Monday. The Kestrel Group, which Ana Reis heads, agreed.
            """)
        #expect(found.contains("Andrea Lozano leads National Commission on Medicine Prices"))
        #expect(found.contains("Ana Reis leads Kestrel Group"))
    }
}
