import Extraction
import NewsGraphCore
import Testing

/// Which titles lead what they are titles of: a deputy's, or the head of a
/// department's, do not. Sentences written for the tests.
@Suite struct TitleTests {
    @Test func aDeputyBeforeAHeadOfStatesTitleIsAMember() {
        let found = wireRelations("The plan was backed by Kenya's Deputy President Amos Kiprop on Monday.")
        #expect(found.contains("Amos Kiprop member_of Kenya"))
        #expect(!found.contains("Amos Kiprop leads Kenya"))
        #expect(wireRelations("Kenya's President Amos Kiprop backed the plan on Monday.").contains("Amos Kiprop leads Kenya"))
    }

    @Test func aTitlesHolderEndsAtOfAndAPluralTitleIsEachHoldersOwn() {
        let single = wireCopy("Prime Minister Arben Dervishi of Albania signed the accord.")
        #expect(single.entities.contains { $0.name == "Arben Dervishi" })
        #expect(wireRelations("Prime Minister Arben Dervishi of Albania signed the accord.").contains("Arben Dervishi leads Albania"))
        let found = wireRelations("""
            The accord was signed by Prime Ministers Arben Dervishi of Albania and Nikola Trajkovski of North Macedonia.
            """)
        #expect(found.contains("Arben Dervishi leads Albania"))
        #expect(found.contains("Nikola Trajkovski leads North Macedonia"))
        let ministers = wireRelations("The pact was signed by Foreign Ministers Ana Lopes of Portugal and Jan Berg of Norway.")
        #expect(ministers.contains("Ana Lopes member_of Portugal"))
        #expect(ministers.contains("Jan Berg member_of Norway"))
        #expect(!ministers.contains("Jan Berg leads Norway"))
    }

    @Test func aMinistersFieldNamesTheOneMinistryThatHoldsIt() {
        let found = wireRelations("""
            Health Minister Saima Qureshi defended the caps. The Ministry of National Health Services issued the order. \
            Angolan Energy and Water Minister Domingos Cassoma said nothing. The Ministry of Lands and Water Affairs agreed.
            """)
        #expect(found.contains("Saima Qureshi leads Ministry of National Health Services"))
        #expect(!found.contains("Domingos Cassoma leads Ministry of Lands and Water Affairs"))
    }

    @Test func anExecutiveChairmanAndASpeakerLeadTheirBodies() {
        let found = wireRelations("""
            Redgum Resources lost the case. Its executive chairman, Warren Hale, called the decision ideological. \
            Parliament met on Tuesday. Speaker Elias Nassar had delayed the session twice.
            """)
        #expect(found.contains("Warren Hale leads Redgum Resources"))
        #expect(found.contains("Elias Nassar leads Parliament"))
        // Who tells the legislature something addresses it.
        let told = wireRelations("""
            The Punjab Legislative Assembly passed the bill. "Water is life," Chief Minister Harjit Singh Dhillon told the assembly.
            """)
        #expect(told.contains("Harjit Singh Dhillon meets Punjab Legislative Assembly"))
        // A mayor presides over the city's council, not over a state's.
        let mayor = wireRelations("Hobart City Council passed the by-law. Lord Mayor Caroline Mercer said homes were scarce.")
        #expect(mayor.contains("Caroline Mercer leads Hobart City Council"))
        let security = wireRelations("The National Security Council met. Mayor Caroline Mercer said homes were scarce.")
        #expect(!security.contains("Caroline Mercer leads National Security Council"))
        // "Its" after a sentence that names only a state: no state has a chairman.
        let state = wireRelations("Australia rejected the mine. Its chairman, Warren Hale, said the company would appeal.")
        #expect(!state.contains("Warren Hale member_of Australia"))
    }

    @Test func aCounterpartsCountryIsNotTheTitleHolders() {
        let found = wireRelations("""
            Vanuatu's parliament ratified the pact with Australia. Australia will pay for roads. Australia will train \
            police. The treaty was signed by Prime Minister Johnson Malapa and his Australian counterpart in December.
            """)
        #expect(found.contains("Johnson Malapa leads Vanuatu"))
        #expect(!found.contains("Johnson Malapa leads Australia"))
    }

    @Test func aChiefTitledAfterAQuotationHeadsTheBodyThatSpoke() {
        let opener = wireRelations("""
            KLM, the Dutch national carrier, said the ruling threatened dozens of connections. "A cut of this size means \
            fewer destinations," chief executive Annelies Kuipers said.
            """)
        #expect(opener.contains("Annelies Kuipers leads KLM"))
        // A body the quotation names is what the chief talks about, not the chief's own.
        let quoted = wireRelations("""
            Harwood Pharmaceuticals said the tablets had been made under contract. "We are working closely with the \
            Therapeutic Goods Administration," Chief Executive Fiona McAllister said in a statement.
            """)
        #expect(quoted.contains("Fiona McAllister leads Harwood Pharmaceuticals"))
        #expect(!quoted.contains("Fiona McAllister leads Therapeutic Goods Administration"))
    }

    @Test func aDeputysTitleIsAMembersEvenWhenItsHeadIsALeaders() {
        let found = wireRelations("""
            The opposition party Chadema rejected the rules. "You cannot do that," said Rehema Kigoda, Chadema's deputy \
            secretary general.
            """)
        #expect(found.contains("Rehema Kigoda member_of Chadema"))
        #expect(!found.contains("Rehema Kigoda leads Chadema"))
    }

    @Test func anAdviserServesTheStateAndANegotiatorTheBody() {
        let found = wireRelations("""
            The Amhara National Resistance Front (ANRF) agreed. The deal was signed by Mesfin Alemu, Ethiopia's national \
            security adviser, and by Asres Molla, the ANRF's chief negotiator.
            """)
        #expect(found.contains("Mesfin Alemu member_of Ethiopia"))
        #expect(found.contains("Asres Molla member_of Amhara National Resistance Front"))
        // A state's agent or lawyer before a court speaks for it.
        #expect(wireRelations("Ricardo Mejía, Honduras's agent before the court, told the judges.").contains("Ricardo Mejía member_of Honduras"))
    }

    @Test func aBodysNounOpeningTheSentenceBeforeATitleIsTheBody() {
        let found = wireRelations("""
            The Ghana Police Service deployed officers. Police spokeswoman Grace Ansah-Kwarteng said officers had acted.
            """)
        #expect(found.contains("Grace Ansah-Kwarteng member_of Ghana Police Service"))
        // A capitalized connector after a title makes no person: "Justice For Myanmar" is a body's name.
        #expect(!wireCopy("Justice For Myanmar published the list.").entities.contains { $0.kind == .person })
    }

    @Test func whoseDepartmentIsTheOneTheArticleNames() {
        let found = wireRelations("""
            The Department of Sport, Arts and Culture will run the race. Minister Thandiwe Mokoena, whose department \
            will manage the contract, said it would pay for itself.
            """)
        #expect(found.contains("Thandiwe Mokoena leads Department of Sport, Arts and Culture"))
    }

    @Test func aDescriptionsLongestTitleCounts() {
        let found = wireRelations("\"We will appeal,\" said Dana Whitfield, Vantor Inc's vice president for public policy.")
        #expect(found.contains("Dana Whitfield member_of Vantor Inc"))
        #expect(!found.contains("Dana Whitfield leads Vantor Inc"))
    }

    @Test func theHeadOfAFieldAtABodyIsItsMember() {
        let found = wireRelations("\"Prices will rise,\" said Tamsin Greaves, head of oil research at Harwood Capital.")
        #expect(found.contains("Tamsin Greaves member_of Harwood Capital"))
        #expect(wireRelations("\"Prices will rise,\" said Tamsin Greaves, head of Harwood Capital.").contains("Tamsin Greaves leads Harwood Capital"))
        // "chief" opens a member's title too.
        let economist = wireRelations("\"Prices will rise,\" said Tamsin Greaves, chief economist at Leeds-based brokerage Harwood Capital.")
        #expect(economist.contains("Tamsin Greaves member_of Harwood Capital"))
        #expect(!economist.contains("Tamsin Greaves leads Harwood Capital"))
    }

    @Test func anExecutiveSecretaryLeadsTheBody() {
        #expect(wireRelations("IGAD Executive Secretary Abdi Warsame Hersi said the bloc would send monitors.")
            .contains("Abdi Warsame Hersi leads IGAD"))
    }

    @Test func itsTitleAfterACountrysBodyIsTheBodys() {
        let found = wireRelations("""
            Tajikistan's Foreign Ministry accused Kyrgyzstan of a provocation. \
            Its spokeswoman, Nigina Rahimova, said the ministry had proposed talks.
            """)
        #expect(found.contains("Nigina Rahimova member_of Tajik Foreign Ministry"))
        #expect(!found.contains("Nigina Rahimova member_of Tajikistan"))
    }

    @Test func itsTitleThatNoStateHasIsTheOrganizations() {
        let found = wireRelations("""
            Two of the trawlers held by Guinea-Bissau belong to Soprapeche Atlantique, a Dakar-based fishing company. \
            Its chief executive, Ousmane Fall, accused Guinea-Bissau of keeping his sailors aboard.
            """)
        #expect(found.contains("Ousmane Fall leads Soprapeche Atlantique"))
        #expect(!found.contains("Ousmane Fall member_of Guinea-Bissau"))
        // A holder described before the name; an owner is no state's, nor a state office's.
        let owner = wireRelations("""
            Britain sanctioned Meridian Crest Shipping on Monday. Its owner, Russian businessman Gennady Orlikov, \
            was placed under an asset freeze. The Harford club was sold. Its American owner, Dale Ruskin, sold it.
            """)
        #expect(owner.contains("Gennady Orlikov leads Meridian Crest Shipping"))
        #expect(!owner.contains("Dale Ruskin member_of United States"))
        let whose = wireRelations("The deal ends uncertainty at Harford Holdings, whose American owner, Dale Ruskin, sold it.")
        #expect(whose.contains("Dale Ruskin leads Harford Holdings"))
        #expect(!whose.contains("Dale Ruskin member_of United States"))
        #expect(!wireRelations("Acme Corp sold the plant. Its chairman, who met Pedro Sanchez on Monday, declined to comment.")
            .contains { $0.hasPrefix("Pedro Sanchez") })
        // A state's office stays the state's.
        let minister = wireRelations("""
            Laos rejected the demands of Thailand Power Company. Its energy minister, Khamphanh Vongsay, said the dam was safe.
            """)
        #expect(minister.contains("Khamphanh Vongsay member_of Laos"))
    }

    @Test func aDirectorOfAFieldOrAPlaceIsTheBodysMember() {
        let found = wireRelations("""
            "Fans deserve better," said Felix Warrender, Amnesty International's UK campaigns director. Amnesty \
            International's executive director, Agnes Callamard, agreed.
            """)
        #expect(found.contains("Felix Warrender member_of Amnesty International"))
        #expect(!found.contains("Felix Warrender leads Amnesty International"))
        #expect(found.contains("Agnes Callamard leads Amnesty International"))
    }

    @Test func aPermanentSecretaryLeadsTheBody() {
        let found = wireRelations("""
            The Sub-Regional Fisheries Commission urged calm. Its permanent secretary, Mariama Toure, met both ministers.
            """)
        #expect(found.contains("Mariama Toure leads Sub-Regional Fisheries Commission"))
    }

    @Test func aMinisterInAGovernmentIsItsMember() {
        let found = wireRelations("Daniel Fitzroy, the housing minister in the Tasmanian Government, backed the council.")
        #expect(found.contains("Daniel Fitzroy member_of Tasmanian Government"))
        #expect(!found.contains("Daniel Fitzroy leads Tasmanian Government"))
    }

    @Test func aTitlesHolderNamedAfterItIsTheMember() {
        let found = wireRelations("""
            The European Union Election Observation Mission, led by Swedish member of the European Parliament \
            Karin Lindqvist, said voting was peaceful.
            """)
        #expect(found.contains("Karin Lindqvist member_of European Parliament"))
        #expect(!found.contains("European Union Election Observation Mission member_of European Parliament"))
    }

    @Test func aCountrysMinisterOfAFieldNamedRightAfterItIsTheCountrys() {
        let found = wireRelations("Mexico's Minister of Finance Rogelio Ramirez signed the accord.")
        #expect(found.contains("Rogelio Ramirez member_of Mexico"))
    }

    @Test func itsTitleAfterAFieldOfTwoWordsIsTheBodysMember() {
        let found = wireRelations("""
            The Labour Party has promised to reverse the cuts. Its tertiary education spokesperson, Marcus Pehi, \
            addressed the protesters. Its two senior deputy leaders, Dana Roe and Ari Tane, resigned.
            """)
        #expect(found.contains("Marcus Pehi member_of Labour Party"))
        // Words that are no field ("senior") stand before no part of the body.
        #expect(!found.contains { $0.hasPrefix("Dana Roe") })
    }

    @Test func aCountrysTitleAfterTwoFieldsJoinedByAndIsTheCountrys() {
        #expect(wireRelations("Morocco's health and social protection minister, Karim Bennani, called the strike unacceptable.")
            .contains("Karim Bennani member_of Morocco"))
        #expect(wireRelations("Peru's Transport and Communications Minister Jorge Salinas was more positive.")
            .contains("Jorge Salinas member_of Peru"))
        // After a demonym, two fields joined by "and" name the ministry the minister heads, and the state.
        let fields = wireRelations("""
            The Ministry of Energy and Mines signed the deal. Lao Energy and Mines Minister Bounmy Sisavath praised it. \
            Trump and Defense Secretary Pete Hegseth met on Friday.
            """)
        #expect(fields.contains("Bounmy Sisavath member_of Laos"))
        #expect(fields.contains("Bounmy Sisavath leads Ministry of Energy and Mines"))
        #expect(!fields.contains { $0.contains("Trump and") })
        // A quotation's end parts the state it names from the title after it.
        let quoted = wireRelations("""
            "This is a good day for the Czech economy," Industry and Trade Minister Pavel Novak told reporters.
            """)
        #expect(!quoted.contains("Pavel Novak member_of Czech Republic"))
        // A clause is no field.
        let clause = wireRelations("""
            The opposition Republican Party, whose deputies have accused Chile's president, Andres Valdivieso, of pressure, objected.
            """)
        #expect(!clause.contains("Andres Valdivieso member_of Republican Party"))
    }

    @Test func aBodysNationalTitleLeadsIt() {
        #expect(wireRelations("CUPW national president Marc Gagnon said the talks had failed.").contains("Marc Gagnon leads CUPW"))
    }

    @Test func aTitleForAnOwnedBodyInAppositionMakesItsHolderAMember() {
        #expect(wireRelations("""
            A spokesperson for India's Ministry of External Affairs, Arvind Mehra, declined to comment.
            """).contains("Arvind Mehra member_of Ministry of External Affairs"))
    }

    @Test func aPersonsPartyIsOneTheyBelongTo() {
        #expect(wireRelations("Senators from President Julian Ferreyra's La Libertad Avanza party voted yes.")
            .contains("Julian Ferreyra member_of La Libertad Avanza"))
        #expect(wireRelations("Donald Trump's Republican Party won the vote.").contains("Donald Trump member_of Republican Party"))
        // A person's company is no party of theirs.
        #expect(!wireRelations("Elena Ruiz's Andes Cobre venture stalled.").contains { $0.contains("member_of") })
    }

    @Test func staffOfADemonymsBodyServeTheState() {
        #expect(wireRelations("Chinese foreign ministry spokesperson Zhao Ning said the pact was invalid.")
            .contains("Zhao Ning member_of China"))
    }
}

extension TitleTests {
    @Test func aProvincesMinisterIsNoMemberOfTheStorysState() {
        let found = wireRelations("""
            Sri Lanka seized 14 boats. Sri Lanka said the crews would be charged. In Tamil Nadu, state Fisheries \
            Minister Durai Kannan demanded that Sri Lanka return the boats. Fisheries Minister Sivakumar Yogarajah \
            said Sri Lanka would not back down.
            """)
        #expect(!found.contains("Durai Kannan member_of Sri Lanka"))
        #expect(found.contains("Sivakumar Yogarajah member_of Sri Lanka"))
    }
}

extension TitleTests {
    @Test func aSecretaryHeadsTheDepartmentAndAMinisterTheMinistryOfOneField() {
        let found = wireRelations("""
            The Philippines suspended poultry imports from Brazil, the Department of Agriculture said on Tuesday. \
            Agriculture Secretary Ramon Villaraza signed the order on Monday. Brazil's Ministry of Agriculture and \
            Livestock said the ban went too far. "This is a disproportionate measure," Agriculture Minister Carlos \
            Henrique Prado said.
            """)
        #expect(found.contains("Ramon Villaraza leads Department of Agriculture"))
        #expect(!found.contains("Ramon Villaraza leads Ministry of Agriculture and Livestock"))
        #expect(found.contains("Carlos Henrique Prado leads Ministry of Agriculture and Livestock"))
    }
}

extension TitleTests {
    @Test func aNameWhoseCommaOpensATitleIsAPersonNotAPlace() {
        let extraction = wireCopy("""
            Kanitha Rojanasak, Southeast Asia director at the monitoring group TRAFFIC, praised the seizure.
            """)
        #expect(extraction.entities.first { $0.name == "Kanitha Rojanasak" }?.kind == .person)
        #expect(!extraction.relations.contains { $0.source == "Kanitha Rojanasak" && $0.type == .locatedIn })
    }
}

extension TitleTests {
    @Test func aStatesMinisterOfAFieldHeadsTheMinistryOfThatField() {
        let found = wireRelations("""
            The documents were signed with Cameroon's Minister of Arts and Culture, Pascaline Ebongue. In a letter to \
            the Ministry of Arts and Culture, the chief asked for the throne.
            """)
        #expect(found.contains("Pascaline Ebongue leads Ministry of Arts and Culture"))
        #expect(found.contains("Pascaline Ebongue member_of Cameroon"))
    }
}

extension TitleTests {
    @Test func itsCaptainAfterACourtIsNoOfficerOfTheCourt() {
        let found = wireRelations("""
            The government filed the claim in the Supreme Court on Monday against the company, which owns the tanker. \
            Police arrested its captain, Arvid Lindqvist, on Saturday.
            """)
        #expect(!found.contains("Arvid Lindqvist member_of Supreme Court"))
    }
}
