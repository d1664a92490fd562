import ArgumentParser
import Extraction
import Foundation
import NewsGraphCore
import Store

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles to a corpus store, extracting only what is new or changed.",
        discussion: """
            Files whose content is already stored are skipped; a changed file's old facts are \
            replaced. Each batch is one transaction: a crash or Ctrl-C leaves the store as it was \
            before the batch. Every command that reads a graph also reads a store.

              newsgraph add seeds --store corpus.sqlite
              newsgraph neighbors corpus.sqlite Sheinbaum
            """)

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(help: "The store file (created when missing).")
    var store = "newsgraph.sqlite"

    @Option(help: "Articles per transaction.")
    var batch = 500

    @Flag(name: .shortAndLong, help: "No progress or summary on standard error.")
    var quiet = false

    @Option(help: "Seconds to wait while another process writes the store.")
    var wait: Double = 60

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard wait >= 0 else { throw ValidationError("--wait must be 0 or more") }
    }

    func run() throws {
        try reportingErrors {
            let corpus = try SQLiteStore(
                path: store, create: true, waitingForWriter: wait, whileWaiting: waitingMessage(store, quiet: quiet),
                whileUpgrading: upgradingMessage(store, quiet: quiet))
            let (articles, skipped) = try ArticleReader.articlePaths(in: paths)
            for path in skipped where !quiet {
                printError("skipped \(path): not an article file")
            }
            let progress = Progress(total: articles.count, enabled: !quiet)
            var summary = (added: 0, unchanged: 0, failed: 0)
            let intake = DocumentIntake(store: corpus)
            let chunks = stride(from: 0, to: articles.count, by: batch).map { Array(articles[$0..<min($0 + batch, articles.count)]) }
            // The next batch is extracted (on all cores) while this one is
            // written (on one), so the store's work overlaps extraction
            // instead of following it.
            var next = try chunks.first.map(intake.start)
            for (number, chunk) in chunks.enumerated() {
                guard let outcomes = try next?.value() else { break }
                // A store that cannot be read stops the run after this batch is written, not before.
                let upcoming = Result { number + 1 < chunks.count ? try intake.start(chunks[number + 1]) : nil }
                var documents: [StoredDocument] = []
                for outcome in outcomes {
                    switch outcome {
                    case .changed(let document): documents.append(document)
                    case .unchanged: summary.unchanged += 1
                    case .failed(let error):
                        summary.failed += 1
                        printError("error: \(error)")
                    }
                }
                try corpus.add(documents)
                summary.added += documents.count
                progress.update(done: number * batch + chunk.count)
                next = try upcoming.get()
            }
            progress.finish()
            if !quiet {
                printError("added \(summary.added), unchanged \(summary.unchanged), failed \(summary.failed) of \(articles.count) articles in \(store)")
            }
            if summary.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// Reads and extracts a batch of files in parallel, skipping those whose
/// content the store already has; the results keep the files' order.
struct DocumentIntake {
    enum Outcome: Sendable {
        case changed(StoredDocument)
        case unchanged
        case failed(FileError)
    }

    let store: SQLiteStore

    /// Reads what the store holds of `paths` now, then reads and extracts
    /// them on another thread. Throws when the store cannot be read: no
    /// file of the batch could be judged.
    func start(_ paths: [String]) throws -> Pending<[Outcome]> {
        let stored = try store.contentHashes(ofDocumentsAt: paths)
        return Pending { Self.extract(paths, skipping: stored) }
    }

    private static func extract(_ paths: [String], skipping stored: [String: String]) -> [Outcome] {
        let ids = CorpusBuilder.documentIDs(for: paths)
        let extractor = {
            var extractor = Extractor()
            extractor.keepsDiagnostics = false  // the store keeps none
            return extractor
        }()
        return Parallel.map(paths.count) { index -> Outcome in
            do {
                let article = try ArticleReader.read(path: paths[index])
                let hash = ContentHash.of(article.text)
                if stored[paths[index]] == hash {
                    return .unchanged
                }
                let extraction = extractor.extract(article, documentID: ids[index])
                return .changed(StoredDocument(extraction: extraction, contentHash: hash))
            } catch {
                return .failed(error as? FileError ?? FileError(path: paths[index], reason: "\(error)"))
            }
        }
    }
}

/// Work started on another thread, its result waited for when it is needed.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the work, read only after `group` says it is done.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.group.leave()
        }
    }

    /// The work's value, waiting for it if need be; the work's error if it failed.
    func value() throws -> Value {
        group.wait()
        return try result!.get()
    }
}
