import NewsGraphCore

/// A span of a sentence that names an entity, before resolution.
struct Mention: Sendable {
    var sentence: Int
    /// Token positions in the sentence.
    var tokens: Range<Int>
    /// The name as written, without title or possessive ending.
    var surface: String
    var kind: EntityKind
    /// The canonical name when the lexicon or a pattern knows it.
    var canonical: String?
    /// A title or role written before the name ("Mexican President").
    var role: Role?
    var isPossessive: Bool
    /// Only a bare surname or acronym: resolved against fuller names later.
    var isWeak: Bool = false
    /// A bare head noun ("the cartels", "the directive") that names the
    /// document's one group or policy with that head.
    var isHeadNounReference: Bool = false
    /// "the deal", "this law": a head noun after a determiner points back to
    /// a policy the article has named, even one with another head word.
    var isDefiniteReference: Bool = false
    /// "signed a directive", "imposed tariffs": an instrument that an
    /// enacting verb takes is a policy of the document even when none was named.
    var isEnacted: Bool = false
    /// "Ghana's parliament": a state's one legislature, named by its noun. It
    /// is the legislature the article names, else an entity of its own.
    var isStateLegislature: Bool = false
    /// "the 126-seat State Great Khural": a body counted in seats is a legislature.
    var isSeatedBody: Bool = false
    /// "Trump administration": the person's name standing for the state they lead.
    var isGovernment: Bool = false
    /// "the minister" of "the minister's decision": the title its last holder named is called by.
    var titleReference: String?
    /// "accord" for "the accord, titled "Building Together"": the noun the text calls a named policy by.
    var describedAs: String?
    /// "the broadcaster NOS", "the news agency Lusa": the text calls the body a news outlet.
    var isDescribedAsOutlet: Bool = false
    /// A sentence's first word that no capital explains away: no everyday word,
    /// never written in lower case. Like a name inside a sentence, it may be
    /// a body's first word standing for the body ("Karvella has three terminals").
    var opensSentenceAsName: Bool = false
    /// What vouched for the name: the diagnostics say it for every entity.
    var origin: Origin = .rule
    /// For a weak mention, the kind the name tagger read it as: if the
    /// document has no fuller name for it, it is an entity of this kind.
    var taggedKind: EntityKind? = nil

    /// Where a name came from: a lexicon list, a pattern of the rules, or the
    /// learned tagger.
    enum Origin: String, Sendable {
        case list, rule, tagger
    }

    /// A title before a person's name, and what it is a title of.
    struct Role: Sendable {
        var title: String
        var kind: RoleKind
        /// A country, body or department the title names ("Mexican", "FBI", "Defense").
        var scope: String?
    }

    enum RoleKind: Sendable {
        case headOfState, leader, member
    }
}
