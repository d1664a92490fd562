/// The kinds of name the tagger learns, as the NER corpora label them.
/// Countries are locations to the tagger; the lexicon tells them apart.
public enum NameType: Int, CaseIterable, Sendable, Comparable {
    case person, organization, location

    /// The corpora's label: `PER`, `ORG`, `LOC`.
    public var label: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        }
    }

    /// Reads the labels of the corpora this project trains and tests on
    /// (CoNLL's `PER`, CrossNER's `politician`, OntoNotes' `GPE`, ...); nil
    /// for kinds outside person, organization and location.
    public init?(corpusLabel: String) {
        switch corpusLabel.lowercased() {
        case "per", "person", "politician", "people": self = .person
        case "org", "organisation", "organization", "politicalparty", "party": self = .organization
        case "loc", "location", "country", "gpe", "place", "city", "state": self = .location
        default: return nil
        }
    }

    public static func < (lhs: NameType, rhs: NameType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A name found in a sentence: token positions and type.
public struct NameSpan: Hashable, Sendable {
    public var tokens: Range<Int>
    public var type: NameType

    public init(tokens: Range<Int>, type: NameType) {
        self.tokens = tokens
        self.type = type
    }
}

/// BILOU tags over ``NameType``: a name of one word is `U`, a longer one
/// `B I... L`. BILOU rather than BIO because the ends of a name get their own
/// weights, which linear taggers use to find where names stop.
struct NameTag: Hashable, Sendable {
    enum Position: Int { case begin, inside, last, unit }

    /// 0 is outside; then four tags per type.
    let rawValue: Int

    static let outside = NameTag(rawValue: 0)
    static let count = 1 + 4 * NameType.allCases.count

    init(rawValue: Int) { self.rawValue = rawValue }

    init(_ position: Position, _ type: NameType) {
        rawValue = 1 + type.rawValue * 4 + position.rawValue
    }

    var type: NameType? { rawValue == 0 ? nil : NameType(rawValue: (rawValue - 1) / 4) }
    var position: Position? { rawValue == 0 ? nil : Position(rawValue: (rawValue - 1) % 4) }

    /// Whether a name is open after this tag, so the next tag must continue it.
    var isOpen: Bool { position == .begin || position == .inside }

    /// Whether `next` may follow this tag: an open name continues with its
    /// own type; otherwise a new name begins or nothing does.
    func allows(_ next: NameTag) -> Bool {
        if isOpen {
            return next.type == type && (next.position == .inside || next.position == .last)
        }
        return next.position != .inside && next.position != .last
    }

    /// The tags of `spans` over `count` tokens.
    static func tags(of spans: [NameSpan], count: Int) -> [NameTag] {
        var tags = Array(repeating: NameTag.outside, count: count)
        for span in spans where !span.tokens.isEmpty && span.tokens.upperBound <= count {
            if span.tokens.count == 1 {
                tags[span.tokens.lowerBound] = NameTag(.unit, span.type)
                continue
            }
            for index in span.tokens { tags[index] = NameTag(.inside, span.type) }
            tags[span.tokens.lowerBound] = NameTag(.begin, span.type)
            tags[span.tokens.upperBound - 1] = NameTag(.last, span.type)
        }
        return tags
    }

    /// The names a well-formed tag sequence spells.
    static func spans(of tags: [NameTag]) -> [NameSpan] {
        var spans: [NameSpan] = []
        var start: Int?
        for (index, tag) in tags.enumerated() {
            guard let type = tag.type, let position = tag.position else {
                start = nil
                continue
            }
            switch position {
            case .unit: spans.append(NameSpan(tokens: index..<(index + 1), type: type))
            case .begin: start = index
            case .inside: break
            case .last:
                if let begin = start { spans.append(NameSpan(tokens: begin..<(index + 1), type: type)) }
                start = nil
            }
        }
        return spans
    }
}
