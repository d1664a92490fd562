@testable import Extraction
import Foundation
import NewsGraphCore
import Testing

/// "Mexico's president didn't really meet Trump." in CoNLL-U: a possessive, a
/// contraction written as one word, and punctuation.
private let treebankText = """
    # text = Mexico's president didn't really meet Trump.
    1\tMexico\tMexico\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_
    2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
    3\tpresident\tpresident\tNOUN\tNN\t_\t7\tnsubj\t_\t_
    4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
    4\tdid\tdo\tAUX\tVBD\t_\t7\taux\t_\t_
    5\tn't\tnot\tPART\tRB\t_\t7\tadvmod\t_\t_
    6\treally\treally\tADV\tRB\t_\t7\tadvmod\t_\t_
    7\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\t_
    8\tTrump\tTrump\tPROPN\tNNP\t_\t7\tobj\t_\t_
    9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_

    # text = Germany imposed sanctions on Turkey.
    1\tGermany\tGermany\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\timposed\timpose\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tsanctions\tsanction\tNOUN\tNNS\t_\t2\tobj\t_\t_
    4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_
    5\tTurkey\tTurkey\tPROPN\tNNP\t_\t3\tnmod\t_\t_
    6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_


    """

private func treebankFile(_ text: String = treebankText) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-treebank-\(UUID().uuidString).conllu")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
}

@Suite struct TreebankTests {
    @Test func aWordAfterADeterminerOrAdjectiveIsNoVerb() throws {
        let parser = try #require(DependencyParser.bundled)
        let (words, tree) = parser.parse("He sold the club to U.S. investment fund Bramblecrest Capital.")
        let fund = try #require(words.firstIndex(of: "fund"))
        #expect(tree.tags[fund] == .noun)
        let (described, parsed) = parser.parse("Niger's army-led government accused Benin.")
        let participle = try #require(described.firstIndex(of: "army-led"))
        #expect(parsed.tags[participle] == .adjective)
        let (owned, ownedParse) = parser.parse("The office blocked Helvara's planned acquisition of the group.")
        let planned = try #require(owned.firstIndex(of: "planned"))
        #expect(ownedParse.tags[planned] == .adjective)
    }

    @Test func treesMoveOntoNewsGraphsWords() throws {
        let sentences = try Treebank.read(try treebankFile())
        #expect(sentences.count == 2)
        let (tokens, tree) = try #require(sentences[0].projected())
        // "Mexico's" is one word with a possessive flag, "didn't" one word, the period a mark.
        #expect(tokens.map(\.text) == ["Mexico", "president", "didn't", "really", "meet", "Trump"])
        #expect(tree.heads == [1, 4, 4, 4, -1, 4])
        #expect(tree.labels == [.possessor, .nominalSubject, .other, .other, .root, .object])
        #expect(tree.tags == [.properNoun, .noun, .auxiliary, .adverb, .verb, .properNoun])
        #expect(tree.isProjective)
    }

    @Test func crossingArcsAreNotProjective() {
        let crossing = ParsedSentence(
            tags: Array(repeating: .noun, count: 4), heads: [2, -1, 1, 0],
            labels: Array(repeating: .other, count: 4))
        #expect(!crossing.isProjective)
    }

    @Test func aMalformedLineIsNamed() throws {
        let url = try treebankFile("# text = A b\n1\tA\n")
        #expect(throws: FileError.self) { try Treebank.read(url) }
    }
}

@Suite struct DependencyParserTests {
    @Test func trainingIsReproducibleAndLearnsItsSentences() throws {
        let sentences = try Treebank.read(try treebankFile())
        var trainer = DependencyParserTrainer()
        trainer.folds = 1  // two sentences: jackknifed tags would be noise
        trainer.smallestWeight = 0
        let first = trainer.train(sentences, provenance: "test")
        let second = trainer.train(sentences, provenance: "test")
        #expect(first == second)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).model")
        try Data(first).write(to: url)
        let parser = try DependencyParser(contentsOf: url)
        #expect(parser.provenance == "test")
        let (_, tree) = parser.parse("Germany imposed sanctions on Turkey.")
        #expect(tree.heads == [1, -1, 1, 4, 2])
    }

    @Test func aDamagedModelIsNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).model")
        try Data("NGDP\u{1}\0\0\0garbage".utf8).write(to: url)
        #expect {
            try DependencyParser(contentsOf: url)
        } throws: { error in
            (error as? FileError)?.path == url.path && "\(error)".contains("damaged")
        }
    }

    @Test func theShippedParserReadsWhoDidWhatToWhom() throws {
        let parser = try #require(DependencyParser.bundled)
        let (words, tree) = parser.parse("The ministry said that Greece had condemned Turkey and Syria.")
        let condemned = try #require(words.firstIndex(of: "condemned"))
        #expect(tree.heads[words.firstIndex(of: "Greece")!] == condemned)
        #expect(tree.labels[words.firstIndex(of: "Greece")!] == .nominalSubject)
        #expect(tree.heads[words.firstIndex(of: "Turkey")!] == condemned)
        #expect(tree.labels[words.firstIndex(of: "Syria")!] == .conjunct)
        let (passiveWords, passive) = parser.parse("Turkey was condemned by Greece.")
        #expect(passive.labels[passiveWords.firstIndex(of: "Turkey")!] == .passiveSubject)
        #expect(passive.labels[passiveWords.firstIndex(of: "Greece")!] == .agent)
    }

    @Test func namesTheRecognizerFoundAreProperNouns() throws {
        let parser = try #require(DependencyParser.bundled)
        let tokens = Tokenizer.tokens(of: "Turkey was condemned by Greece.")
        let read = parser.read(tokens, names: [0..<1, 4..<5])
        #expect(read.tags[0] == .properNoun && read.tags[4] == .properNoun)
    }
}

@Suite struct ParsedRelationTests {
    private func relations(_ text: String) -> Set<String> {
        let extraction = Extractor().extract(Article(path: "t.txt", text: text), documentID: "t")
        return Set(extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test func passivesCoordinationAndEmbeddedClausesKeepTheirRoles() {
        let found = relations("""
            Talks stall

            In a statement on Monday, the ministry said that Greece had formally condemned Turkey and Syria. \
            Turkey was later criticized by Cyprus.
            """)
        #expect(found.contains("Greece opposes Turkey"))
        #expect(found.contains("Greece opposes Syria"))
        #expect(found.contains("Cyprus opposes Turkey"))
        #expect(!found.contains("Turkey opposes Cyprus"))
    }

    @Test func aDeniedActIsNoRelation() {
        let found = relations("""
            Coalition splits

            Hungary did not support Ukraine at the summit in Brussels on Thursday.
            """)
        #expect(!found.contains { $0.hasPrefix("Hungary supports") })
    }

    @Test func titlesInAppositionAndTitlesOfTheBodyBeforeTakeTheirOwner() {
        let found = relations("""
            Union walks out

            Norvik Steel Corporation shut its mill on Monday. Its chief executive, Lars Berglund, said the plant \
            would stay open. Elena Rossi, the leader of the Federation of Metal Workers, said the strike would go on.
            """)
        #expect(found.contains("Lars Berglund leads Norvik Steel Corporation"))
        #expect(found.contains("Elena Rossi leads Federation of Metal Workers"))
    }

    @Test func theDealIsThePolicyTheArticleNamed() {
        let found = relations("""
            Pact approved

            Lawmakers approved the Northern Fisheries Accord on Tuesday. The Iceland Fishing Federation \
            condemned the deal the same day.
            """)
        #expect(found.contains("Iceland Fishing Federation opposes Northern Fisheries Accord"))
    }

    @Test func aBodysNameMayHoldAPossessiveAndWhatIsActedOnMayBeOwned() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Vote in Strasbourg

            Karin Lindqvist, a lawmaker from the European People's Party, backed the text. Foreign Minister Lena Albrecht \
            rejected Hungary's demand for an exemption. Mexico's Congress met on Monday.
            """), documentID: "t")
        let names = Set(extraction.entities.map(\.name))
        #expect(names.contains("European People's Party"))
        #expect(!names.contains("Mexico's Congress"))
        let found = Set(extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        #expect(found.contains("Karin Lindqvist member_of European People's Party"))
        #expect(found.contains("Lena Albrecht opposes Hungary"))
    }

    @Test func placesInAppositionAndSentenceFinalSources() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Port deal

            Ships will dock at the Kenyan port of Lamu from May. Talks were held in Nairobi, the Kenyan capital. \
            Ethiopia will finance a new road, the news agency Reuters reported.
            """), documentID: "t")
        let found = Set(extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        #expect(found.contains("Lamu located_in Kenya"))
        #expect(extraction.entities.contains { $0.name == "Nairobi" && $0.kind == .location })
        #expect(found.contains("Reuters reported Ethiopia"))
        #expect(!found.contains("Ethiopia supports Reuters"))
    }

    @Test func threatsPlansAndQuestionsAreMarked() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Border tension

            Armenia threatened to sanction Azerbaijan on Monday. Georgia plans to sanction Russia next year. \
            Iran criticized Iraq on Tuesday. Will Turkey attack Syria?
            """), documentID: "t")
        let modality = Dictionary(
            extraction.relations.map { ("\($0.source) \($0.type.rawValue) \($0.target)", $0.modality) }, uniquingKeysWith: { first, _ in first })
        #expect(modality["Armenia targets Azerbaijan"] == .threatened)
        #expect(modality["Georgia targets Russia"] == .planned)
        #expect(modality["Iran opposes Iraq"] == .asserted)
        #expect(modality["Turkey targets Syria"] == .questioned)
    }

    @Test func bodiesBelongToTheCountryOrBodyTheirNamesOrPossessivesSay() {
        let found = relations("""
            Court rules

            Portugal's Constitutional Court rejected the appeal on Monday. The Court of Justice of the European Union \
            will hear the case; the European Union said it would comply. Mexico's drug cartels were not mentioned.
            """)
        #expect(found.contains("Portuguese Constitutional Court member_of Portugal"))
        #expect(found.contains("Court of Justice of the European Union member_of European Union"))
        #expect(!found.contains { $0.contains("cartels member_of") })
    }

    @Test func datelinesAreReadWithTheirCountryButNotPastIt() {
        func dateline(_ text: String) -> Int {
            Sentence(text: text, index: 0, isHeadline: false).tokenized(with: .bundled).datelineLength
        }
        #expect(dateline("BERLIN — Talks began.") == 1)
        #expect(dateline("THE HAGUE — Talks began.") == 2)
        #expect(dateline("VALLADOLID, Spain — Workers walked out.") == 2)
        #expect(dateline("NATO, the alliance — said to be united — met.") == 0)
        #expect(dateline("Berlin — Talks began.") == 0)
        // Wire datelines: a date and the agency in parentheses, before a dash or a spaced hyphen.
        #expect(dateline("SANTIAGO (Reuters) - The bank raised rates.") == 2)
        #expect(dateline("WASHINGTON, March 3 (AP) — Talks began.") == 4)
        #expect(dateline("US-China talks resumed - officials said.") == 0)
        #expect(dateline("EU–Mercosur talks resumed on Monday.") == 0)
    }

    @Test func aDatelinesCityIsAPlaceAndAPolicyMayBeNamedByTitle() {
        let extraction = Extractor().extract(Article(path: "t.txt", text: """
            Accord signed

            THE HAGUE — Prime Minister Ingrid Dahl and President Sauli Niinistö signed the 40-page accord, \
            titled "Arctic Bridge," in Oslo on Tuesday.
            """), documentID: "t")
        #expect(extraction.entities.contains { $0.name == "The Hague" && $0.kind == .location })
        #expect(extraction.entities.contains { $0.name == "Arctic Bridge" && $0.kind == .policy })
        let found = Set(extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        #expect(found.contains("Sauli Niinistö enacts Arctic Bridge"))
        #expect(!found.contains("Arctic Bridge applies_to Oslo"))
    }

    @Test func relationsSayWhichRuleReadThem() {
        let extraction = Extractor().extract(
            Article(path: "t.txt", text: "Vote\n\nTurkey was criticized by Cyprus on Monday.\n"), documentID: "t")
        #expect(extraction.diagnostics.contains {
            $0.stage == "relations" && $0.message.hasPrefix("Cyprus opposes Turkey: parsedFrames")
        })
    }
}
