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

    mutating func add(_ entity: LocalEntity, at index: Int) {
        if entity.kind == .person {
            if entity.name.wordCount > 1, let surname = entity.name.lastWord {
                peopleBySurname[NameKey.normalize(String(surname)), default: []].append(index)
            }
            return
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

    /// The first entity of `kind` whose name is `name` followed by " of ...".
    func entity(_ kind: EntityKind, shortenedTo name: String) -> Int? {
        shortenings[kind]?[name]
    }

    /// The one person whose last name is `surname`, if exactly one is.
    func uniquePerson(withSurname surname: String) -> Int? {
        guard let people = peopleBySurname[NameKey.normalize(surname)], people.count == 1 else { return nil }
        return people[0]
    }
}
