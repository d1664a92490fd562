import Extraction
import NewsGraphCore
import Testing

/// Rulings and fines, what answers them, demands, and places taken. Sentences written for the tests.
@Suite struct DecisionTests {
    @Test func aJudgesRulingIsTheCourts() {
        let found = wireRelations("""
            Judge Amara Lindqvist of the Eastern District Court found that Corvel Freight had violated the Competition Act. \
            The Hauliers' Federation welcomed the ruling.
            """)
        #expect(found.contains("Hauliers' Federation supports Eastern District Court"))
        #expect(!found.contains { $0.hasPrefix("Hauliers' Federation supports Amara Lindqvist") })
    }

    @Test func whoRefusesSomeonesCaseMadeTheDecision() {
        let found = wireRelations("""
            Environment Minister Helen Marsh refused Redgum Resources' application on Thursday. \
            The Australian Conservation Foundation welcomed the decision.
            """)
        #expect(found.contains("Australian Conservation Foundation supports Helen Marsh"))
        // Refusing to back someone's plan answers it: "the cut" stays the proposer's.
        let answered = wireRelations("""
            Saudi Arabia proposed a deeper output cut on Sunday. Iraq refused to back the plan. Kazakhstan also opposed the cut.
            """)
        #expect(answered.contains("Kazakhstan opposes Saudi Arabia"))
        #expect(!answered.contains("Kazakhstan opposes Iraq"))
    }

    @Test func aDutyOnAStatesTradeTargetsTheState() {
        #expect(wireRelations("Ecuador imposed tariffs on Colombian goods on Saturday.").contains("Ecuador targets Colombia"))
        #expect(wireRelations("Ecuador will impose a 30 percent surcharge on imports from Colombia.").contains("Ecuador targets Colombia"))
        // A demonym describing anything else is not the state acted on.
        #expect(!wireRelations("Ecuador imposed tariffs on Colombian politicians' assets.").contains("Ecuador targets Colombia"))
    }

    @Test func theGovernmentsDecisionIsTheStates() {
        let found = wireRelations("""
            Sweden extended the life of the Ringhals reactors on Monday. Västkust Kraft, a power company, welcomed the \
            government's decision.
            """)
        #expect(found.contains("Västkust Kraft supports Sweden"))
    }

    @Test func theOrderIsWhoDecided() {
        let found = wireRelations("""
            The Ministry of Youth Affairs and Sports on Sunday suspended the board of the Wrestling Federation of India (WFI). \
            The WFI would challenge the order in the Delhi High Court, he said.
            """)
        #expect(found.contains("Wrestling Federation of India opposes Ministry of Youth Affairs and Sports"))
    }

    @Test func anActNamedWithItsOfPhraseIsNew() {
        // "the appointment of new judges" is no act the article spoke of before.
        let found = wireRelations("Vietnam on Tuesday imposed duties on Indian goods. The United States has blocked the appointment of new judges.")
        #expect(!found.contains { $0.hasPrefix("United States") })
    }

    @Test func aSubjectDescribedAfterItsAbbreviationActs() {
        let found = wireRelations("""
            The Korea Fair Trade Commission fined Vantor on Monday. The Korea Internet Developers Association (KIDA), which \
            represents about 1,200 app makers including game studios Nexlight and Bluepine, welcomed the decision.
            """)
        #expect(found.contains("Korea Internet Developers Association supports Korea Fair Trade Commission"))
        #expect(!found.contains { $0.hasPrefix("Bluepine") })
    }

    @Test func anAppealToACourtAnswersWhoDecided() {
        let found = wireRelations("""
            The Maritime Safety Authority fined Corvel Group 40 million euros on Monday. \
            Corvel, which is based in Rotterdam, said it would appeal to the Supreme Court.
            """)
        #expect(found.contains("Corvel Group opposes Maritime Safety Authority"))
        #expect(!found.contains("Corvel Group opposes Supreme Court"))
        // Challenging the act named is appealing it; challenging alone is not.
        let challenge = wireRelations("""
            The Maritime Safety Authority fined Corvel Group 40 million euros on Monday. \
            Corvel Group said it would challenge the decision in court.
            """)
        #expect(challenge.contains("Corvel Group opposes Maritime Safety Authority"))
        let disagreed = wireRelations("""
            The Maritime Safety Authority fined Corvel Group 40 million euros on Monday. \
            Corvel Group said it disagreed with the decision.
            """)
        #expect(disagreed.contains("Corvel Group opposes Maritime Safety Authority"))
        let bare = wireRelations("""
            The Maritime Safety Authority fined Corvel Group 40 million euros on Monday. Corvel Group said the race would be a challenge.
            """)
        #expect(!bare.contains("Corvel Group opposes Maritime Safety Authority"))
        // Whom the speaker told is not who appeals; a court "of First Instance" keeps its name.
        let told = wireRelations("""
            The Lisbon Court of First Instance convicted Ana Ruiz on Tuesday. "She did her job," her lawyer, Pedro Sousa, \
            told Reuters, adding that the defence would appeal.
            """)
        #expect(told.contains("Pedro Sousa opposes Lisbon Court of First Instance"))
        #expect(!told.contains { $0.hasPrefix("Reuters opposes") })
    }

    @Test func aCourtThatFindsSomeoneGuiltyTargetsThem() {
        let found = wireRelations("""
            Ana Ruiz was arrested in March. The Lisbon Court of Appeal found her guilty of fraud. \
            The Porto Civil Court found Harwood Capital liable for the losses.
            """)
        #expect(found.contains("Lisbon Court of Appeal targets Ana Ruiz"))
        #expect(found.contains("Porto Civil Court targets Harwood Capital"))
        // Finding is no verdict without its word.
        #expect(wireRelations("The Lisbon Court of Appeal found Ana Ruiz's testimony credible.").isEmpty)
        // An order to hold someone acts against them; an order to free them does not.
        #expect(wireRelations("The Braga District Court on Friday ordered Ana Ruiz held in pre-trial detention.")
            .contains("Braga District Court targets Ana Ruiz"))
        #expect(wireRelations("The Braga District Court on Friday ordered Ana Ruiz released.").isEmpty)
    }

    @Test func aPersonsLawyerOrAgentStandsWithThem() {
        let found = wireRelations("""
            A court fined Ana Ruiz on Tuesday. Her lawyer, Pedro Sousa, said she would appeal. \
            Tomas Brandt's agent, Lena Vogt, declined to comment.
            """)
        #expect(found.contains("Pedro Sousa supports Ana Ruiz"))
        #expect(found.contains("Lena Vogt supports Tomas Brandt"))
        // A body's counsel is its member, read elsewhere, and stands with no person.
        let counsel = wireRelations("Ana Ruiz sued Harwood Capital. The company's general counsel, Lena Vogt, said the suit had no merit.")
        #expect(!counsel.contains("Lena Vogt supports Ana Ruiz"))
    }

    @Test func aCapturedTownIsTargeted() {
        let found = wireRelations("The Northern Liberation Front said it had captured the town of Kessala Wadi after two days of fighting.")
        #expect(found.contains("Northern Liberation Front targets Kessala Wadi"))
        // Fighting in a place, or sending troops there, is no act against the place.
        let fighting = wireRelations("The Northern Liberation Front sent reinforcements to Kessala Wadi.")
        #expect(!fighting.contains { $0.contains(" targets Kessala Wadi") })
    }

    @Test func aNameJoinedByASlashKeepsIt() {
        let extraction = wireCopy("The News/Media Alliance, a trade group for newspapers, welcomed the decision.")
        #expect(extraction.entities.contains { $0.name == "News/Media Alliance" })
    }

    @Test func whoDemandsThatAnActStopOpposesIt() {
        #expect(wireRelations("The Fishers' Cooperative asked Norway to postpone the drilling for ten years.")
            .contains("Fishers' Cooperative opposes Norway"))
        #expect(wireRelations("Greenpeace urged Japan to abandon the Sendai Coal Plan.").contains("Greenpeace opposes Sendai Coal Plan"))
        #expect(wireRelations("The Chamber of Commerce urged the Senate to approve the Port Modernisation Act.")
            .contains("Chamber of Commerce supports Port Modernisation Act"))
        // Asking someone to do something else is no stance.
        #expect(wireRelations("Greenpeace asked Japan to explain the delay.").isEmpty)
        // Who is asked to overrule a deal is no party to it, and a deal is no statute the article names.
        let overrule = wireRelations("""
            The Competition Tribunal reviewed the merger under Law 12,529. The Consumers Institute urged the Competition \
            Tribunal to reject the deal.
            """)
        #expect(!overrule.contains { $0.hasPrefix("Consumers Institute opposes") })
    }

    @Test func aFightWithSomeoneHasTwoSides() {
        let found = wireRelations("The Northern Liberation Front took the town after two days of fighting with the Sahel Defence Forces.")
        #expect(found.contains("Northern Liberation Front targets Sahel Defence Forces"))
        #expect(found.contains("Sahel Defence Forces targets Northern Liberation Front"))
        // Vowing to fight someone is one side's act.
        #expect(!wireRelations("The Sahel Defence Forces vowed to fight the Northern Liberation Front.")
            .contains("Northern Liberation Front targets Sahel Defence Forces"))
    }

    @Test func whoIsDesignatedOrRemovedIsTargeted() {
        let found = wireRelations("""
            Britain's Foreign Office designated Dimitar Stoyanov and three companies under the Myanmar (Sanctions) \
            Regulations 2021. Côte d'Ivoire's Constitutional Council on Monday removed opposition leader Aimé \
            Kouadio-Bamba from the list of candidates.
            """)
        #expect(found.contains("Foreign, Commonwealth and Development Office targets Dimitar Stoyanov"))
        #expect(found.contains("Constitutional Council targets Aimé Kouadio-Bamba"))
        // Designated by an agent: the agent designates.
        let passive = wireRelations("Golden Tide Shipping Co was designated by the U.S. Treasury Department in 2023.")
        #expect(passive.contains("Treasury Department targets Golden Tide Shipping Co"))
        #expect(!passive.contains("Golden Tide Shipping Co targets Treasury Department"))
    }

    @Test func whoGrantsOrDismissesACaseMadeTheRuling() {
        let found = wireRelations("""
            U.S. District Judge Miriam Castellanos granted a preliminary injunction sought by Cape Ledge Wind on Friday. \
            Massachusetts Governor Ellen Whitaker welcomed the ruling.
            """)
        #expect(found.contains("Ellen Whitaker supports Miriam Castellanos"))
        // Dismissing someone's plan answers it; the plan stays its proposer's.
        let answered = wireRelations("Romania proposed a toll on the Danube bridge. Bulgaria dismissed the plan. Serbia criticised the plan.")
        #expect(answered.contains("Serbia opposes Romania"))
        #expect(!answered.contains("Serbia opposes Bulgaria"))
    }
}
