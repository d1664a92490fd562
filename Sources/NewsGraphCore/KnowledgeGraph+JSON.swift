import Foundation

extension KnowledgeGraph {
    /// Pretty-printed JSON with sorted keys: byte-identical for equal graphs,
    /// and to what `JSONEncoder` writes (``GraphJSONWriter``).
    public func jsonData() throws -> Data {
        Data(GraphJSONWriter.json(of: self))
    }

    /// Writes the same bytes as ``jsonData()`` to `file`, about `chunkSize` at a time.
    public func writeJSON(to file: FileHandle, chunkSize: Int = 1 << 20) throws {
        var failure: Error?
        GraphJSONWriter.write(self, chunkSize: chunkSize) { chunk in
            guard failure == nil else { return }
            do { try file.write(contentsOf: chunk) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Decodes and checks a graph: a known schema version, and relations that
    /// join entities the graph has.
    public init(jsonData data: Data, path: String) throws {
        let graph: KnowledgeGraph
        do {
            graph = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw FileError(path: path, reason: "not valid JSON")
        } catch let error as DecodingError {
            throw FileError(path: path, reason: "not a NewsGraph graph file (\(Self.explain(error)))")
        } catch {
            throw FileError(path: path, reason: "not valid JSON")
        }
        guard graph.schemaVersion <= Self.currentSchemaVersion else {
            throw FileError(
                path: path,
                reason: "schema version \(graph.schemaVersion) is newer than this newsgraph understands (\(Self.currentSchemaVersion))")
        }
        let ids = Set(graph.entities.map(\.id))
        if let dangling = graph.relations.first(where: { !ids.contains($0.source) || !ids.contains($0.target) }) {
            throw FileError(
                path: path, reason: "relation \(dangling.source) -> \(dangling.target) names an entity the file does not have")
        }
        self = graph
        // Read as the current schema: version 1's evidence was read as asserted.
        schemaVersion = Self.currentSchemaVersion
    }

    /// Reads a graph file written by ``jsonData()``.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw FileError(path: url.path, reason: exists ? "cannot be read" : "no such file")
        }
        try self.init(jsonData: data, path: url.path)
    }

    private static func explain(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(pathText(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(pathText(context.codingPath))"
        case .dataCorrupted(let context):
            return "bad value at \(pathText(context.codingPath))"
        @unknown default:
            return "unreadable"
        }
    }

    private static func pathText(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
