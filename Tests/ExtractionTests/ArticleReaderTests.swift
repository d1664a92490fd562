@testable import Extraction
import Foundation
import Testing

@Suite struct ArticleReaderTests {
    private func read(_ bytes: [UInt8], path: String = "a.txt") throws -> Article {
        try ArticleReader.article(from: Data(bytes), path: path)
    }

    @Test func rejectsBinaryByContent() {
        #expect(throws: ArticleError(path: "a.txt", reason: "binary file (a PDF file), not an article")) {
            try read(Array("%PDF-1.4 stuff".utf8))
        }
        #expect(throws: ArticleError.self) { try read([0x89, 0x50, 0x4E, 0x47, 0, 0]) }
        #expect(throws: ArticleError.self) { try read([0x1F, 0x8B, 8, 0]) }
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        #expect(throws: ArticleError(path: "a.txt", reason: "not valid UTF-8 at byte 6")) {
            try read(Array("Hello ".utf8) + [0xC3, 0x28] + Array(" world".utf8))
        }
    }

    @Test func documentIDsAreFileStemsAsURLGivesThem() {
        let paths = ["seeds/003_x.txt", "a/b.c/report.final.html", "notes", "dir/.hidden", "x.", "/abs/path/y.md", "dir/003_x.md"]
        #expect(CorpusBuilder.documentIDs(for: paths) == [
            "003_x", "report.final", "notes", ".hidden", "x.", "y", "003_x-2",
        ])
        for path in paths {
            #expect(CorpusBuilder.stem(of: path) == URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        }
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let first = seeds + "/000_f5c24c7cc5e3fd05.txt"
        let articles = try ArticleReader.articlePaths(in: [seeds, first, first, seeds + "/./000_f5c24c7cc5e3fd05.txt"]).articles
        #expect(articles.count == 5)
        #expect(articles.filter { $0.hasSuffix("000_f5c24c7cc5e3fd05.txt") } == [first])
    }

    @Test func emptyAndWhitespaceFilesAreErrors() {
        #expect(throws: ArticleError(path: "a.txt", reason: "empty file")) { try read([]) }
        #expect(throws: ArticleError(path: "a.txt", reason: "no text in the file")) { try read(Array(" \n\t\n".utf8)) }
    }

    @Test func utf16WithBOMAndWindowsLineEndings() throws {
        let utf16 = try read([0xFF, 0xFE] + Array("Mexico\r\nCity".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(utf16.text == "Mexico\nCity")
    }

    @Test func utf8WithWindowsAndOldMacLineEndings() throws {
        #expect(try read(Array("Mexico\r\nCity\rMéxico\r\n\r\nEnd\r".utf8)).text == "Mexico\nCity\nMéxico\n\nEnd\n")
        // The offset of a bad byte is counted in the file, carriage returns included.
        #expect(throws: ArticleError(path: "a.txt", reason: "not valid UTF-8 at byte 8")) {
            try read(Array("Hi\r\nyou ".utf8) + [0xC3, 0x28])
        }
    }

    @Test func htmlScriptsAndStylesNeverBecomeText() throws {
        let html = "<html><head><style>p{}</style></head><body><h1>Title</h1><script>var Evil = 'Joe Bloggs';</script><p>Tom &amp; Jerry</p></body></html>"
        let article = try read(Array(html.utf8), path: "a.html")
        #expect(!article.text.contains("Evil"))
        #expect(!article.text.contains("p{}"))
        #expect(article.text.contains("Tom & Jerry"))
        #expect(article.text.contains("Title\n"))
    }

    @Test func missingFileIsNamed() {
        #expect(throws: ArticleError(path: "/no/such/file.txt", reason: "no such file")) {
            try ArticleReader.read(path: "/no/such/file.txt")
        }
    }

    @Test func aFolderOrAPathThroughAFileIsNoArticle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ArticleError(path: folder, reason: "is a folder, not an article")) { try ArticleReader.read(path: folder) }
        let file = folder + "/a.txt"
        let text = String(repeating: "Ana Ruiz met the Senate. ", count: 500)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try ArticleReader.read(path: file).text == text)
        #expect(throws: ArticleError(path: file + "/b.txt", reason: "no such file")) { try ArticleReader.read(path: file + "/b.txt") }
    }
}
