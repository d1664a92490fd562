import Foundation
import NewsGraphCore

/// Turns one article into a ``DocumentExtraction`` through small stages, each
/// with its own type at the boundary:
/// text -> furniture-free lines -> ``Sentence``s -> ``Mention``s ->
/// ``LocalEntity``s -> relations.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
    }

    /// Extracts `article` as the document `documentID`.
    public func extract(_ article: Article, documentID: String) -> DocumentExtraction {
        let cleaned = FurnitureFilter().clean(article.text)
        let sentences = SentenceSplitter().split(lines: cleaned.lines)
        let title = sentences.first?.text ?? ""
        let recognizer = MentionRecognizer(lexicon: lexicon)
        let mentions = sentences.map { recognizer.mentions(in: $0) }
        let resolution = EntityResolver(lexicon: lexicon).resolve(mentions, sentences: sentences)
        let found = RelationExtractor(lexicon: lexicon)
            .relations(in: sentences, resolved: resolution.resolved, entities: resolution.entities)

        let kept = resolution.entities.filter { $0.mentionCount > 0 }
        let relations = found.compactMap { relation -> ExtractedRelation? in
            let source = resolution.entities[relation.source]
            let target = resolution.entities[relation.target]
            guard source.mentionCount > 0, target.mentionCount > 0 else { return nil }
            return ExtractedRelation(
                source: source.name, target: target.name, type: relation.type,
                sentence: sentences[relation.sentence].text, confidence: relation.confidence)
        }
        let diagnostics = cleaned.dropped.map { Diagnostic(stage: "furniture", message: "dropped line: \($0)") }
            + resolution.diagnostics
        return DocumentExtraction(
            document: Document(id: documentID, path: article.path, title: title),
            entities: kept.map {
                ExtractedEntity(
                    name: $0.name, kind: $0.kind, aliases: $0.surfaces.subtracting([$0.name]), mentions: $0.mentionCount)
            },
            relations: relations,
            diagnostics: diagnostics)
    }
}
