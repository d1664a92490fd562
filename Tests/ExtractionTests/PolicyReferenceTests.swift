import Extraction
import NewsGraphCore
import Testing

/// What "the concession", "the law" and "the constitution" refer to once an
/// article has named a policy, and what its name shortened does.
@Suite struct PolicyReferenceTests {
    @Test func aNameBeforeAConcessionNamesAPolicyThatTheConcessionRefersTo() {
        let found = wireRelations("""
            Peru's energy ministry awarded the Rio Blanco Norte concession on Monday. \
            The Peasant Federation of Piura rejected the concession and called for a strike.
            """)
        #expect(found.contains("Peasant Federation of Piura opposes Rio Blanco Norte"))
    }

    @Test func aPolicysNameShortenedIsThePolicy() {
        let policies = wireCopy("""
            The EU Chips Act aims to double Europe's share of chip production. The aid must be cleared under the bloc's \
            Chips Act. Mozambique is negotiating under the G20's Common Framework for Debt Treatments. Creditors have \
            complained in other Common Framework cases.
            """).entities.filter { $0.kind == .policy }.map(\.name).sorted()
        #expect(policies == ["Common Framework for Debt Treatments", "EU Chips Act"])
    }

    @Test func aPolicysNameMayJoinTwoFieldsWithAnd() {
        let extraction = wireCopy("""
            Kenya and Ethiopia signed the Kenya-Ethiopia Trade and Transit Agreement on Tuesday. \
            The Senate passed the Water Quality and Safety Act on Friday.
            """)
        let policies = Set(extraction.entities.filter { $0.kind == .policy }.map(\.name))
        #expect(policies == ["Kenya-Ethiopia Trade and Transit Agreement", "Water Quality and Safety Act"])
    }

    @Test func anAgreementSignedIsTheNewOneTheArticleNamesNotAStandingTreaty() {
        let found = wireRelations("""
            Japan, Indonesia and the Philippines signed an agreement on Wednesday to expand the use of hydrogen. \
            The Pacific Clean Fuels Compact was signed on the second day of the summit. \
            Campaigners said it ignored the Paris Agreement.
            """)
        for country in ["Japan", "Indonesia", "Philippines"] {
            #expect(found.contains("\(country) enacts Pacific Clean Fuels Compact"))
            #expect(!found.contains("\(country) enacts Paris Agreement"))
        }
    }

    @Test func aYearAfterAPolicysHeadIsPartOfItsNameAndAGerundSharesItsSubject() {
        let found = wireRelations("""
            The opposition Progressive People's Alliance voted against the Finance Bill 2026. \
            Kenya joined the bloc after signing the Lamu Accord.
            """)
        #expect(found.contains("Progressive People's Alliance opposes Finance Bill 2026"))
        #expect(found.contains("Kenya enacts Lamu Accord"))
    }

    @Test func aPartnerToAnInstrumentIsNotWhatItAppliesTo() {
        let found = wireRelations("""
            Kairo Heavy Industries signed a memorandum of understanding with the Indonesian developer PT Energi Hijau Nusantara.
            """)
        #expect(!found.contains { $0.hasSuffix("applies_to Indonesia") || $0.hasSuffix("targets Indonesia") })
    }

    @Test func partiesOfACountryAreNotTheCountry() {
        let found = wireRelations("""
            Three Dutch parties signed a coalition agreement on Friday. The accord, titled "Building Together," runs to 64 pages.
            """)
        #expect(!found.contains("Netherlands enacts Building Together"))
        let breached = wireRelations("""
            The agency run by Italian intermediary Marco Stellini breached the FIFA Football Agent Regulations.
            """)
        #expect(!breached.contains { $0.hasPrefix("Italy ") })
    }

    @Test func aRelativeClauseAfterAPolicyHoldsNoOneItAppliesTo() {
        let found = wireRelations("""
            Samuel Kiprotich and Dawit Bekele met in Nairobi before announcing the Lakeshore Transit Agreement, \
            which Kiprotich called "historic."
            """)
        #expect(found.contains("Dawit Bekele enacts Lakeshore Transit Agreement"))
        #expect(!found.contains("Lakeshore Transit Agreement applies_to Samuel Kiprotich"))
        #expect(!found.contains("Dawit Bekele targets Samuel Kiprotich"))
    }

    @Test func aQuotedJudgementEndsWithTheQuotation() {
        // "party", "win" and "ease" would outweigh "betrayal" if the words after the quotation counted.
        let found = wireRelations("""
            The Liberal Union and the Farmers League signed the 40-page accord, titled "New Horizons," on Friday.

            Marta Pohl called the agreement "a betrayal of rural towns" and said her party would win the next election with ease.
            """)
        #expect(found.contains("Marta Pohl opposes New Horizons"))
    }

    @Test func anInstrumentSignedIsAPolicyUnlessTheArticleNamesOneOfItsKind() {
        let signed = wireCopy("President Lena Varga has signed a secret directive against the smuggling gangs.")
        #expect(signed.entities.contains { $0.name == "directive" && $0.kind == .policy })
        #expect(signed.relations.contains { $0.source == "Lena Varga" && $0.type == .enacts && $0.target == "directive" })

        // Named, it is that policy; mentioned without an enacting verb, it is nothing.
        let named = wireCopy("""
            The two parties signed a coalition agreement on Friday. The accord, titled "New Horizons," runs to 40 pages.
            """)
        #expect(named.entities.filter { $0.kind == .policy }.map(\.name) == ["New Horizons"])
        let unsigned = wireCopy("Critics said a directive would change little.")
        #expect(!unsigned.entities.contains { $0.kind == .policy })
    }

    @Test func aDeclarationCoversThePlaceItIsMadeForAndItsLengthIsNoName() {
        let extracted = wireCopy("President Luis Arce declared a 90-day state of emergency in Oruro on Friday.")
        #expect(extracted.entities.filter { $0.kind == .policy }.map(\.name) == ["state of emergency"])
        #expect(extracted.relations.contains { $0.source == "state of emergency" && $0.type == .appliesTo && $0.target == "Oruro" })
        let signed = wireCopy("Kenya and Ethiopia signed the Lamu Transit Agreement in Nairobi on Monday.")
        #expect(!signed.relations.contains { $0.type == .appliesTo && $0.target == "Nairobi" })
    }

    @Test func theTextIsTheArticlesOnePolicy() {
        let found = wireRelations("""
            The Senate approved the Coastal Protection Act on Tuesday. The text was drafted by Ana Lima, a senator.
            """)
        #expect(found.contains("Ana Lima enacts Coastal Protection Act"))
    }

    @Test func theConstitutionIsNotTheArticlesOnePolicy() {
        let policies = wireCopy("""
            The regional government approved the Cordillera Azul programme on Monday. \
            Activists said the region had never been consulted as the constitution requires.
            """).entities.filter { $0.kind == .policy }
        #expect(policies.map(\.name) == ["Cordillera Azul"])
        #expect(policies.allSatisfy { !$0.aliases.contains("constitution") })
    }
}

/// What "the decision" and "the cut" mean when no one was said to decide:
/// the act the article last enacted, else the act its first sentence reports.
@Suite struct ActReferenceTests {
    @Test func theDecisionJustEnactedIsThePolicy() {
        let found = wireRelations("""
            The Mining Ministry awarded the Rio Blanco Norte concession on Monday. \
            Energy Minister Ana Soto called the decision "a historic opportunity for responsible mining."
            """)
        #expect(found.contains("Ana Soto supports Rio Blanco Norte"))
    }

    @Test func theCutIsTheActOfTheFirstSentence() {
        let found = wireRelations("""
            The Reserve Bank of Malawi cut its main interest rate on Tuesday.

            Finance Minister Joseph Banda welcomed the cut.
            """)
        #expect(found.contains("Joseph Banda supports Reserve Bank of Malawi"))
    }

    @Test func whoActsUnderALawInvokesItButDecidesNothing() {
        let extracted = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            A federal judge ruled against Tessellate Inc. on Monday. \
            The U.S. Justice Department sued Tessellate under the Sherman Act in 2023. \
            The Writers Union of America welcomed the ruling.
            """), documentID: "t")
        let found = extracted.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Justice Department enacts Sherman Act"))
        #expect(found.contains("Sherman Act applies_to Tessellate Inc"))
        // The ruling is the judge's, not the law the department invoked.
        #expect(extracted.entities.contains { $0.name == "Writers Union of America" })
        #expect(!found.contains("Writers Union of America supports Sherman Act"))
    }

    @Test func aClauseSetOffAfterAPolicysNameIsAboutThatPolicy() {
        let found = wireRelations("""
            Mendoza said it would raise the issue under the Mining Integration and Complementation Treaty, which \
            Argentina and Chile signed in 1997.
            """)
        #expect(found.contains("Argentina enacts Mining Integration and Complementation Treaty"))
        #expect(found.contains("Chile enacts Mining Integration and Complementation Treaty"))
        // After "of" and a body's name, the clause is about the policy the "of" hangs from.
        #expect(wireRelations("""
            The draft violates Convention 169 of the International Labour Organization, which Bolivia ratified in 1991.
            """).contains("Bolivia enacts Convention 169"))
    }

    @Test func aMinisterActingUnderALawInvokesIt() {
        let found = wireRelations("""
            Australian Environment Minister Helen Marsh refused the application under the Environment Protection Act on Thursday.
            """)
        #expect(found.contains("Helen Marsh enacts Environment Protection Act"))
        #expect(!found.contains("Environment Protection Act applies_to Helen Marsh"))
        // Someone with no tie to a state is covered by the law they act under.
        #expect(wireRelations("Helen Marsh sold the land under the Environment Protection Act on Thursday.")
            .contains("Environment Protection Act applies_to Helen Marsh"))
        // A minister's title, with no country, still says whose office acts.
        let referral = wireRelations("""
            Labour Minister Danielle Tremblay said she had used her powers under Section 107 of the Canada Labour Code.
            """)
        #expect(referral.contains("Danielle Tremblay enacts Section 107 of the Canada Labour Code"))
        #expect(!referral.contains("Section 107 of the Canada Labour Code applies_to Danielle Tremblay"))
    }

    @Test func aBodyNamedInLowerCaseIsTheBodyWhoseNameHoldsItsWords() {
        // The lede names the bank before its name is given, after a dateline the parse leaves out.
        let found = wireRelations("""
            SANTIAGO — Chile's central bank cut its benchmark rate on Tuesday.

            The decision by the Central Bank of Chile's board was not unanimous. Two board members, Ana Ruiz and \
            Eva Toll, voted for the cut.

            Finance Minister Rodrigo Sepúlveda welcomed the cut. The opposition Republican Party criticised the central bank.
            """)
        #expect(found.contains("Rodrigo Sepúlveda supports Central Bank of Chile"))
        #expect(found.contains("Republican Party opposes Central Bank of Chile"))
        // Who votes for a decision takes part in it.
        #expect(!found.contains("Ana Ruiz supports Central Bank of Chile"))
        #expect(!found.contains("Eva Toll supports Central Bank of Chile"))
        // A line may open with the words, no "the" before them (this once read before the first word).
        #expect(wireRelations("central bank said rates would fall.").isEmpty)
    }

    @Test func aCapitalizedWordInsideASentenceIsNoVerb() {
        let found = wireRelations("Peru's Finance Minister Ana Soto spoke on Monday.")
        #expect(found == ["Ana Soto member_of Peru"])
    }

    @Test func aBodysLowerCaseTitleBeforeAPersonIsTheirs() {
        let found = wireRelations("""
            The European Commission fined Orbital Software on Monday. \
            Orbital Software chief executive Priya Raman rejected the ruling.
            """)
        #expect(found.contains("Priya Raman opposes European Commission"))
        #expect(!found.contains("Orbital Software opposes European Commission"))
    }

    @Test func theAgreementIsTheNewOneNotAStandingTreaty() {
        let found = wireRelations("""
            Japan and Indonesia signed the Pacific Clean Fuels Compact on Wednesday. Greenpeace condemned the agreement. \
            Japan said the compact was consistent with the Paris Agreement.
            """)
        #expect(found.contains("Greenpeace opposes Pacific Clean Fuels Compact"))
        #expect(!found.contains("Greenpeace opposes Paris Agreement"))
    }

    @Test func aCommonNounForAnAgreementIsTheOneTheArticleNames() {
        let extraction = wireCopy("""
            Rebels sign peace deal

            The government of Chad and the Northern Liberation Front signed a peace accord, the Abeche Agreement, on Sunday. \
            The deal was signed by Idriss Mahamat, the national security adviser. Amina Oumar, the foreign minister, welcomed the deal.
            """)
        let policies = Set(extraction.entities.filter { $0.kind == .policy }.map(\.name))
        #expect(policies == ["Abeche Agreement"])
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Idriss Mahamat enacts Abeche Agreement"))
        #expect(found.contains("Amina Oumar supports Abeche Agreement"))
    }

    @Test func aByLawIsAPolicyAndTheByLawRefersToIt() {
        let found = wireRelations("""
            Councillors approved the Residential Housing Protection By-law on Monday night. \
            The Tenants' Union of Tasmania welcomed the by-law.
            """)
        #expect(found.contains("Tenants' Union of Tasmania supports Residential Housing Protection By-law"))
    }

    @Test func theBillAndTheLawAreTheActTheArticleNames() {
        let extraction = wireCopy("""
            Lawmakers in Punjab on Wednesday approved a law requiring meters on farm wells. The Punjab Groundwater \
            (Conservation and Regulation) Act cleared the assembly by 71 votes to 23. Chief Minister Harjit Singh Dhillon \
            introduced the bill in January.
            """)
        let policies = Set(extraction.entities.filter { $0.kind == .policy }.map(\.name))
        #expect(policies == ["Punjab Groundwater (Conservation and Regulation) Act"])
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Harjit Singh Dhillon enacts Punjab Groundwater (Conservation and Regulation) Act"))
    }

    @Test func aBodysNounInThePossessiveOwnsThePolicyNamedAfterIt() {
        let found = wireRelations("""
            ECOWAS suspended Gambia on Monday. Its leaders invoked the bloc's Protocol on Democracy and Good Governance.
            """)
        #expect(found.contains("Economic Community of West African States enacts Protocol on Democracy and Good Governance"))
    }

    @Test func whomAPolicyAppliesToItAppliesTo() {
        let found = wireRelations("""
            The ban was imposed under the Clean Record Law, a 2010 statute. It also applies to Otávio Lins, a former \
            housing secretary. The Seabed Act applies to Nordhav Minerals.
            """)
        #expect(found.contains("Clean Record Law applies_to Otávio Lins"))
        #expect(found.contains("Seabed Act applies_to Nordhav Minerals"))
    }

    @Test func theReformIsTheArticlesOnePolicy() {
        let found = wireRelations("""
            Parliament passed the Collective Agreements Act in June. The reform is backed by the Confederation of \
            Finnish Industries, which has argued that strikes damage the country.
            """)
        #expect(found.contains("Confederation of Finnish Industries supports Collective Agreements Act"))
    }

    @Test func aLoanFacilityIsItsBorrowersAndItsLendersAct() {
        let found = wireRelations("""
            The minister is negotiating the next review of Ghana's $3 billion Extended Credit Facility with the \
            International Monetary Fund. The International Monetary Fund, which is lending Madagascar $320 million \
            under an Extended Fund Facility, urged reforms.
            """)
        #expect(found.contains("Extended Credit Facility applies_to Ghana"))
        #expect(found.contains("International Monetary Fund enacts Extended Credit Facility"))
        #expect(!found.contains("Ghana enacts Extended Credit Facility"))
        #expect(found.contains("Extended Fund Facility applies_to Madagascar"))
        #expect(!found.contains("Madagascar enacts Extended Fund Facility"))
        // A site is no loan.
        #expect(!wireCopy("The Orbiter Processing Facility was closed.").entities.contains { $0.kind == .policy })
        // Nor is the lender's facility the one "the measures" mean.
        let measures = wireRelations("""
            Parliament passed the Finance Bill 2026. It keeps Ghana on track with its Extended Credit Facility. \
            The Trades Union Congress said the measures were a disaster.
            """)
        #expect(!measures.contains("Trades Union Congress opposes Extended Credit Facility"))
    }

    @Test func aStanceOnTheVoteIsOnThePolicyVotedOn() {
        let found = wireRelations("Parliament passed the Finance Bill 2026 on Tuesday. The IMF welcomed the Senate vote.")
        #expect(found.contains("International Monetary Fund supports Finance Bill 2026"))
        // A vote on something named is about that.
        let named = wireRelations("Parliament passed the Finance Bill 2026 on Tuesday. The IMF welcomed the vote on Ghana's budget.")
        #expect(!named.contains("International Monetary Fund supports Finance Bill 2026"))
        // Sentences later, the vote is still on the policy the article said was passed.
        let later = wireRelations("""
            Parliament passed the Finance Bill 2026 on Tuesday. Tomás Echeverría visited Accra last month.             France, which hosted a donor conference, praised the vote.
            """)
        #expect(later.contains("France supports Finance Bill 2026"))
    }
}

extension PolicyReferenceTests {
    @Test func theDealIsTheOneAgreementAmongThePolicies() {
        let found = wireRelations("""
            Japan and Thailand signed a memorandum of understanding on refugees. Thailand is not a party to the 1951 \
            Refugee Convention. The Karen Refugee Committee welcomed the deal on Friday.
            """)
        #expect(found.contains("Karen Refugee Committee supports memorandum of understanding"))
        #expect(!found.contains { $0.hasPrefix("Karen Refugee Committee supports") && $0.hasSuffix("Convention") })
    }
}
