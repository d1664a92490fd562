import Foundation
import NewsGraphCore

/// Turns one article into a ``DocumentExtraction`` through small stages, each
/// with its own type at the boundary:
/// text -> furniture-free lines -> ``Sentence``s -> ``Mention``s ->
/// ``LocalEntity``s -> relations.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// The learned name tagger; without one, names come from the rules alone.
    public let tagger: NameTagger?
    /// The learned dependency parser; without one, relations come from the word patterns alone.
    public let parser: DependencyParser?
    /// Whether extractions say what was dropped and where each name came
    /// from. A large build that prints none keeps none: they were a good
    /// part of its memory.
    public var keepsDiagnostics = true

    /// An ordinary article's words are made once and kept for every stage; a
    /// bigger text is tokenized again by each stage that needs its words, so
    /// that they are never all held at once.
    let largestArticleWithKeptWords: Int

    public init(lexicon: Lexicon = .bundled, tagger: NameTagger? = .bundled, parser: DependencyParser? = .bundled) {
        self.init(lexicon: lexicon, tagger: tagger, parser: parser, largestArticleWithKeptWords: 1_000_000)
    }

    init(lexicon: Lexicon, tagger: NameTagger? = .bundled, parser: DependencyParser? = .bundled, largestArticleWithKeptWords: Int) {
        self.lexicon = lexicon
        self.tagger = tagger
        self.parser = parser
        self.largestArticleWithKeptWords = largestArticleWithKeptWords
    }

    /// Extracts `article` as the document `documentID`.
    public func extract(_ article: Article, documentID: String) -> DocumentExtraction {
        let cleaned = FurnitureFilter().clean(article.text)
        var sentences = SentenceSplitter().split(lines: cleaned.lines)
        if article.text.utf8.count <= largestArticleWithKeptWords {
            sentences = sentences.map { $0.tokenized(with: lexicon) }
        }
        let title = sentences.first?.text ?? ""
        let recognizer = MentionRecognizer(lexicon: lexicon)
        let documentCase = tagger.map { _ in DocumentCase(sentences, lexicon: lexicon) }
        let mentions = sentences.map { sentence in
            let sentence = sentence.tokenized(with: lexicon)
            // A dateline names where the report was filed: its city is a place of the story,
            // and nothing else in it is.
            let dateline = sentence.datelineLength
            let found = [recognizer.datelinePlace(in: sentence)].compactMap { $0 }
                + recognizer.mentions(in: sentence).filter { $0.tokens.lowerBound >= dateline }
            // Headline case capitalizes every word, so the tagger is unsure there:
            // headlines are left to the rules, which wait for the body to name
            // their names. So are runs of words the rules have read whole.
            guard let tagger, let documentCase, !sentence.isHeadline else {
                return recognizer.withoutCurrenciesAndLanguages(found, in: sentence)
            }
            var known = [Bool](repeating: false, count: sentence.tokens.count)
            for mention in found where !mention.isWeak {
                for index in mention.tokens { known[index] = true }
            }
            let names = tagger.names(in: sentence.tokens) { run in run.allSatisfy { known[$0] } || run.lowerBound < dateline }
            let merged = recognizer.merging(names, into: found, of: sentence, tagger: tagger, documentCase: documentCase)
            return recognizer.withoutCurrenciesAndLanguages(merged, in: sentence)
        }
        let resolution = EntityResolver(lexicon: lexicon, tagger: tagger)
            .resolve(recognizer.readingHeadlines(mentions, of: sentences), sentences: sentences)
        let found = RelationExtractor(lexicon: lexicon, parser: parser)
            .relations(in: sentences, resolved: resolution.resolved, entities: resolution.entities)

        let entities = Self.oneEntityPerName(resolution.entities.filter { $0.mentionCount > 0 })
        let relations = found.compactMap { relation -> ExtractedRelation? in
            let source = resolution.entities[relation.source]
            let target = resolution.entities[relation.target]
            // Relations name their ends; two ends with one name are one entity.
            guard source.mentionCount > 0, target.mentionCount > 0, source.name != target.name else { return nil }
            return ExtractedRelation(
                source: source.name, target: target.name, type: relation.type,
                sentence: sentences[relation.sentence].text, confidence: relation.confidence, modality: relation.modality)
        }
        var diagnostics: [Diagnostic] = []
        if keepsDiagnostics {
            let origins = resolution.entities.filter { $0.mentionCount > 0 }.map {
                Diagnostic(stage: "names", message: "\"\($0.name)\" (\($0.kind.rawValue)): \($0.origin.rawValue)")
            }
            let readings = found.map { relation in
                Diagnostic(stage: "relations", message: "\(resolution.entities[relation.source].name) \(relation.type.rawValue) "
                    + "\(resolution.entities[relation.target].name): \(relation.rule), confidence \(relation.confidence), \(relation.modality.rawValue)")
            }
            diagnostics = cleaned.dropped.map { Diagnostic(stage: "furniture", message: "dropped line: \($0)") }
                + resolution.diagnostics + origins + readings
        }
        return DocumentExtraction(
            document: Document(
                id: documentID, path: article.path, title: title, date: PublicationDate.find(in: cleaned.lines)),
            entities: entities,
            relations: relations,
            diagnostics: diagnostics)
    }

    /// A name read as a person in one sentence and a place in another is still
    /// one entity of the document: the kind with the most mentions wins. A
    /// surface that is another entity's name is no alias: "Zagreb" read once as
    /// the state acting and once as the city names the city.
    private static func oneEntityPerName(_ entities: [LocalEntity]) -> [ExtractedEntity] {
        var groups: [[Int]] = []
        var groupOfName: [String: Int] = [:]
        for (index, entity) in entities.enumerated() {
            if let group = groupOfName[entity.name] {
                groups[group].append(index)
            } else {
                groupOfName[entity.name] = groups.count
                groups.append([index])
            }
        }
        return groups.map { group in
            let mainIndex = group.max {
                (entities[$0].mentionCount, entities[$1].kind) < (entities[$1].mentionCount, entities[$0].kind)
            }!
            let main = entities[mainIndex]
            var aliases = main.surfaces
            for other in group where other != mainIndex {
                aliases.formUnion(entities[other].surfaces)
            }
            aliases.subtract(groupOfName.keys)
            return ExtractedEntity(
                name: main.name, kind: main.kind, aliases: aliases, mentions: group.reduce(0) { $0 + entities[$1].mentionCount })
        }
    }
}
