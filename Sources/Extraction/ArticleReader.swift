import Foundation

/// Reads article files: plain text, HTML and Markdown, in UTF-8 or UTF-16
/// with a byte-order mark. Binary files are rejected by content, not name.
public enum ArticleReader {
    /// File extensions read when a folder is given.
    public static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "md", "markdown"]

    public static func read(path: String) throws -> Article {
        try article(from: contents(of: path), path: path)
    }

    /// The bytes of the file at `path`, read with one open, one stat and as
    /// few reads as its size allows: Foundation's `URL` and `fileExists`
    /// cost two more stats per file.
    private static func contents(of path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            throw ArticleError(path: path, reason: missing ? "no such file" : "cannot be read (permission denied?)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ArticleError(path: path, reason: "cannot be read (permission denied?)") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw ArticleError(path: path, reason: "is a folder, not an article") }
        // One byte more than the size, so that a file read whole needs no
        // second read to find its end unless it grew.
        var data = Data(count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count *= 2 }
            let read = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                throw ArticleError(path: path, reason: "cannot be read (permission denied?)")
            }
            filled += read
        }
        data.count = filled
        return data
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
            // Standardizing resolves symbolic links, a system call per part of
            // the path: once per folder, not once per file in it.
            let standardBase = (base as NSString).standardizingPath
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
                    let standard = standardBase == "." ? entry : standardBase + "/" + entry
                    if named.insert(standard).inserted { articles.append(full) }
                } else if !entry.hasSuffix(".gold.json") {
                    skipped.append(full)
                }
            }
        }
        return (articles, skipped)
    }
}
