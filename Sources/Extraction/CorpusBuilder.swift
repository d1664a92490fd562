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
        let done = ResultSlots([0])
        let outcomes = ResultSlots(Array<Swift.Result<DocumentExtraction, ArticleError>?>(repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let outcome: Swift.Result<DocumentExtraction, ArticleError>
            do {
                let article = try ArticleReader.read(path: paths[index])
                outcome = .success(extractor.extract(article, documentID: ids[index]))
            } catch let error as ArticleError {
                outcome = .failure(error)
            } catch {
                outcome = .failure(ArticleError(path: paths[index], reason: "\(error)"))
            }
            outcomes.set(index, outcome)
            if let progress {
                progress(done.increment())
            }
        }
        var extractions: [DocumentExtraction] = []
        var failures: [ArticleError] = []
        for outcome in outcomes.values {
            switch outcome {
            case .success(let extraction)?: extractions.append(extraction)
            case .failure(let error)?: failures.append(error)
            case nil: break
            }
        }
        return Result(graph: GraphMerger.merge(extractions), extractions: extractions, failures: failures)
    }

    /// File stems as ids ("seeds/003_x.txt" -> "003_x"), numbered when two
    /// files share a stem.
    public static func documentIDs(for paths: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return paths.map { path in
            let stem = (URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
            let count = seen[stem, default: 0] + 1
            seen[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }
}

/// Results written from concurrentPerform's iterations, each to its own slot.
private final class ResultSlots<Element>: @unchecked Sendable {
    private var storage: [Element]
    private let lock = NSLock()

    init(_ storage: [Element]) { self.storage = storage }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Adds one to the first slot and returns the new count.
    func increment() -> Int where Element == Int {
        lock.lock()
        defer { lock.unlock() }
        storage[0] += 1
        return storage[0]
    }

    var values: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
