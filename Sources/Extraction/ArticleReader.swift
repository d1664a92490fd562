import Foundation

/// Reads article files: plain text, HTML and Markdown, in UTF-8 or UTF-16
/// with a byte-order mark. Binary files are rejected by content, not name.
public enum ArticleReader {
    /// File extensions read when a folder is given.
    public static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "md", "markdown"]

    public static func read(path: String) throws -> Article {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ArticleError(path: path, reason: "is a folder, not an article")
        }
        guard let data = try? Data(contentsOf: url) else {
            throw ArticleError(path: path, reason: "cannot be read (permission denied?)")
        }
        return try article(from: data, path: path)
    }

    /// Decodes and cleans `data` that was read from `path`.
    public static func article(from data: Data, path: String) throws -> Article {
        var text = try TextDecoding.decode(data, path: path)
        let lowerPath = path.lowercased()
        if lowerPath.hasSuffix(".html") || lowerPath.hasSuffix(".htm") || HTMLText.looksLikeHTML(text) {
            text = HTMLText.plainText(fromHTML: text)
        } else if lowerPath.hasSuffix(".md") || lowerPath.hasSuffix(".markdown") {
            text = MarkdownText.plainText(fromMarkdown: text)
        }
        guard text.contains(where: { $0.isLetter }) else {
            throw ArticleError(path: path, reason: data.isEmpty ? "empty file" : "no text in the file")
        }
        return Article(path: path, text: text)
    }

    /// The article files a list of paths names: files as given, folders
    /// searched recursively for article extensions, in a stable order, each
    /// file once however often it is named ("seeds seeds/a.txt").
    /// Folder entries that are not articles are returned as skipped.
    public static func articlePaths(in paths: [String]) throws -> (articles: [String], skipped: [String]) {
        var articles: [String] = []
        var skipped: [String] = []
        var named: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ArticleError(path: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                if named.insert((path as NSString).standardizingPath).inserted { articles.append(path) }
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let entries = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            for entry in entries.sorted() {
                let full = base + "/" + entry
                var entryIsDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &entryIsDirectory)
                if entryIsDirectory.boolValue || entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    continue
                }
                let fileExtension = (entry as NSString).pathExtension.lowercased()
                if articleExtensions.contains(fileExtension) {
                    if named.insert((full as NSString).standardizingPath).inserted { articles.append(full) }
                } else if !entry.hasSuffix(".gold.json") {
                    skipped.append(full)
                }
            }
        }
        return (articles, skipped)
    }
}
