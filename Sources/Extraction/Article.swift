import NewsGraphCore

/// An article's text as read from disk, before any extraction.
public struct Article: Sendable, Equatable {
    /// The path as the user gave it; errors and documents name it.
    public var path: String
    /// The whole text, UTF-8, with `\n` line endings and markup removed.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Why an article could not be read, naming the file.
public typealias ArticleError = FileError
