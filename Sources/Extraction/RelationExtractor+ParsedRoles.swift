import NewsGraphCore

/// Titles read from the dependency tree: a person and a title noun joined by
/// apposition or a copula, and the body or country the title is of —
/// "Raúl Ortega, the leader of Comisiones Obreras", "Karin Lindqvist, a
/// lawmaker from the European People's Party", "Hungary's foreign minister,
/// Ádám Kertész", "Ortega is a member of the union's board".
extension SentenceContext {
    mutating func findParsedRoles(_ parse: SentenceParse, mentionAt: [Int?]) {
        for item in mentions where kind(item.entity) == .person {
            guard let head = headWord(of: item.mention.tokens, in: parse) else { continue }
            for title in titleNouns(of: head, parse: parse, mentionAt: mentionAt) {
                guard let (isLeader, phrase) = titleKind(endingAt: title, parse: parse, mentionAt: mentionAt) else { continue }
                for body in bodies(ofTitle: title, parse: parse, mentionAt: mentionAt) where body != item.entity {
                    if let type = office(leader: isLeader, title: phrase, of: body) { add(item.entity, type, body, 0.8) }
                }
            }
        }
    }

    /// The word of a mention that the rest of the sentence hangs from.
    func headWord(of words: Range<Int>, in parse: SentenceParse) -> Int? {
        words.first { !words.contains(parse.heads[$0]) }
    }

    /// Title nouns standing beside the person: in apposition either way, or
    /// the predicate of "X is a member of Y".
    private func titleNouns(of head: Int, parse: SentenceParse, mentionAt: [Int?]) -> [Int] {
        func isTitleNoun(_ word: Int) -> Bool { word >= 0 && mentionAt[word] == nil && parse.tags[word] == .noun }
        var nouns = parse.dependents[head].filter { parse.label($0) == .apposition && isTitleNoun($0) }
        let governor = parse.heads[head]
        if governor >= 0, isTitleNoun(governor) {
            let isCopula = parse.label(head) == .nominalSubject && parse.dependents[governor].contains { parse.label($0) == .copula }
            if parse.label(head) == .apposition || isCopula { nouns.append(governor) }
        }
        return nouns
    }

    /// Whether the title ending at `title` is a leader's, and the title as
    /// listed; nil when no title list knows it. The longest listed ending of
    /// the words before the noun counts: "Hungarian foreign minister" is a
    /// "foreign minister". A place before it makes a leader one of many: "the
    /// group's Americas director" heads a region of the group.
    private func titleKind(endingAt title: Int, parse: SentenceParse, mentionAt: [Int?]) -> (isLeader: Bool, title: String)? {
        var start = title
        while start > 0, parse.heads[start - 1] == title, [.adjective, .noun, .properNoun].contains(parse.tags[start - 1]) {
            start -= 1
        }
        let article = parse.dependents[title].first { parse.tags[$0] == .determiner && $0 < title }
        let oneOfMany = article.map { isOneOfMany(tokens[$0...title].map(\.lowercased)) } ?? false
        for first in start...title {
            let phrase = tokens[first...title].map(\.lowercased).joined(separator: " ")
            if lexicon.leaderTitles.contains(phrase) {
                // "the union's provincial secretary" heads a part of the union too.
                let headsARegion = first > 0 && (mentionAt[first - 1].map { kind(mentions[$0].entity) == .location } == true
                    || Self.partModifiers.contains(tokens[first - 1].lowercased))
                return (!oneOfMany && !headsARegion && !headsAField(after: title + 1), phrase)
            }
            if lexicon.memberTitles.contains(phrase) { return (false, phrase) }
        }
        return nil
    }

    /// What a title is of: "of", "from", "at", "for" or "in" a body, a possessor
    /// ("Hungary's foreign minister"), or a country or body named before it
    /// ("Hungarian foreign minister").
    private func bodies(ofTitle title: Int, parse: SentenceParse, mentionAt: [Int?]) -> [Int] {
        var bodies: [Int] = []
        for child in parse.dependents[title] {
            let isScope = child < title && mentionAt[child] != nil
            let marker = parse.label(child) == .nominalModifier ? caseMarker(of: child, parse: parse) : nil
            let isOf = marker.map(Self.titlePrepositions.contains) == true
            guard isScope || isOf || parse.label(child) == .possessor, let mention = mentionAt[child] else { continue }
            let kind = self.kind(mentions[mention].entity)
            // "a lawmaker in the Bundestag" sits in it; "the ambassador in Mexico" is only posted there.
            if kind == .organization || kind == .country && marker != "in" { bodies.append(mentions[mention].entity) }
        }
        return bodies
    }

    private static let titlePrepositions: Set<String> = ["of", "from", "at", "for", "in"]
}

/// Places read from the dependency tree: "Tbilisi, the Georgian capital",
/// "the Kenyan port of Lamu", "the Spanish capital, Madrid", "Tangier, Morocco".
extension SentenceContext {
    mutating func findParsedPlaces(_ parse: SentenceParse, mentionAt: [Int?]) {
        for item in mentions where kind(item.entity) == .location {
            guard let head = headWord(of: item.mention.tokens, in: parse) else { continue }
            // "the Colombian departments of Arauca and Norte de Santander": a conjunct stands where the first does.
            var first = head
            while parse.label(first) == .conjunct, parse.heads[first] >= 0,
                  let other = mentionAt[parse.heads[first]], kind(mentions[other].entity) == .location {
                first = parse.heads[first]
            }
            var nouns: [Int] = []
            for child in parse.dependents[head] where parse.label(child) == .apposition {
                if let country = mentionAt[child], kind(mentions[country].entity) == .country {
                    add(item.entity, .locatedIn, mentions[country].entity, 0.75)  // "Tangier, Morocco"
                } else if mentionAt[child] == nil {
                    nouns.append(child)  // "Tbilisi, the Georgian capital"
                }
            }
            let governor = parse.heads[first]
            if governor >= 0, mentionAt[governor] == nil, parse.tags[governor] == .noun,
               parse.label(first) == .apposition || parse.label(first) == .nominalModifier {
                nouns.append(governor)  // "the Spanish capital, Madrid", "the Kenyan port of Lamu"
            }
            for noun in nouns where tokens[noun].roles.contains(.placeNoun) {
                // The country named before the place noun: "the Kenyan port", "Georgia's capital", or
                // before a noun that modifies it: "the Cypriot port city".
                let before = parse.dependents[noun].filter { $0 < noun }
                for modifier in before + before.flatMap({ parse.dependents[$0].filter { $0 < noun } }) {
                    if let country = mentionAt[modifier], kind(mentions[country].entity) == .country {
                        add(item.entity, .locatedIn, mentions[country].entity, 0.75)
                    }
                }
            }
        }
    }

    static let placeNouns: Set<String> = [
        "capital", "city", "town", "village", "port", "province", "region", "state", "district", "island",
        "department", "county", "municipality", "prefecture", "governorate", "territory",
        "lake", "river", "delta", "valley", "coast", "bay", "peninsula", "basin",
        // Not "states": the role is read case-blind, and "United States" would hold it.
        "cities", "towns", "villages", "ports", "provinces", "regions", "districts", "islands",
        "departments", "counties", "municipalities", "prefectures", "governorates", "territories",
    ]
}
