import Extraction
import Foundation
import NewsGraphCore
import Testing

/// A small deterministic generator of hostile article text: names, quotes,
/// brackets, markup, furniture, control and bidirectional characters, very
/// long words and lines.
struct HostileText: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    private static let pieces = [
        "President", "Claudia Sheinbaum", "the U.S.", "Mexico’s", "CIA", "(JSOC)", "said", "opposes", "led by",
        "Foreign Terrorist Organizations", "designated", "as", "and", "of the", "Council on", "\"", "“", "”", "'", "’s",
        "<script>alert(1)</script>", "&amp;", "\\", "{", "}", "->", "--", "digraph", "[label=x]", "\u{200F}", "\u{200D}",
        "👩‍👩‍👧", "🇲🇽", "\u{0}", "\t", "\r\n", "\n", "\n\n", ".", "!", "?", ",", ";", ":", "—", "-", "Tags:",
        "Follow us @someone", "mail@example.com", "https://t.co/x", "© 2026", "Latest News", "Mr.", "Dr.", "U.S.-Mexico",
        "Ñandú", "Ελλάδα", "日本", "العربية", "ÀÉÎÕÜ", String(repeating: "x", count: 300), "1916", "+1 555 123 4567",
    ]

    mutating func article() -> String {
        let count = Int(next() % 400)
        return (0..<count).map { _ in Self.pieces[Int(next() % UInt64(Self.pieces.count))] }.joined(separator: " ")
    }
}

@Suite struct PropertyTests {
    @Test func extractionNeverCrashesAndEvidenceComesFromTheText() {
        var generator = HostileText(seed: 2026)
        let extractor = Extractor()
        for index in 0..<300 {
            let text = generator.article()
            let extraction = extractor.extract(Article(path: "p\(index).txt", text: text), documentID: "p\(index)")
            for relation in extraction.relations {
                #expect(text.contains(relation.sentence), "case \(index): evidence not in text")
                #expect(relation.source != relation.target)
            }
            #expect(extraction.entities.allSatisfy { !$0.name.isEmpty && $0.mentions > 0 })
        }
    }

    @Test func extractionIsDeterministic() {
        var generator = HostileText(seed: 7)
        for index in 0..<50 {
            let article = Article(path: "d.txt", text: generator.article())
            let first = Extractor().extract(article, documentID: "d\(index)")
            let second = Extractor().extract(article, documentID: "d\(index)")
            #expect(first.entities == second.entities)
            #expect(first.relations == second.relations)
        }
    }

    @Test func readerAcceptsOrRejectsAnyBytesWithAReason() {
        var generator = HostileText(seed: 99)
        for index in 0..<300 {
            let bytes = (0..<Int(generator.next() % 200)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            do {
                let article = try ArticleReader.article(from: Data(bytes), path: "b\(index).txt")
                #expect(!article.text.contains("\r"))
            } catch {
                #expect("\(error)".hasPrefix("b\(index).txt: "))
            }
        }
    }

    @Test func manyTasksExtractWhatOneTaskExtracts() async {
        var generator = HostileText(seed: 11)
        let articles = (0..<40).map { Article(path: "c\($0).txt", text: generator.article()) }
        let serial = articles.enumerated().map { Extractor().extract($1, documentID: "c\($0)").relations }
        let parallel = await withTaskGroup(of: (Int, [ExtractedRelation]).self) { group in
            for (index, article) in articles.enumerated() {
                group.addTask { (index, Extractor().extract(article, documentID: "c\(index)").relations) }
            }
            var results = Array(repeating: [ExtractedRelation](), count: articles.count)
            for await (index, relations) in group { results[index] = relations }
            return results
        }
        #expect(parallel == serial)
    }
}
