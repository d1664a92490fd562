import Extraction
import NewsGraphCore
import Testing

/// Relations in the shapes wire copy gives them: a title with its field or
/// its country set off by commas, a clause that "and" opens after a comma,
/// a place that says where rather than whose.
@Suite struct RelationShapeTests {
    @Test func aTitlesFieldStandsBetweenItsOwnerAndItsHolder() {
        let found = wireRelations("Cambodia's Minister of Water Resources, Chea Sophal, said the dam would harm fisheries.")
        #expect(found.contains("Chea Sophal member_of Cambodia"))
    }

    @Test func aTitlesFieldMayHoldAPlaceOrAListOfFields() {
        #expect(wireRelations("The IMF's representative in Kenya, Ana Delgado, said the fund welcomed the cut.")
            .contains("Ana Delgado member_of International Monetary Fund"))
        #expect(wireRelations("The accord was signed by Japan's Minister of Economy, Trade and Industry, Kenji Morimoto.")
            .contains("Kenji Morimoto member_of Japan"))
    }

    @Test func aShortNameInBracketsAfterABodyIsItsAlias() {
        // The Portuguese acronym of an English name spells none of its initials.
        let found = wireRelations("""
            The Brazilian Institute for Consumer Protection (Idec) criticised the fine. "This is progress," said Idec lawyer Camila Ferraz.
            """)
        #expect(found.contains("Camila Ferraz member_of Brazilian Institute for Consumer Protection"))
    }

    @Test func aFieldBeforeABodysTitleMakesItsHolderAMember() {
        let found = wireRelations("Hamas field commander Yusuf Darwish said his fighters had withdrawn.")
        #expect(found.contains("Yusuf Darwish member_of Hamas"))
        #expect(!found.contains("Yusuf Darwish leads Hamas"))
    }

    @Test func anAmbassadorNamedInAppositionServesHisCountry() {
        let found = wireRelations("U.S. Ambassador to Mexico, Ronald Johnson, reiterated the importance of cooperation.")
        #expect(found.contains("Ronald Johnson member_of United States"))
        #expect(!found.contains("Ronald Johnson member_of Mexico"))
    }

    @Test func aDatelinesCityLiesInTheCountryAfterItsComma() {
        let found = wireRelations("""
            LUSAKA, Zambia (Reuters) — Zambia's High Court struck down two sections of a cyber law, lawyers said in Lusaka.
            """)
        #expect(found.contains("Lusaka located_in Zambia"))
        // A city only filed from is a place of the story, in capitals or not.
        let doha = wireCopy("DOHA, Qatar (AP) — Four aid workers held in Mali were freed on Sunday.")
        #expect(doha.entities.contains { $0.name == "Doha" && $0.kind == .location })
        #expect(wireCopy("SYDNEY, Jan 22 — Australia's regulator warned three companies.").entities.contains { $0.name == "Sydney" })
        // A body filed from is left to the article's body.
        #expect(wireCopy("UNITED NATIONS — The council met on Monday.").entities.allSatisfy { $0.kind != .location })
        // With no region, a capital lies in its country; another city says nothing.
        let capital = wireRelations("DHAKA, Nov 8 — Bangladesh's wage board met on Tuesday. The ILO's office in Dhaka welcomed it.")
        #expect(capital.contains("Dhaka located_in Bangladesh"))
        let city = wireRelations("CHITTAGONG, Nov 8 — Bangladesh's wage board met on Tuesday. Workers in Chittagong protested.")
        #expect(!city.contains { $0.hasPrefix("Chittagong located_in") })
    }

    @Test func aPlaceLiesInThePlaceOrCountryThatHoldsIt() {
        let found = wireRelations("Shelling hit the village of Sarygul in the Batken region and houses in the Kanibadam district of the Sughd region.")
        #expect(found.contains("Sarygul located_in Batken"))
        #expect(found.contains("Kanibadam located_in Sughd"))
        #expect(wireRelations("Troops moved into Mali's central Mopti region.").contains("Mopti located_in Mali"))
        // Every place a country's place noun lists after "of"; not a state named after the list.
        let provinces = wireRelations("Senators came from Argentina's mining provinces of San Juan, Catamarca and Jujuy, and Chile.")
        #expect(["San Juan", "Catamarca", "Jujuy"].allSatisfy { provinces.contains("\($0) located_in Argentina") })
        #expect(!provinces.contains("Chile located_in Argentina"))
        #expect(wireRelations("The rally filled Helsinki's Senate Square on Friday.").contains("Senate Square located_in Helsinki"))
        // A court or council named for a place sits there; a university named for one says nothing.
        let seats = wireRelations("""
            Hobart City Council voted to ban short stays in Hobart. Students of Hobart University protested in Hobart.
            """)
        #expect(seats.contains("Hobart City Council located_in Hobart"))
        #expect(!seats.contains("Hobart University located_in Hobart"))
        // "the Red Sea city of Port Sudan" names the city; it does not place the sea.
        #expect(!wireRelations("The government is based in the Red Sea city of Port Sudan.").contains { $0.hasPrefix("Red Sea located_in") })
    }

    @Test func anAgentlessPassiveActsOnItsSubject() {
        // The body announcing a ban imposed it; the one banned does not target it.
        let found = wireRelations("Mara Velt has been banned from cycling for two years, the Cycling Integrity Agency said on Tuesday.")
        #expect(found.contains("Cycling Integrity Agency targets Mara Velt"))
        #expect(!found.contains("Mara Velt targets Cycling Integrity Agency"))
        // However far on the announcing body stands, past its acronym.
        let far = wireRelations("""
            Mara Velt has been banned from cycling for two years after testing positive for an anabolic steroid, \
            the Cycling Integrity Agency (CIA) said on Tuesday.
            """)
        #expect(far.contains("Cycling Integrity Agency targets Mara Velt"))
        // Without an announcing body, the name after the passive is no one's object.
        #expect(!wireRelations("Mara Velt was banned after a complaint from the Swiss Cycling Federation.").contains { $0.hasPrefix("Mara Velt targets") })
    }

    @Test func anAdverbInsideARelationPhraseIsReadPast() {
        #expect(wireRelations("Harwood Pharmaceuticals said it was working closely with the Medicines Agency.")
            .contains("Harwood Pharmaceuticals supports Medicines Agency"))
        #expect(wireRelations("The board of Calder Aerospace voted unanimously for Hélène Marchetti.")
            .contains("Calder Aerospace supports Hélène Marchetti"))
    }

    @Test func theHostOfTalksBetweenTwoSidesMeetsBoth() {
        let found = wireRelations("Oman has become a quiet mediator, having hosted talks between Iran and the United States.")
        #expect(found.contains("Oman meets Iran"))
        #expect(found.contains("Oman meets United States"))
    }

    @Test func aPartnerWithWhomAPolicyIsNegotiatedIsNoTargetOfIt() {
        let found = wireRelations("Inês Carvalhal will negotiate changes to the Recovery Plan with the European Commission.")
        #expect(!found.contains("Inês Carvalhal targets European Commission"))
        #expect(!found.contains("Recovery Plan applies_to European Commission"))
    }

    @Test func stoppingSupportOpposes() {
        let found = wireRelations("Ana Ferro said her party would try to block funding for the Clean Rivers Programme in parliament.")
        #expect(found.contains("Ana Ferro opposes Clean Rivers Programme"))
        #expect(!found.contains("Ana Ferro supports Clean Rivers Programme"))
        let refused = wireRelations("Holger Wiesmann said the party would oppose funding for the Clean Rivers Programme.")
        #expect(refused.contains("Holger Wiesmann opposes Clean Rivers Programme"))
        #expect(!refused.contains("Holger Wiesmann supports Clean Rivers Programme"))
    }

    @Test func aStatesAuthoritiesDescribedByAnAdjectiveAreTheState() {
        let found = wireRelations("Khalid Al-Kuwari praised the deal. He thanked the Malian transitional authorities.")
        #expect(found.contains("Khalid Al-Kuwari supports Mali"))
    }

    @Test func aVerbJoinedByAndTakesTheObjectsAfterIt() {
        let found = wireRelations("The Fair Trade Coalition welcomed the verdict and urged the court to split Orbital Systems up.")
        #expect(!found.contains { $0.hasPrefix("Fair Trade Coalition supports Orbital") })
    }

    @Test func aBodyNamedWithItsCountrysNameBelongsToIt() {
        let extraction = Extractor().extract(
            Article(path: "t.txt", text: "Wire Copy\n\nThe U.S. Federal Trade Commission sued Acme Robotics on Monday."), documentID: "t")
        #expect(extraction.entities.contains { $0.name == "United States" && $0.kind == .country })
        #expect(extraction.relations.contains { $0.source == "Federal Trade Commission" && $0.type == .memberOf && $0.target == "United States" })
        // A demonym describes the body; it does not name the country.
        let described = Extractor().extract(
            Article(path: "t.txt", text: "Wire Copy\n\nThe Georgian Interior Ministry denied the report on Monday."), documentID: "t")
        #expect(!described.entities.contains { $0.kind == .country })
    }

    @Test func theGroupIsTheBodyTheSentenceBeforeNamedFirst() {
        let described = wireRelations("""
            The Greens, the smallest group in the chamber, abstained. Patriots for Europe condemned the law at the \
            European Court of Justice. "No one may impose quotas," said Marco Ferrante, a member of the group.
            """)
        #expect(described.contains("Marco Ferrante member_of Patriots for Europe"))
    }

    @Test func theGroupJustDescribedIsTheGroupPastAQuotationNamingAnother() {
        let found = wireRelations("""
            CooperSur, a Lima-based group that monitors mining conflicts, welcomed the charges. "The regulator OEFA fined this \
            company three times. Those officials should answer too," said Julio Vargas, a researcher at the group.
            """)
        #expect(found.contains("Julio Vargas member_of CooperSur"))
        #expect(!found.contains("Julio Vargas member_of OEFA"))
    }

    @Test func theGroupsRegionalDirectorIsItsMember() {
        let found = wireRelations("""
            Amnesty International condemned the detentions. The group's Americas director, Paula Herrera, called them unlawful.
            """)
        #expect(found == ["Paula Herrera member_of Amnesty International"])
    }

    @Test func theHeadOfAPartOfABodyIsItsMember() {
        let found = wireRelations("""
            Amnesty International condemned the arrests. Its Americas director, Paula Herrera, called them unlawful.
            """)
        #expect(found.contains("Paula Herrera member_of Amnesty International"))
        #expect(!found.contains("Paula Herrera leads Amnesty International"))
    }

    @Test func anAcronymSpellingARunsInitialsMakesItOneName() {
        let found = wireRelations("""
            Kenyan Teachers Solidarity (KTS), the country's largest teachers' union, said its members would strike. \
            "Our classrooms are empty," said Amina Wekesa, the union's secretary general.
            """)
        #expect(found.contains("Amina Wekesa leads Kenyan Teachers Solidarity"))
        #expect(!found.contains { $0.hasPrefix("Kenya ") })
    }

    @Test func aDemonymBeforeAKindOfBodyPlacesTheBodyNamedAfterIt() {
        let found = wireRelations("""
            The plant will be built by the Japanese carmaker Daelim Motors, with the Thai construction group \
            Siam Riverworks as a partner.
            """)
        #expect(found.contains("Daelim Motors located_in Japan"))
        #expect(found.contains("Siam Riverworks located_in Thailand"))
        #expect(!found.contains("Siam Riverworks member_of Thailand"))
        // A party's tie to its country is left to its name.
        #expect(!wireRelations("The Hungarian ruling party Fidesz won.").contains { $0.hasPrefix("Fidesz located_in") })
        // A city's name describes a body as a demonym does.
        #expect(wireRelations("A spokesman for the Dallas company, Texas Instruments, declined to comment.")
            .contains("Texas Instruments located_in Dallas"))
        // A player "from Portuguese club X" belongs to the club, which is in Portugal.
        let signed = wireRelations("Kingsbridge Athletic signed forward Thiago Barreto from Portuguese club Vitória Atlântico.")
        #expect(signed.contains("Thiago Barreto member_of Vitória Atlântico"))
        #expect(signed.contains("Vitória Atlântico located_in Portugal"))
        #expect(!signed.contains("Thiago Barreto member_of Portugal"))
        // So does a country's abbreviation.
        #expect(wireRelations("The drug was developed by U.S. drugmaker Halden Biosciences.")
            .contains("Halden Biosciences located_in United States"))
        // A city of two words before "-based" is the whole city.
        let based = wireRelations("Kingsbridge was bought in 2022 by the New York-based investment group Halcyon Sports Capital.")
        #expect(based.contains("Halcyon Sports Capital located_in New York"))
        #expect(!based.contains { $0.hasSuffix("located_in York") })
    }

    @Test func aPlaceACountryNamesIsInIt() {
        let found = wireRelations("""
            Salt water is moving up Vietnam's Mekong Delta. Mombasa, Kenya's second city, was flooded.
            """)
        #expect(found.contains("Mekong Delta located_in Vietnam"))
        #expect(found.contains("Mombasa located_in Kenya"))
    }

    @Test func aPlaceDescribingABodyDoesNotHideWhoWorksThere() {
        let found = wireRelations("Javiera Cortés, an economist at the Santiago-based think tank Libertad y Desarrollo, said the cut came late.")
        #expect(found.contains("Javiera Cortés member_of Libertad y Desarrollo"))
        #expect(found.contains("Libertad y Desarrollo located_in Santiago"))
    }

    @Test func aJudgedActOfAStateJudgesTheState() {
        let found = wireRelations("Ana Lima told Reuters that unilateral U.S. action would severely damage decades of trust.")
        #expect(found.contains("Ana Lima opposes United States"))
        let stressed = wireRelations("""
            Ana Lima responded on Monday, emphasizing that any U.S. military incursion would violate Peruvian sovereignty.
            """)
        #expect(stressed.contains("Ana Lima opposes United States"))
    }

    @Test func theNearerNounOfAnActOwnsItsObject() {
        // "pursue" alone targets; the coordination it pursues is with the object.
        let found = wireRelations("Finance Minister Ana Ruiz said Chile would pursue direct coordination with Argentina.")
        #expect(found.contains("Ana Ruiz supports Argentina") || found.contains("Chile supports Argentina"))
        #expect(!found.contains { $0.hasSuffix("targets Argentina") })
    }

    @Test func whoHeadsWhatAPossessiveOwnsHeadsItNotItsOwner() {
        let found = wireRelations("Ana Ruiz, who heads Mexico's Sinaloa Cartel, was arrested on Monday.")
        #expect(found.contains("Ana Ruiz leads Sinaloa Cartel"))
        #expect(!found.contains("Ana Ruiz leads Mexico"))
        let hospital = wireRelations("Tiago Brandão Moura, the head of Lisbon's Santa Maria hospital, becomes health minister.")
        #expect(!hospital.contains("Tiago Brandão Moura leads Portugal"))
    }

    @Test func aQuotationsEndClosesWhatItsVerbsActOn() {
        let found = wireRelations("""
            "This agreement tells the world that the Philippines does not stand alone in defending what is ours," \
            Senate President Jose Villanueva said.
            """)
        #expect(!found.contains { $0.hasPrefix("Philippines") && $0.hasSuffix("Jose Villanueva") })
    }

    @Test func aParticipleAfterACommaOpensItsOwnClause() {
        let found = wireRelations("""
            Government spokesman Ibrahim Fofana rejected accusations of interference, saying the Constitutional Council \
            was independent.
            """)
        #expect(!found.contains("Ibrahim Fofana opposes Constitutional Council"))
        // A demonym describing someone invokes no law.
        let citizen = wireRelations("""
            The council said Kouadio-Bamba was still a French citizen and was therefore ineligible under Article 55 of the Constitution.
            """)
        #expect(!citizen.contains { $0.hasPrefix("France enacts") })
    }

    @Test func whoAfterACommaIsThePersonBeforeIt() {
        let found = wireRelations("""
            Rates must stay high, said Mauricio Pardo, director of the think tank Fedesarrollo, who leads the Andean \
            Economists Forum.
            """)
        #expect(found.contains("Mauricio Pardo leads Andean Economists Forum"))
        #expect(!found.contains { $0.hasPrefix("Fedesarrollo leads") })
    }

    @Test func aVerbAfterASaidClausesCommaAndSharesTheSpeaker() {
        let found = wireRelations("""
            Mahbubur Rahman Khan said more than 600 factories had shut because of the unrest, and accused the United \
            Garment Workers' Front of inciting violence.
            """)
        #expect(found.contains("Mahbubur Rahman Khan opposes United Garment Workers' Front"))
    }

    @Test func fightingAlongsideAndHelpingSupport() {
        let found = wireRelations("""
            Hezbollah leader Hassan Nasrallah vowed to keep fighting alongside Assad's troops. \
            Iran has sent military advisers to help the Iraqi government fight ISIS.
            """)
        #expect(found.contains("Hassan Nasrallah supports Assad"))
        #expect(!found.contains("Hassan Nasrallah targets Assad"))
        #expect(found.contains("Iran supports Iraq"))

        // A state's forces are the state: who backs them backs it.
        let backed = wireRelations("Syrian government forces, backed by Russian air strikes, attacked rebel positions on Sunday.")
        #expect(backed.contains("Russia supports Syria"))
    }

    @Test func aWarningAboutSomeonesProposalOpposesThem() {
        let found = wireRelations("""
            Analysts such as Ines Mora of the Lisbon Policy Institute warn that implementing Pedro Alves's proposal \
            could set a precedent for future cuts.
            """)
        #expect(found.contains("Ines Mora opposes Pedro Alves"))
        #expect(!found.contains { $0.hasPrefix("Ines Mora opposes Lisbon") })
    }

    @Test func blockingATakeoverTargetsTheBuyerAndWhatItWouldBuy() {
        let found = wireRelations("""
            Germany's Federal Cartel Office on Thursday blocked private hospital operator Helvara Kliniken's planned \
            acquisition of Weserbergland Kliniken, a publicly owned group.
            """)
        #expect(found.contains("German Federal Cartel Office targets Helvara Kliniken"))
        #expect(found.contains("German Federal Cartel Office targets Weserbergland Kliniken"))
    }

    @Test func wantingSomeonesFallOpposesThem() {
        let found = wireRelations("""
            The Movimiento Semilla party has pushed for Consuelo Figueroa's removal since 2023.             The Vamos party backed the dismissal of Rafael Ortega, the prosecutor.
            """)
        #expect(found.contains("Movimiento Semilla opposes Consuelo Figueroa"))
        #expect(!found.contains("Movimiento Semilla supports Consuelo Figueroa"))
        #expect(found.contains("Vamos opposes Rafael Ortega"))
        #expect(!found.contains("Vamos supports Rafael Ortega"))
    }

    @Test func anOutletsNounAfterItsNameMakesItAnOutlet() {
        let found = wireRelations("The Port Authority of Valdora halted exports on Monday, Kelvara news agency reported.")
        #expect(found.contains("Kelvara reported Port Authority of Valdora"))
    }

    @Test func anOutletASpeakerTalksToOrOnReportsTheSpeaker() {
        let found = wireRelations("""
            "Our mandate is price stability," Andres Montoya said in an interview with the newspaper La Voz. \
            "We will not take orders," Captain Modou Jallow said on state broadcaster GBTV. \
            "These goals are not in conflict," Carolina Vidal told Radio Pacifico.
            """)
        #expect(found.contains("La Voz reported Andres Montoya"))
        #expect(found.contains("GBTV reported Modou Jallow"))
        #expect(found.contains("Radio Pacifico reported Carolina Vidal"))
        #expect(!found.contains("Carolina Vidal meets Radio Pacifico"))
    }

    @Test func anOutletNamedAfterItsKindReportsTheClausesSubject() {
        let text = """
            Its mission chief for Chile, Hernán Delpiano, met Sepúlveda in Santiago last week, the newspaper El Mercurio reported. \
            Delpiano met Roa in Santiago on Monday.
            """
        let extraction = Extractor().extract(Article(path: "t.txt", text: "Wire Copy\n\n" + text), documentID: "t")
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("El Mercurio reported Hernán Delpiano"))
        #expect(!found.contains("El Mercurio reported Chile"))
        // A lower-case verb ends a name: no "Delpiano met Roa".
        #expect(!extraction.entities.contains { $0.name.contains(" met ") })
    }

    @Test func aLeaderAfterAnIndefiniteArticleIsOneOfMany() {
        let found = wireRelations("""
            Police detained Segundo Anrango, a regional leader of the Mapuche Council, on Tuesday. \
            Emilio Castaño, an ELN commander, signed the deal. Luis Paz, a former president of the Mapuche Council, said little.
            """)
        #expect(found.contains("Segundo Anrango member_of Mapuche Council"))
        #expect(!found.contains("Segundo Anrango leads Mapuche Council"))
        #expect(found.contains("Emilio Castaño member_of ELN") || found.contains("Emilio Castaño member_of National Liberation Army"))
        #expect(found.contains("Luis Paz leads Mapuche Council"))
        // A country director heads one country's office of the body.
        let office = wireRelations("Workers lose, said Henrik Sjöberg, the ILO's country director in Dhaka.")
        #expect(office.contains("Henrik Sjöberg member_of International Labour Organization"))
        #expect(!office.contains("Henrik Sjöberg leads International Labour Organization"))
    }

    @Test func placesListedAfterACountrysPlaceNounAreInIt() {
        let found = wireRelations("The army suspended offensives in the Colombian departments of Arauca and Norte de Santander.")
        #expect(found.contains("Arauca located_in Colombia"))
        #expect(found.contains("Norte de Santander located_in Colombia"))
    }

    @Test func aOneWordFieldAfterAndStaysInTheBodysName() {
        let extraction = Extractor().extract(
            Article(path: "t.txt", text: "Wire Copy\n\nThe Ministry of Energy and Mines awarded the contract. The Bank of England and Federal Reserve cut rates.\n"),
            documentID: "t")
        let names = Set(extraction.entities.map(\.name))
        #expect(names.contains("Ministry of Energy and Mines"))
        #expect(!names.contains("Ministry of Energy"))
        #expect(!names.contains { $0.contains("England and") })
    }

    @Test func aFieldOfTwoWordsAfterAndStaysInTheBodysName() {
        let names = Set(wireCopy("""
            The General Union of Petroleum and Chemical Workers warned the company. \
            Jordan's Energy and Minerals Regulatory Commission opened an inquiry. The Bank of England and Federal Reserve cut rates.
            """).entities.map(\.name))
        #expect(names.contains("General Union of Petroleum and Chemical Workers"))
        #expect(names.contains("Energy and Minerals Regulatory Commission"))
        #expect(!names.contains { $0.contains("England and") })
    }

    @Test func pleadingBeforeACourtIsNoMeeting() {
        let found = wireRelations("""
            Philippa Grant, a barrister representing Belize, told the International Court of Justice that the treaty was clear. \
            Grant told Honduras's foreign minister, Ana Flores, that talks could resume.
            """)
        #expect(!found.contains { $0.hasSuffix("meets International Court of Justice") })
        #expect(found.contains("Philippa Grant meets Ana Flores"))
        // Telling people somewhere tells no state.
        let rally = wireRelations("Lazarus Mbewe told supporters in Blantyre, Malawi's commercial capital, that the result was cooked.")
        #expect(!rally.contains { $0.hasSuffix("meets Malawi") })
    }

    @Test func anArmedGroupIsInItsCountryNotPartOfTheState() {
        let found = wireRelations("""
            The paramilitary Rapid Support Forces captured the town on Sunday, Sudan's army said. \
            Colombia's government and the National Liberation Army (ELN), the country's largest guerrilla group, agreed to talks.
            """)
        #expect(!found.contains("Rapid Support Forces member_of Sudan"))
        #expect(!found.contains("National Liberation Army member_of Colombia"))
        #expect(found.contains("National Liberation Army located_in Colombia"))
    }

    @Test func aPluralPossessiveMayStandInABodysName() {
        let found = wireRelations("Ayesha Rind, who heads the Pakistan Patients' Rights Forum, welcomed the caps.")
        #expect(found.contains("Ayesha Rind leads Pakistan Patients' Rights Forum"))
        // A forum of patients is civil society, not the state.
        #expect(!found.contains("Pakistan Patients' Rights Forum member_of Pakistan"))
    }

    @Test func aNameAfterAPossessiveIsTheTitlesFieldNotItsOwner() {
        let found = wireRelations("""
            Amnesty International condemned the arrests. The group's Americas director, Paula Herrera, said protest is no crime.
            """)
        #expect(!found.contains { $0.hasPrefix("Paula Herrera leads Americas") })
    }

    @Test func aLegislatorsTitleNamesTheChamberAndItsCommitteeIsAPart() {
        let found = wireRelations("Senator Carmela Bautista, who chairs the Senate health committee, sided with the nurses.")
        #expect(found.contains("Carmela Bautista member_of Senate"))
        #expect(!found.contains("Carmela Bautista leads Senate"))
        let chair = wireRelations("Ana Ruiz chairs the Green Alliance, and Tomas Berg chairs the Senate defence committee.")
        #expect(chair.contains("Ana Ruiz leads Green Alliance"))
        #expect(chair.contains("Tomas Berg member_of Senate"))
    }

    @Test func aBodyABodysPossessiveNamesIsPartOfIt() {
        let found = wireRelations("The Justice Department's Antitrust Division sued the company on Monday.")
        #expect(found.contains { $0.hasPrefix("Antitrust Division member_of") && $0.contains("Justice Department") })
    }

    @Test func theCompanyIsTheOneIncorporatedBodyAndATitleIsItsLastWord() {
        let found = wireRelations("""
            Tessellate Inc. said it would appeal. "The decision is wrong," said Priya Raman, the company's chief legal officer. \
            Tom Lee, the company's co-founder and chief executive, stayed silent.
            """)
        #expect(found.contains("Priya Raman member_of Tessellate Inc"))
        #expect(!found.contains("Priya Raman leads Tessellate Inc"))
        #expect(found.contains("Tom Lee leads Tessellate Inc"))
        let two = wireRelations("Orbis Corp. sued Tessellate Inc. on Monday. Ana Diaz, the company's general counsel, said little.")
        #expect(!two.contains { $0.hasPrefix("Ana Diaz") })
    }

    @Test func aPartyNamedAfterOfTheAndItsModifiersHasThePersonAsMember() {
        let found = wireRelations("""
            The commission declared Peter Chikwanje, of the ruling Malawi Congress Party, the winner. \
            Álvaro Méndez, a former Colombian defence minister, joined the opposition Democratic Center party.
            """)
        #expect(found.contains("Peter Chikwanje member_of Malawi Congress Party"))
        #expect(found.contains("Álvaro Méndez member_of Colombia"))
        // "the opposition Democratic Center party" is a party in opposition, not a stance against it.
        #expect(!found.contains { $0.hasSuffix("opposes Democratic Center") })
        // So after a title and "from": the party's modifiers stand between "the" and its name.
        let from = wireRelations("""
            Mamuka Tsiklauri, a lawmaker from the ruling Georgian Dream party, said the opposition was wrong. \
            Nino Kobakhidze, a senator from the opposition United National Movement, disagreed.
            """)
        #expect(from.contains("Mamuka Tsiklauri member_of Georgian Dream"))
        #expect(from.contains("Nino Kobakhidze member_of United National Movement"))
        #expect(wireRelations("""
            One of those targeted was Nina Zupet, an editor at the investigative news portal Razkrito, who had reported on it.
            """).contains("Nina Zupet member_of Razkrito"))
    }

    @Test func aPlaceIsACountrysOnlyWhereTheWordsSaySo() {
        let found = wireRelations("""
            Drones struck Kharkiv, the Russian military said. Israel's Gaza offensive went on. \
            Commissioner Ana Ruiz of the European Commission said the talks would resume.
            """)
        #expect(!found.contains("Kharkiv located_in Russia"))
        #expect(!found.contains("Gaza located_in Israel"))
        #expect(!found.contains("Ana Ruiz leads European Commission"))
    }

    @Test func aStanceOnAStatesPolicyStaysOnThePolicy() {
        // Carried to the enacting state, such stances were wrong 8 times in 9 on the development sets.
        let found = wireRelations("""
            Britain imposed the Global Human Rights sanctions regime on four officials on Monday. \
            Georgia condemned the Global Human Rights sanctions regime as interference.
            """)
        #expect(found.contains { $0.hasPrefix("Georgia opposes") && $0.hasSuffix("sanctions regime") })
        #expect(!found.contains("Georgia opposes United Kingdom"))
    }

    @Test func aRelativeClauseEndsADescriptionHoweverLongItRuns() {
        let found = wireRelations("""
            Álvaro Méndez, a former Colombian defence minister who is now a senator for the opposition Democratic Center party, \
            called the extension a reward for terrorists.
            """)
        #expect(found.contains("Álvaro Méndez member_of Colombia"))
    }

    @Test func aCommaClosesTheSourceThatAccordingToNames() {
        let found = wireRelations("According to officials, the European Union imposed sanctions on Russia last month.")
        #expect(found.contains("European Union targets Russia"))
    }

    @Test func aBodysDescriptionListsItsMembers() {
        let found = wireRelations("""
            The objections were lodged at the Mekong River Commission, the intergovernmental body whose four members are \
            Cambodia, Laos, Thailand and Vietnam. The East African Community, of which Kenya is a member and Ethiopia is not, \
            welcomed the agreement.
            """)
        for country in ["Cambodia", "Laos", "Thailand", "Vietnam"] {
            #expect(found.contains("\(country) member_of Mekong River Commission"))
        }
        #expect(found.contains("Kenya member_of East African Community"))
        #expect(!found.contains("Ethiopia member_of East African Community"))
        // A list of members after "of which"; a bloc "that includes" its member.
        let listed = wireRelations("""
            Laos took the matter to the Association of Southeast Asian Nations (ASEAN), of which both Thailand and Cambodia \
            are members. The pact with the European Free Trade Association (EFTA), a bloc that includes Norway, took effect.
            """)
        #expect(listed.contains("Thailand member_of Association of Southeast Asian Nations"))
        #expect(listed.contains("Cambodia member_of Association of Southeast Asian Nations"))
        #expect(listed.contains("Norway member_of European Free Trade Association"))
        // "that" opens the clause of a description whose noun stands further back.
        let grouped = wireRelations("""
            The Volta Basin Authority, the regional body based in Ouagadougou that groups Ghana, Togo and Benin,             called for talks.
            """)
        #expect(grouped.contains("Ghana member_of Volta Basin Authority"))
        #expect(grouped.contains("Benin member_of Volta Basin Authority"))

        // What a body comprises are its members; a state that only qualifies a noun is not one.
        let comprised = wireRelations("""
            Officials set up the Joint Border Task Force, which comprises U.S. police officers and liaisons \
            from several agencies, including Europol and Frontex.
            """)
        #expect(comprised.contains("Europol member_of Joint Border Task Force"))
        #expect(comprised.contains("Frontex member_of Joint Border Task Force"))
        #expect(!comprised.contains("United States member_of Joint Border Task Force"))

        // A body that brings others together, or a confederation formed by states, is made of them;
        // a clause after the list ("after they quit X") names no member.
        let composed = wireRelations("""
            The Coastal Front (CF) brings together the Harbour Workers Party, the Green League and the Farmers Union. \
            The Andean Union, the bloc formed by the governments of Peru, Bolivia and Ecuador after they quit the \
            Pacific Alliance, met on Monday.
            """)
        for party in ["Harbour Workers Party", "Green League", "Farmers Union"] {
            #expect(composed.contains("\(party) member_of Coastal Front"))
        }
        for country in ["Peru", "Bolivia", "Ecuador"] {
            #expect(composed.contains("\(country) member_of Andean Union"))
        }
        #expect(!composed.contains("Pacific Alliance member_of Andean Union"))

        // A body made of a union's regulators is part of the union.
        let regulators = wireRelations("""
            The fine was endorsed by the Data Board, which brings together the EU's national privacy regulators.
            """)
        #expect(regulators.contains("Data Board member_of European Union"))
        #expect(!regulators.contains("European Union member_of Data Board"))
    }

    @Test func aWordThatOpensAPlacesNameAndABodysNamesNeither() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            The dam would sit on the Mekong River. The Mekong River Commission met on Monday. \
            Activists called the dam a disaster for the Mekong.
            """), documentID: "t")
        let commission = extraction.entities.first { $0.name == "Mekong River Commission" }
        #expect(commission != nil)
        #expect(commission?.aliases.contains("Mekong") == false)
    }

    @Test func aCoChairLeadsAsAChairDoes() {
        let found = wireRelations("Lena Vogt, co-chair of the Green Party, said the vote was close.")
        #expect(found.contains("Lena Vogt leads Green Party"))
        #expect(!found.contains("Lena Vogt member_of Green Party"))
    }

    @Test func aPersonInACountryIsNotItsMember() {
        let found = wireRelations("Police arrested Jorge Ruiz in Colombia on Monday.")
        #expect(!found.contains { $0.hasPrefix("Jorge Ruiz member_of") })
    }

    @Test func aCommaAndOpensAClauseWithItsOwnSubject() {
        let found = wireRelations("Israeli strikes on Hamas killed dozens, and Egypt condemned the offensive.")
        #expect(!found.contains { $0.hasSuffix("targets Egypt") })
    }

    @Test func aStanceOnAStatesActIsAStanceOnTheState() {
        let found = wireRelations("""
            Poland condemned Russian aggression in Ukraine. Brazil welcomed Chinese investment in its ports. \
            Germany imposed sanctions on four Georgian officials.
            """)
        #expect(found.contains("Poland opposes Russia"))
        #expect(found.contains("Brazil supports China"))
        #expect(!found.contains { $0.hasSuffix("Georgia") })
        #expect(wireRelations("Amnesty International condemned the strikes by Russia on Monday.")
            .contains("Amnesty International opposes Russia"))
    }

    @Test func theNounABodyWasDescribedWithNamesItLater() {
        let found = wireRelations("""
            The Liberal Alliance, the second-largest group in the chamber, backed the Baltic Trade Pact. \
            "We will fight it," said Marco Ferrante, a member of the group.
            """)
        #expect(found.contains("Liberal Alliance supports Baltic Trade Pact"))
        #expect(found.contains("Marco Ferrante member_of Liberal Alliance"))
    }

    @Test func aBodyThePossessiveOwnsIsNotDescribedByIt() {
        let found = wireRelations("""
            The Liberal Alliance, the second-largest group in the chamber, opposed the bill. \
            The group's Youth Forum organised a protest. Ana Ruiz, a member of the group, criticised the bill.
            """)
        #expect(found.contains("Ana Ruiz member_of Liberal Alliance"))
        #expect(!found.contains("Ana Ruiz member_of Youth Forum"))
    }

    @Test func aDemonymOpensTheNameOfAPoliticalFormation() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            The ruling Georgian Dream party dismissed the measures. Its chairman, Irakli Kobakhidze, called them unfair.
            """), documentID: "t")
        #expect(extraction.entities.contains { $0.name == "Georgian Dream" && $0.kind == .organization })
        #expect(extraction.relations.contains { $0.source == "Irakli Kobakhidze" && $0.type == .leads && $0.target == "Georgian Dream" })
    }

    @Test func peopleFromABodyActForIt() {
        let found = wireRelations("""
            Observers from the African Union congratulated Peter Mbeki on his victory. \
            Members of the Senate criticized the Justice Department on Tuesday.
            """)
        #expect(found.contains("African Union supports Peter Mbeki"))
        #expect(found.contains("Senate opposes Justice Department"))
    }

    @Test func whoLeadsADelegationOfABodyBelongsToIt() {
        let found = wireRelations("Observers from the African Union, led by Amina Okoro, praised the vote.")
        #expect(found.contains("Amina Okoro member_of African Union"))
        #expect(!found.contains("Amina Okoro leads African Union"))
    }

    @Test func aBodyLeadsTheConsortiumOrVentureLedByIt() {
        let found = wireRelations("""
            Sekong Power Holdings is a consortium led by Chao Phraya Engineering. The field is run by Tengizchevroil, \
            a venture led by Chevron. The ministry, led by Harbour Pacific Holdings, objected.
            """)
        #expect(found.contains("Chao Phraya Engineering leads Sekong Power Holdings"))
        #expect(found.contains("Chevron leads Tengizchevroil"))
        // Only a body of equals is led by one of them.
        #expect(!found.contains { $0.hasPrefix("Harbour Pacific Holdings leads") })
    }

    @Test func theOneBlamedStandsAfterOn() {
        let found = wireRelations("Senator Ana Cruz spoke on Monday. She blamed the delays on the Ministry of Finance.")
        #expect(found.contains("Ana Cruz opposes Ministry of Finance"))
    }

    @Test func aDescriptionMayRunOnAfterItsNoun() {
        let found = wireRelations("""
            President Donald Trump, the Republican nominee for the 2024 U.S. presidential election, spoke in Ohio. \
            Some Republicans have praised Trump's remarks.
            """)
        #expect(found.contains("Donald Trump member_of Republican Party"))
        #expect(found.contains("Republican Party supports Donald Trump"))
    }

    @Test func aStanceOnThePlanIsAStanceOnWhoProposedIt() {
        let found = wireRelations("Romania decided to buy 216 tanks from Seoul. KNDS criticised the decision on Friday.")
        #expect(found.contains("KNDS opposes Romania"))
        let unrelated = wireRelations("KNDS criticised the decision on Friday. Romania decided to buy 216 tanks.")
        #expect(!unrelated.contains("KNDS opposes Romania"))
    }

    @Test func aQuotationDescribesTheObjectWithoutNamingOne() {
        let found = wireRelations("KNDS criticised the decision as \"a missed opportunity for European industry.\"")
        #expect(!found.contains { $0.hasPrefix("KNDS opposes") })
    }

    @Test func whatIsDoneUnderAPolicyTiesItsActorToIt() {
        let found = wireRelations("""
            Under the Green Deal Industrial Plan, Siemens Energy will receive 200 million euros. \
            Laos notified the commission of the dam in January under the Mekong Agreement. \
            Under the Oslo Protocol, which Quintero and Castaño signed, the ELN committed to free hostages.
            """)
        #expect(found.contains("Green Deal Industrial Plan applies_to Siemens Energy"))
        #expect(found.contains("Laos enacts Mekong Agreement"))
        #expect(found.contains("Oslo Protocol applies_to National Liberation Army"))
        #expect(!found.contains("Oslo Protocol applies_to Quintero"))

        // A state's body acting under a law, or under a part of it, invokes the law.
        let invoked = wireRelations("""
            The Fair Trade Tribunal said it had assessed the deal under the public-interest provisions of the Trade Practices Act.
            """)
        #expect(invoked.contains("Fair Trade Tribunal enacts Trade Practices Act"))
        #expect(!invoked.contains("Trade Practices Act applies_to Fair Trade Tribunal"))
    }

    @Test func whatASpeakerCallsSomethingSaysWhereTheyStand() {
        let found = wireRelations("""
            Ruud Kramer called the Baltic Accord "a betrayal of four million voters." \
            Grace Otieno said the Transit Agreement would be a disaster for farmers. \
            Kenya signed the Lamu Accord, which Samuel Ruto called "a great success." \
            The Senate called for hearings on the Lamu Accord.
            """)
        #expect(found.contains("Ruud Kramer opposes Baltic Accord"))
        #expect(found.contains("Grace Otieno opposes Transit Agreement"))
        #expect(found.contains("Samuel Ruto supports Lamu Accord"))
        #expect(!found.contains("Senate opposes Lamu Accord"))  // "called for" appeals; it judges nothing
        // Any verb after the thing judged may carry the judgement.
        let verb = wireRelations("The Depositors' Union said the Bank Resolution Law protects the bankers who caused this disaster.")
        #expect(verb.contains("Depositors' Union opposes Bank Resolution Law"))
    }

    @Test func theWordsOfOfficialDisputesJudgeAndAnActJudgesItsOwner() {
        // VADER does not rate "discriminatory" or "blackmail"; AFINN does.
        let found = wireRelations("""
            Harbourline Group said Ghana's decision was discriminatory. \
            The Russian Foreign Ministry called Norway's decision "blackmail".
            """)
        #expect(found.contains("Harbourline Group opposes Ghana"))
        #expect(found.contains("Russian Foreign Ministry opposes Norway"))
        #expect(!found.contains("Russian Foreign Ministry meets Norway"))
    }

    @Test func aNegationTurnsAnEvaluation() {
        let found = wireRelations("Grace Otieno said the Transit Agreement was not a success.")
        #expect(found.contains("Grace Otieno opposes Transit Agreement"))
    }

    @Test func supportRefusedOpposesAndARevokedHoldingTargetsItsHolder() {
        let found = wireRelations("""
            OPEC+ ended its meeting without a deal, after Iraq and Kazakhstan refused to back Saudi Arabia. \
            Ghana has revoked the concession of Atlantic Gateway Group, which runs the terminal.
            """)
        #expect(found.contains("Iraq opposes Saudi Arabia"))
        #expect(!found.contains("Iraq supports Saudi Arabia"))
        #expect(found.contains("Ghana targets Atlantic Gateway Group"))
        // Dismissing a body's board acts against the body; dismissing a pact opposes it.
        let dismissed = wireRelations("""
            Bulgaria's government dismissed the management board of Bulgarian National Television. \
            The United Party dismissed the Lusaka Pact.
            """)
        #expect(dismissed.contains("Bulgaria targets Bulgarian National Television"))
        #expect(dismissed.contains("United Party opposes Lusaka Pact"))
    }

    @Test func aCurlyApostropheDeniesAsAStraightOneDoes() {
        let found = wireRelations("Brazil didn’t back Venezuela at the summit, and Chile wouldn’t support Peru either.")
        #expect(!found.contains("Brazil supports Venezuela"))
        #expect(!found.contains("Chile supports Peru"))
    }

    @Test func partiesThatAgreeHaveMet() {
        let found = wireRelations("Colombia's government and Venezuela agreed on Wednesday to reopen the border.")
        #expect(found.contains("Colombia meets Venezuela"))
    }

    @Test func theTwoLeadersAreTheTwoPeopleNamedLast() {
        let found = wireRelations("""
            Kenyan President Samuel Kiprotich and Ethiopian Prime Minister Dawit Bekele signed a trade agreement. \
            The two leaders held three hours of talks in Nairobi.
            """)
        #expect(found.contains("Samuel Kiprotich meets Dawit Bekele"))
        // Both names joined by "and" sign, though the parse hangs the second from the first's title.
        #expect(found.contains("Dawit Bekele enacts trade agreement"))
    }

    @Test func anEastAsianNameIsCalledByItsFamilyName() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Wire Copy

            South Korean President Han Jeong-min met Romania's president on Monday. Han called Romania "a trusted partner."
            """), documentID: "t")
        #expect(!extraction.entities.contains { $0.name == "Han" })
        #expect(extraction.relations.contains { $0.source == "Han Jeong-min" && $0.type == .supports && $0.target == "Romania" })
    }

    @Test func whoLeadsAPartOfAStateBelongsToIt() {
        let found = wireRelations("Senator Laura Quintero, who leads the Colombian government's team, spoke in Havana.")
        #expect(found.contains("Laura Quintero member_of Colombia"))
        #expect(!found.contains("Laura Quintero leads Colombia"))
    }

    @Test func aTitleCaseRunKeepsTheNamesInIt() {
        let found = wireRelations("""
            President Donald Trump spoke about the cartels in Mexico on Friday.

            Sources
            CNN, "Trump Weighs Strikes Targeting Cartels Inside Mexico," Sept 5, 2025.
            """)
        #expect(found.contains("CNN reported Donald Trump"))
    }

    @Test func aPlaceNamedWithItsNounIsInTheStateAfterIt() {
        let found = wireRelations("""
            The trial is at a power station in Banten province, Indonesia. Troops fired on a post in the Batken region of Kyrgyzstan. \
            The government is based in the Red Sea city of Port Sudan.
            """)
        #expect(found.contains("Banten located_in Indonesia"))
        #expect(found.contains("Batken located_in Kyrgyzstan"))
        #expect(!found.contains("Red Sea located_in Sudan"))
    }

    @Test func aBodyIsWhereItIsBased() {
        let found = wireRelations("Solvera Motors, which is based in the Spanish capital, Madrid, cut 300 jobs.")
        #expect(found.contains("Solvera Motors located_in Madrid"))
        // A capital named as one, or after a name's "of", is the city, not its state.
        let capital = wireRelations("The accord, signed in the Kyrgyz capital Bishkek by ministers, commits Kyrgyzstan to release water.")
        #expect(capital.contains("Bishkek located_in Kyrgyzstan"))
        let of = wireCopy("The EU sanctioned Sarpan Aero Components and Vitosha Technical Supplies of Sofia.")
        #expect(!of.entities.contains { $0.name == "Bulgaria" })

        // A description may stand between the body and "based"; "the city of X" names the place, not its country's adjective.
        let described = wireRelations("""
            The Third Water Court, based in the northern Peruvian city of Arequipa, halted the works. \
            The Coastal Rangers Association, a conservation group based in the fishing village of Tamarindo, objected.
            """)
        #expect(described.contains("Third Water Court located_in Arequipa"))
        #expect(!described.contains("Third Water Court located_in Peru"))
        #expect(described.contains("Coastal Rangers Association located_in Tamarindo"))
    }

    @Test func theRulingIsTheCourtsWhereNoParseReadsIt() {
        let found = wireRelations("""
            The Lisbon Court of Appeal ruled that the request met all legal conditions. \
            Sonangol's chief executive, Sebastião Gaspar, welcomed the ruling.
            """)
        #expect(found.contains("Sebastião Gaspar supports Lisbon Court of Appeal"))
    }

    @Test func theDealIsThePolicyTheArticleCalledAnAccord() {
        let found = wireRelations("""
            The leaders signed the 64-page accord, titled "Building Together," in The Hague. \
            The Asylum Emergency Act stays in force, and the Climate Acceleration Act passes.

            The Party for Freedom condemned the deal.
            """)
        #expect(found.contains("Party for Freedom opposes Building Together"))
    }

    @Test func aRelativeClauseBetweenSubjectAndVerbIsSkippedWhole() {
        let found = wireRelations("""
            The Party for Freedom (PVV), which won the most seats but was left out of the negotiations, \
            condemned the Coalition Accord.
            """)
        #expect(found.contains("Party for Freedom opposes Coalition Accord"))
    }

    @Test func anAgreementSignedWithSomeoneMakesPartners() {
        let found = wireRelations("""
            Kairo Heavy Industries said it had signed a memorandum of understanding with the Indonesian developer Nusantara Energy.
            """)
        #expect(found.contains("Kairo Heavy Industries supports Nusantara Energy"))
        #expect(found.contains("Nusantara Energy supports Kairo Heavy Industries"))
        #expect(!found.contains { $0.hasPrefix("Kairo Heavy Industries supports Indonesia") })
        // A preposition between "with" and a name makes the name no partner.
        #expect(!wireRelations("Ghana reached a restructuring deal with official creditors under the Group of 20's Common Framework.")
            .contains { $0.contains(" supports ") })
        // An agreement signed "in" a place, or "with" a date, has no partner.
        #expect(!wireRelations("Kairo Heavy Industries signed the contract with effect from Monday in Jakarta.")
            .contains { $0.contains(" supports ") })
    }

    @Test func aPlaceNamedAsTheCapitalOfAnotherIsInIt() {
        #expect(wireRelations("El Fasher, the capital of North Darfur state, has been besieged for a year.")
            .contains("El Fasher located_in North Darfur"))
        #expect(wireRelations("The company is based in Abu Dhabi, the capital of the United Arab Emirates.")
            .contains("Abu Dhabi located_in United Arab Emirates"))
        #expect(wireRelations("Aid reached Mbale, a town of about 90,000 people in eastern Uganda, on Monday.")
            .contains("Mbale located_in Uganda"))
        // A country before a noun that modifies the place noun: "the Cypriot port city".
        #expect(wireRelations("Aldera Trading is a firm registered in the Cypriot port city of Limassol.")
            .contains("Limassol located_in Cyprus"))
        #expect(wireRelations("Students from Kampala's Makerere University marched on parliament.")
            .contains("Makerere University located_in Kampala"))
        // A capitalized word after the place noun is a name of its own: no place is said to hold it.
        #expect(!wireRelations("El Fasher, the city Governor Adam Musa runs, was besieged.").contains { $0.contains("located_in") })
    }

    @Test func aBodysNounBeforeATitleIsTheBody() {
        let found = wireRelations("""
            The Uganda Police Force said the march was illegal. "Nobody will paralyse the city," police spokesman Moses Ainebyoona told reporters.
            """)
        #expect(found.contains("Moses Ainebyoona member_of Uganda Police Force"))
        // Two bodies the noun could mean: neither.
        let two = wireRelations("""
            The Uganda Police Force and the Kenya Police Service met. "We agreed," police spokesman Moses Ainebyoona said.
            """)
        #expect(!two.contains { $0.hasPrefix("Moses Ainebyoona member_of") && $0.contains("Police") })
    }

    @Test func aVerbJoinedByAndSharesTheSubjectOfTheVerbBefore() {
        let found = wireRelations("""
            Sudan's U.N. ambassador, Hassan Babiker, thanked Russia for its position and accused the RSF of committing genocide.
            """)
        #expect(found.contains("Hassan Babiker opposes Rapid Support Forces"))
        #expect(!found.contains("Russia opposes Rapid Support Forces"))
        // The body before a title is the title's field, not a part of the country.
        #expect(!found.contains("United Nations member_of Sudan"))
    }

    @Test func whatABodySaysItWillDoIsNoJudgementOfAnything() {
        let found = wireRelations("""
            Lawmakers approved the Migration Solidarity Pact. Patriots for Europe condemned the pact and said it would \
            challenge the law at the Court of Justice of the European Union.
            """)
        #expect(found.contains("Patriots for Europe opposes Migration Solidarity Pact"))
        #expect(!found.contains("Patriots for Europe supports Migration Solidarity Pact"))
    }

    @Test func whereABodyIsIncorporatedIsItsSeat() {
        #expect(wireRelations("Golden Tide Shipping Co, a company incorporated in the Marshall Islands, denied any wrongdoing.")
            .contains("Golden Tide Shipping Co located_in Marshall Islands"))
    }

    @Test func aConjunctAfterAnArticleTakesPartToo() {
        let found = wireRelations("Lithuania, a member of both NATO and the EU, has backed Ukraine since 2022.")
        #expect(found.contains("Lithuania member_of North Atlantic Treaty Organization"))
        #expect(found.contains("Lithuania member_of European Union"))
    }

    @Test func theHeadOfAFieldIsAMemberOfTheBody() {
        let found = wireRelations("""
            The Athletics Integrity Unit (AIU) banned her. "The rules apply to everyone," said Jonathan Ferris, the AIU's head of case management.
            """)
        #expect(found.contains("Jonathan Ferris member_of Athletics Integrity Unit"))
        #expect(!found.contains("Jonathan Ferris leads Athletics Integrity Unit"))
    }

    @Test func aCapitalBeforeABodyNounIsTheCity() {
        let extraction = wireCopy("Her lawyer, Marcus Henriques of the Kingston firm Henriques & Dunbar, said the tribunal erred.")
        let found = extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(found.contains("Henriques & Dunbar located_in Kingston"))
        #expect(found.contains("Marcus Henriques member_of Henriques & Dunbar"))
        #expect(!extraction.entities.contains { $0.name == "Jamaica" })
    }

    @Test func itAfterAStanceVerbIsThePolicyNamedLast() {
        let found = wireRelations("""
            Lawmakers passed the Clean Rivers Act on Friday, while the opposition Farmers Union voted against it. \
            It was opposed by the Miners League as well. \
            The Clean Rivers Act names the Harbour Authority, and the Fishers Guild backed it.
            """)
        #expect(found.contains("Farmers Union opposes Clean Rivers Act"))
        #expect(found.contains("Miners League opposes Clean Rivers Act"))
        // A body named after the policy is what "it" stands for: no stance on the act.
        #expect(!found.contains("Fishers Guild supports Clean Rivers Act"))
    }

    @Test func aPolicyAppliesToWhomItObligesAndToEachPlaceItIsDeclaredFor() {
        let found = wireRelations("""
            The Coal Exit Act would require Northgrid, the state utility, to close its last plants. \
            The Water Accord commits Kyrgyzstan to release more water. \
            Mozambique's government declared a state of emergency in Zambezia and Sofala on Monday.
            """)
        #expect(found.contains("Coal Exit Act applies_to Northgrid"))
        #expect(found.contains("Water Accord applies_to Kyrgyzstan"))
        #expect(found.contains("state of emergency applies_to Zambezia"))
        #expect(found.contains("state of emergency applies_to Sofala"))
    }

    @Test func aChamberOfLawmakersIsTheStatesAndItsLawsAreArguedAtHome() {
        let found = wireRelations("""
            The Slovak Republic's Chamber of Deputies on Thursday passed the Coal Exit Act. \
            It was opposed by the Freedom Party.
            """)
        #expect(found.contains("Chamber of Deputies member_of Slovakia"))
        #expect(found.contains("Chamber of Deputies enacts Coal Exit Act"))
        #expect(found.contains("Freedom Party opposes Coal Exit Act"))
        #expect(!found.contains("Freedom Party opposes Slovakia"))
        // A minister of a country serves it; only a prime minister leads it.
        let minister = wireRelations("The summit named an envoy, Kofi Mensah, a former foreign minister of Ghana.")
        #expect(minister.contains("Kofi Mensah member_of Ghana"))
        #expect(!minister.contains("Kofi Mensah leads Ghana"))
    }

    @Test func aPronounBeforeAnyNameKeepsThePersonItStoodFor() {
        let found = wireRelations("""
            Colonel Amadou Jarra seized power and detained President Lamin Sowe. \
            In a televised address, he accused Sowe of corruption. He has dissolved the National Assembly.
            """)
        // "he accused Sowe" is not Sowe accusing himself.
        #expect(found.contains("Amadou Jarra opposes Lamin Sowe"))
        #expect(found.contains("Amadou Jarra targets National Assembly"))
        #expect(!found.contains("Lamin Sowe targets National Assembly"))
    }

    @Test func aBodyDescribedAfterItsCountrysPossessiveIsWhatTheNounMeans() {
        let found = wireRelations("""
            The Medicines Agency, Australia's medicines regulator, rejected the drug on Monday. \
            "The evidence was weak," said Anjali Deshpande, who heads the regulator. \
            The Nurses Guild said it would join any strike called by the Medicines Agency.
            """)
        #expect(found.contains("Anjali Deshpande leads Medicines Agency"))
        // Another verb's agent is no object of the act.
        #expect(!found.contains { $0.contains("targets Medicines Agency") })
    }

    @Test func aSuspensionTargetsWhatIsSuspended() {
        let found = wireRelations("""
            The West African Union suspended Gambia from all of its bodies on Tuesday. \
            Ana Torres, who heads the Ministry of Mines, said it had suspended Andina Copper's licence.
            """)
        #expect(found.contains("West African Union targets Gambia"))
        // "it" after the speaker's "said" is the body she heads, not the speaker.
        #expect(found.contains("Ministry of Mines targets Andina Copper"))
        #expect(!found.contains("Ana Torres targets Andina Copper"))
    }

    @Test func aPolicyIsActedOnInItsRelativeClauseAndItsApposition() {
        let found = wireRelations("""
            He cited the Transit Accord, which Kenya signed in May. \
            She pledged to repeal the Cyber Security Act, a law passed by the National Assembly last year. \
            The Coastal Lease Decree, adopted by the Cabinet of Montenegro in March, hands land to investors.
            """)
        #expect(found.contains("Kenya enacts Transit Accord"))
        #expect(found.contains("National Assembly enacts Cyber Security Act"))
        #expect(found.contains("Cabinet of Montenegro enacts Coastal Lease Decree"))
        // The agent of the passive is not what the policy applies to.
        #expect(!found.contains("Coastal Lease Decree applies_to Cabinet of Montenegro"))
        // A state's government owns its policy.
        #expect(wireRelations("The ruling is a setback for the Peruvian government's National Copper Strategy.")
            .contains("Peru enacts National Copper Strategy"))
    }

    @Test func aSecondParticipleEndsWhatABodyIsFormedOf() {
        let found = wireRelations("""
            The National Unity Government, a parallel administration formed by ousted lawmakers and not recognised by \
            ASEAN, welcomed the plan.
            """)
        #expect(!found.contains { $0.contains("member_of National Unity Government") })
        let formed = wireRelations("The Alliance of Sahel States, the confederation formed by Mali, Burkina Faso and Niger, met.")
        #expect(formed.contains("Niger member_of Alliance of Sahel States"))
    }

    @Test func aBodyDescribedByItsCountryIsTheObjectNotTheCountry() {
        let found = wireRelations("The company Tinklu Linija said it was working with the Finnish cybersecurity firm Kestrel Labs.")
        #expect(found.contains("Tinklu Linija supports Kestrel Labs"))
        #expect(!found.contains("Tinklu Linija supports Finland"))
    }
}

extension RelationShapeTests {
    @Test func aPlaceInAStatesPossessivePlaceIsInThatPlace() {
        let found = wireRelations("He asked for the throne to be returned to Bandeng, in Cameroon's West Region.")
        #expect(found.contains("Bandeng located_in West Region"))
        #expect(!found.contains("Bandeng located_in Cameroon"))
        #expect(found.contains("West Region located_in Cameroon"))
    }
}

extension RelationShapeTests {
    @Test func aBodyDescribedAsAPartOfAnotherIsItsMember() {
        let found = wireRelations("""
            Citizen Lab, a research group at the University of Toronto, confirmed the findings. The Islamic Action Front, \
            the largest opposition party in the House of Representatives, called for an inquiry.
            """)
        #expect(found.contains("Citizen Lab member_of University of Toronto"))
        #expect(found.contains("Islamic Action Front member_of House of Representatives"))
        // A body that works with another is no part of it.
        #expect(!wireRelations("Citizen Lab, a research group working with the University of Toronto, confirmed it.")
            .contains("Citizen Lab member_of University of Toronto"))
    }
}
