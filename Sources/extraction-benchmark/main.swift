import Extraction
import Foundation
import NewsGraphCore

/// Prints extraction throughput in MB of article text per second, single
/// threaded (with everything, without the dependency parser, and without the
/// learned name tagger either) and on all cores,
/// each the best of three passes: on a shared
/// machine one pass varies by a quarter. Usage: extraction-benchmark [MEGABYTES] PATH...
struct Benchmark {
    let corpus: [Article]
    let bytes: Int
    let extractor = Extractor()

    init(articles: [Article], megabytes: Double) {
        var corpus: [Article] = []
        var bytes = 0
        while Double(bytes) < megabytes * 1_000_000 {
            let article = articles[corpus.count % articles.count]
            corpus.append(article)
            bytes += article.text.utf8.count
        }
        self.corpus = corpus
        self.bytes = bytes
    }

    func report(_ label: String, passes: Int = 3, _ body: () -> Int) {
        var seconds = Double.infinity
        var relations = 0
        for _ in 0..<passes {
            let start = DispatchTime.now().uptimeNanoseconds
            relations = body()
            seconds = min(seconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(
            format: "%@: %.1f MB in %.2f s = %.2f MB/s (%d articles, %d relations)",
            label, Double(bytes) / 1_000_000, seconds, Double(bytes) / 1_000_000 / seconds, corpus.count, relations))
    }

    func run() {
        _ = extractor.extract(corpus[0], documentID: "warm-up")
        report("single thread") {
            corpus.indices.reduce(0) { $0 + extractor.extract(corpus[$1], documentID: "d\($1)").relations.count }
        }
        // The same machine without the parser, then without the tagger too: what each costs.
        let withoutParser = Extractor(parser: nil)
        report("single thread, without the parser") {
            corpus.indices.reduce(0) { $0 + withoutParser.extract(corpus[$1], documentID: "d\($1)").relations.count }
        }
        let rulesAlone = Extractor(tagger: nil, parser: nil)
        report("single thread, rules alone") {
            corpus.indices.reduce(0) { $0 + rulesAlone.extract(corpus[$1], documentID: "d\($1)").relations.count }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        report("\(cores) cores") {
            Parallel.map(corpus.count) { extractor.extract(corpus[$0], documentID: "d\($0)").relations.count }.reduce(0, +)
        }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap(Double.init) ?? 20
let paths = (try? ArticleReader.articlePaths(in: Array(arguments.drop { Double($0) != nil })).articles) ?? []
let articles = paths.compactMap { try? ArticleReader.read(path: $0) }
guard !articles.isEmpty else {
    FileHandle.standardError.write(Data("usage: extraction-benchmark [MEGABYTES] PATH...\n".utf8))
    exit(64)
}
let loading = DispatchTime.now().uptimeNanoseconds
if NameTagger.bundled != nil {
    print(String(format: "name tagger: model loaded in %.0f ms", Double(DispatchTime.now().uptimeNanoseconds - loading) / 1e6))
}
let parserLoading = DispatchTime.now().uptimeNanoseconds
if DependencyParser.bundled != nil {
    print(String(format: "dependency parser: model loaded in %.0f ms", Double(DispatchTime.now().uptimeNanoseconds - parserLoading) / 1e6))
}
Benchmark(articles: articles, megabytes: megabytes).run()
