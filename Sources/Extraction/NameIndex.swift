import NewsGraphCore

/// The names of a document's entities found so far, indexed for the two
/// questions every strong mention asks: which body or policy this name is a
/// shortening of ("Title 50" for "Title 50 of the U.S. Code"), and which
/// people have this surname. Scanning every entity for them made resolution
/// quadratic in a document's entities.
struct NameIndex {
    /// For each kind, the part of a name before each " of " in it, to the first entity so named.
    private var shortenings: [EntityKind: [String: Int]] = [:]
    /// People with a name of two words or more, by the key of its last word.
    private var peopleBySurname: [String: [Int]] = [:]
    /// Names without a country that two entities shorten to ("Foreign Ministry" of two states).
    private var ambiguous: Set<String> = []

    /// Indexes `entity`; `alsoNamed` is its name without the country it opens
    /// with, a shortening only while no other entity of the document has it.
    mutating func add(_ entity: LocalEntity, at index: Int, alsoNamed unprefixed: String? = nil) {
        if entity.kind == .person {
            if entity.name.wordCount > 1, let surname = entity.name.lastWord {
                peopleBySurname[NameKey.normalize(String(surname)), default: []].append(index)
            }
            return
        }
        if let unprefixed {
            if let other = shortenings[entity.kind]?[unprefixed], other != index {
                ambiguous.insert(unprefixed)
            } else {
                shortenings[entity.kind, default: [:]][unprefixed] = index
            }
        }
        let bytes = Array(entity.name.utf8)
        for start in bytes.indices.dropLast(3) where bytes[start] == 32 && bytes[start + 1] == 111
            && bytes[start + 2] == 102 && bytes[start + 3] == 32 {  // " of "
            let shortened = String(decoding: bytes[..<start], as: UTF8.self)
            if shortenings[entity.kind]?[shortened] == nil {
                shortenings[entity.kind, default: [:]][shortened] = index
            }
        }
    }

    /// The first entity of `kind` whose name is `name` followed by " of ...",
    /// or the one that is `name` after a country.
    func entity(_ kind: EntityKind, shortenedTo name: String) -> Int? {
        ambiguous.contains(name) ? nil : shortenings[kind]?[name]
    }

    /// The one person whose last name is `surname`, if exactly one is.
    func uniquePerson(withSurname surname: String) -> Int? {
        guard let people = peopleBySurname[NameKey.normalize(surname)], people.count == 1 else { return nil }
        return people[0]
    }

    /// The one person, among `entities`, whose fuller name holds every word
    /// of `name` in order and ends with the same surname: "Otto Jespersen"
    /// is "Jens Otto Harry Jespersen", "Maria Garcia" is "Maria Elena
    /// Garcia". None when two people could be meant ("George Bush" with both
    /// "George W. Bush" and "George H. W. Bush").
    func uniquePerson(shortenedTo name: String, in entities: [LocalEntity]) -> Int? {
        let words = name.words.map { NameKey.normalize($0) }
        guard words.count > 1, let people = peopleBySurname[words[words.count - 1]] else { return nil }
        let fuller = people.filter { index in
            let longer = entities[index].name.words.map { NameKey.normalize($0) }
            guard longer.count > words.count else { return false }
            var rest = longer[...]
            for word in words {
                guard let found = rest.firstIndex(of: word) else { return false }
                rest = rest[(found + 1)...]
            }
            return true
        }
        return fuller.count == 1 ? fuller[0] : nil
    }
}
