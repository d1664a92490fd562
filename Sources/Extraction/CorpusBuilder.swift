import Foundation
import NewsGraphCore

/// Reads, extracts and merges a set of article files into one graph.
/// Documents are extracted in parallel and merged in path order, so the
/// result does not depend on the number of cores.
public struct CorpusBuilder: Sendable {
    public var extractor: Extractor

    public init(extractor: Extractor = Extractor()) {
        self.extractor = extractor
    }

    public struct Result: Sendable {
        public var graph: KnowledgeGraph
        public var extractions: [DocumentExtraction]
        /// Files that could not be read, with the reason; the rest were built.
        public var failures: [ArticleError]
    }

    /// Extracts `paths`; `progress` hears how many files are done, from any thread.
    public func build(paths: [String], progress: (@Sendable (Int) -> Void)? = nil) -> Result {
        let ids = Self.documentIDs(for: paths)
        let outcomes = Parallel.map(paths.count, progress: progress) { index in
            Swift.Result { try extractor.extract(ArticleReader.read(path: paths[index]), documentID: ids[index]) }
                .mapError { $0 as? ArticleError ?? ArticleError(path: paths[index], reason: "\($0)") }
        }
        var extractions: [DocumentExtraction] = []
        var failures: [ArticleError] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let extraction): extractions.append(extraction)
            case .failure(let error): failures.append(error)
            }
        }
        return Result(graph: GraphMerger.merge(extractions), extractions: extractions, failures: failures)
    }

    /// File stems as ids ("seeds/003_x.txt" -> "003_x"), numbered when two
    /// files share a stem.
    public static func documentIDs(for paths: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return paths.map { path in
            let stem = Self.stem(of: path)
            let count = seen[stem, default: 0] + 1
            seen[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }

    /// The file name without its folder and extension, as `URL` gives it,
    /// without making a URL per file.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, dot != name.index(before: name.endIndex) else {
            return String(name)
        }
        return String(name[..<dot])
    }
}
