@testable import Extraction
import Foundation
import NewsGraphCore
import Testing

private func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tagger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite struct NameTagTests {
    @Test func spansAndBILOUTagsRoundTrip() {
        let spans = [
            NameSpan(tokens: 0..<1, type: .person), NameSpan(tokens: 2..<5, type: .organization),
            NameSpan(tokens: 5..<7, type: .location),
        ]
        let tags = NameTag.tags(of: spans, count: 8)
        #expect(tags[0].position == .unit && tags[2].position == .begin && tags[3].position == .inside)
        #expect(tags[4].position == .last && tags[1] == .outside && tags[7] == .outside)
        #expect(NameTag.spans(of: tags) == spans)
    }

    @Test func viterbiNeverBreaksANameWhateverTheScores() {
        // Emissions that prefer an inside tag first and an open tag last.
        let inside = NameTag(.inside, .person).rawValue, begin = NameTag(.begin, .organization).rawValue
        var first = SIMD16<Float>(repeating: 0), last = SIMD16<Float>(repeating: 0)
        first[inside] = 10
        last[begin] = 10
        let tags = Viterbi.decode(
            emissions: [first, last], transitions: Array(repeating: 0, count: (NameTag.count + 1) * NameTag.count),
            afterOutside: false)
        #expect(tags.count == 2)
        #expect(NameTag.outside.allows(tags[0]))
        #expect(tags[0].allows(tags[1]))
        #expect(!tags[1].isOpen)
    }

    @Test func viterbiFindsTheBestAllowedSequence() {
        var scores = [SIMD16<Float>](repeating: .zero, count: 3)
        scores[0][NameTag(.begin, .person).rawValue] = 2
        scores[1][NameTag(.last, .person).rawValue] = 2
        scores[2][0] = 1
        let tags = Viterbi.decode(
            emissions: scores, transitions: Array(repeating: 0, count: (NameTag.count + 1) * NameTag.count), afterOutside: true)
        #expect(NameTag.spans(of: tags) == [NameSpan(tokens: 0..<2, type: .person)])
    }
}

@Suite struct LabeledCorpusTests {
    @Test func readsIOB1AndIOB2AsConllevalChunksThem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mixed.conll")
        try """
            -DOCSTART- O

            Angela I-PER
            Merkel I-PER
            met O
            Joe B-PER
            Biden I-PER
            in O
            Berlin I-LOC
            Zoo I-ORG
            . O

            The O
            Eiffel B-MISC
            Tower I-MISC
            politician B-politician

            """.write(to: file, atomically: true, encoding: .utf8)
        let sentences = try LabeledCorpus.read(file, format: .conll)
        #expect(sentences.count == 2)
        #expect(sentences[0].names == [
            NameSpan(tokens: 0..<2, type: .person), NameSpan(tokens: 3..<5, type: .person),
            NameSpan(tokens: 6..<7, type: .location), NameSpan(tokens: 7..<8, type: .organization),
        ])
        // MISC is no name here; CrossNER's "politician" is a person.
        #expect(sentences[1].names == [NameSpan(tokens: 3..<4, type: .person)])
    }

    @Test func readsUniversalNERColumnsAndNamesTheFileOnBadLines() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("uner.iob2")
        try "# sent_id = 1\n1\tvisit\tO\t-\t-\n2\tTampa\tB-LOC\t-\t-\n3\tBay\tI-LOC\t-\t-\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try LabeledCorpus.read(good, format: .iob2)[0].names == [NameSpan(tokens: 1..<3, type: .location)])
        let bad = folder.appendingPathComponent("bad.iob2")
        try "1\tvisit\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect {
            try LabeledCorpus.read(bad, format: .iob2)
        } throws: { error in
            "\(error)".contains("bad.iob2") && "\(error)".contains("line 1")
        }
    }
}

@Suite struct AlignedSentenceTests {
    @Test func corpusWordsAreReadAsArticlesAreAndNamesMapBothWays() {
        let sentence = LabeledSentence(
            words: words("Mexico 's president met officials of the U.S. State Department ( in the Sea - Air museum ) ."),
            names: [NameSpan(tokens: 0..<1, type: .location), NameSpan(tokens: 7..<10, type: .organization)])
        let aligned = AlignedSentence(sentence, roles: nil)
        #expect(aligned.tokens.map(\.text).prefix(3) == ["Mexico", "president", "met"])
        #expect(aligned.tokens[0].isPossessive)
        #expect(aligned.tokens.contains { $0.text == "Sea-Air" })
        #expect(aligned.tokens[8].punctuationAfter == "(")
        #expect(aligned.names == [NameSpan(tokens: 0..<1, type: .location), NameSpan(tokens: 6..<9, type: .organization)])
        #expect(aligned.corpusNames(aligned.names) == sentence.names)
    }
}

@Suite struct NameGazetteerTests {
    @Test func longestMatchesOfEachListMarkTheirWords() {
        var builder = NameGazetteer.Builder()
        builder.add("New York", to: .city)
        builder.add("New York Times", to: .organization)
        builder.add("NATO", to: .acronym)
        let gazetteer = builder.build()
        let tokens = Tokenizer.tokens(of: "The New York Times and NATO, not nato")
        let hashes = tokens.map { FeatureHash.fnv($0.lowercased) }
        let marks = gazetteer.marks(of: tokens, wordHashes: hashes, in: [0..<tokens.count])
        let city = NameGazetteer.List.city.rawValue, organization = NameGazetteer.List.organization.rawValue
        let acronym = NameGazetteer.List.acronym.rawValue
        #expect(marks[1] & (1 << (2 * city)) != 0 && marks[2] & (1 << (2 * city + 1)) != 0)
        #expect(marks[3] & (1 << (2 * city + 1)) == 0)
        #expect(marks[1] & (1 << (2 * organization)) != 0 && marks[3] & (1 << (2 * organization + 1)) != 0)
        #expect(marks[5] & (1 << (2 * acronym)) != 0)
        #expect(marks[7] == 0)  // acronyms match in their own case only
        #expect(gazetteer.lists(tokens[1...3]) && !gazetteer.lists(tokens[2...3]))
    }

    @Test func everydayWordsAreKnownByTheirBandAndAreNoListedNames() {
        var builder = NameGazetteer.Builder()
        builder.add(word: "legal", band: 5)
        builder.add(word: "balcony", band: 3)
        builder.add("Legal", to: .organization)
        let gazetteer = builder.build()
        let tokens = Tokenizer.tokens(of: "Legal Balcony Okafor")
        #expect(gazetteer.isCommonWord(tokens[0]))
        #expect(!gazetteer.isCommonWord(tokens[1]) && !gazetteer.isCommonWord(tokens[2]))
        #expect(gazetteer.lists(tokens[0...0]) && !gazetteer.lists(tokens[1...1]))
    }
}

@Suite struct NameTaggerTrainingTests {
    /// A small corpus where names are known by their context only.
    func corpus() -> [LabeledSentence] {
        let people = ["Anna Berg", "Tom Reyes", "Lena Kraus", "Omar Haddad", "Eva Lind", "Ravi Nair", "Mia Costa", "Ken Ito"]
        let bodies = ["Northfield Athletic", "Harbor Bank", "Crest Mining", "Delta Press", "Orion Labs", "Vega Motors"]
        var sentences: [LabeledSentence] = []
        for (index, person) in people.enumerated() {
            let body = bodies[index % bodies.count]
            let text = "\(person) joined \(body) in March , officials said ."
            sentences.append(LabeledSentence(
                words: words(text),
                names: [NameSpan(tokens: 0..<2, type: .person), NameSpan(tokens: 3..<5, type: .organization)]))
            sentences.append(LabeledSentence(words: words("The company said prices would rise ."), names: []))
        }
        return sentences
    }

    func trainer(_ folder: URL) throws -> NameTaggerTrainer {
        for list in NameGazetteer.List.files {
            try "# test list\n".write(to: folder.appendingPathComponent(list.fileName + ".txt"), atomically: true, encoding: .utf8)
        }
        try "# test list\nMarch\n".write(to: folder.appendingPathComponent("person.txt"), atomically: true, encoding: .utf8)
        try "# test bands\nmarch\t4\nofficials\t5\n".write(
            to: folder.appendingPathComponent("word-frequency.txt"), atomically: true, encoding: .utf8)
        var trainer = try NameTaggerTrainer(gazetteerFolder: folder)
        trainer.epochs = 5
        trainer.smallestWeight = 0.05  // a corpus this small learns small weights
        return trainer
    }

    @Test func trainingIsReproducibleToTheByteAndTheModelReadsBack() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trainer = try trainer(folder)
        let first = trainer.train(corpus(), provenance: "test")
        let second = trainer.train(corpus(), provenance: "test")
        #expect(first == second)
        let file = folder.appendingPathComponent("test.model")
        try Data(first).write(to: file)
        let tagger = try NameTagger(contentsOf: file)
        #expect(tagger.provenance == "test")
        // Names it never saw, in the context it learned.
        let found = tagger.names(in: LabeledSentence(words: words("Tomasz Okafor-Lind joined Harrowgate Athletic in March ."), names: []))
        #expect(found == [NameSpan(tokens: 0..<2, type: .person), NameSpan(tokens: 3..<5, type: .organization)])
    }

    @Test func aDamagedModelNamesItsFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try trainer(folder).train(corpus(), provenance: "test")
        let truncated = folder.appendingPathComponent("truncated.model")
        try Data(bytes.prefix(bytes.count / 2)).write(to: truncated)
        let foreign = folder.appendingPathComponent("foreign.model")
        try Data("not a model".utf8).write(to: foreign)
        for file in [truncated, foreign] {
            #expect {
                try NameTagger(contentsOf: file)
            } throws: { error in
                "\(error)".contains(file.lastPathComponent)
            }
        }
    }
}

@Suite struct BundledNameTaggerTests {
    @Test func theShippedModelLoadsAndSaysWhatItWasTrainedOn() throws {
        let tagger = try #require(NameTagger.bundled)
        #expect(tagger.provenance.contains("gum-train.conll"))
        #expect(!tagger.provenance.contains("test"))
    }

    @Test func theShippedModelWasTrainedOnTodaysNameCues() throws {
        let tagger = try #require(NameTagger.bundled)
        // The tagger's features read the lexicon's name cues (head words, policy nouns, places).
        #expect(
            tagger.nameCues == Lexicon.bundled.wordRoles.fingerprint(of: .nameCues),
            "a name-cue list changed since training: run Scripts/train-tagger.sh and commit its model")
        #expect(tagger.nameCues != Lexicon.bundled.wordRoles.fingerprint(of: .nameCues.subtracting(.givenName)))
    }

    @Test func namesNoListHoldsAreFoundFromTheirShapeAndContext() throws {
        let tagger = try #require(NameTagger.bundled)
        let sentence = LabeledSentence(
            words: words("Striker Tomasz Okafor-Lind joined Harrowgate Athletic from Bramley Rovers on Tuesday ."), names: [])
        let found = Set(tagger.names(in: sentence).map { "\($0.type.label) \(sentence.words[$0.tokens].joined(separator: " "))" })
        #expect(found.contains("PER Tomasz Okafor-Lind"))
        #expect(found.contains("ORG Bramley Rovers"))
    }

    @Test func articlesGetPeopleNoRuleVouchesForAndDiagnosticsSayWho() {
        let text = """
            Club Signs New Striker

            Okwudili Brennan-Thorsby joined Harrowgate Athletic on Tuesday after three seasons in Lisbon. \
            Brennan-Thorsby scored twice in his first match.
            """
        let article = Article(path: "club.txt", text: text)
        let withTagger = Extractor().extract(article, documentID: "club")
        let rulesOnly = Extractor(tagger: nil).extract(article, documentID: "club")
        let person = withTagger.entities.first { $0.name == "Okwudili Brennan-Thorsby" }
        #expect(person?.kind == .person)
        #expect(person?.aliases.contains("Brennan-Thorsby") == true)
        #expect(person?.mentions == 2)
        #expect(!rulesOnly.entities.contains { $0.name == "Okwudili Brennan-Thorsby" })
        #expect(withTagger.diagnostics.contains {
            $0.stage == "names" && $0.message == "\"Okwudili Brennan-Thorsby\" (person): tagger"
        })
        #expect(withTagger.diagnostics.contains { $0.stage == "names" && $0.message == "\"Lisbon\" (location): list" })
    }
}
