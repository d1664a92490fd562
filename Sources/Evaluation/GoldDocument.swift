import Foundation
import NewsGraphCore

/// The gold annotation of one article, in the guidelines' `*.gold.json` format.
public struct GoldDocument: Decodable, Sendable {
    public struct GoldEntity: Decodable, Sendable {
        public var name: String
        public var kind: EntityKind
        public var aliases: [String]?
    }

    public struct GoldRelation: Decodable, Sendable {
        public var source: String
        public var type: RelationType
        public var target: String
        public var evidence: String?
    }

    /// The article's file name.
    public var document: String
    public var entities: [GoldEntity]
    public var relations: [GoldRelation]
    /// Names in the page furniture that must not become entities.
    public var excluded: [String]?
    /// Borderline entities, neither required nor penalised.
    public var optional: [String]?
    /// Bylines, neither required nor penalised.
    public var ignored: [String]?

    /// Reads a gold file, naming it in the error when it cannot.
    public init(contentsOf url: URL) throws {
        guard let data = try? Data(contentsOf: url) else {
            throw FileError(path: url.path, reason: "cannot be read")
        }
        do {
            self = try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch {
            throw FileError(path: url.path, reason: "not a gold annotation file (\(error))")
        }
    }
}
