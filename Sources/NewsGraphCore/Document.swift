/// One article read into the graph.
public struct Document: Codable, Hashable, Sendable {
    /// Stable identifier, derived from the file name.
    public var id: String
    /// The path the article was read from, as given by the user.
    public var path: String
    /// The headline, or the first line of the article.
    public var title: String
    /// The date the article states near its top, as `yyyy-MM-dd`, if it states one.
    public var date: String?

    public init(id: String, path: String, title: String, date: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
    }
}
