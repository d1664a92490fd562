/// Merges per-document extractions into one graph: one node per real-world
/// entity, one edge per (source, type, target) weighted by its sentences.
public enum GraphMerger {
    public static func merge(_ extractions: [DocumentExtraction]) -> KnowledgeGraph {
        var groups = EntityGroups()
        let ordered = fullestNamesFirst(extractions)
        var groupOf: [LocalName: Int] = [:]
        groupOf.reserveCapacity(ordered.count)
        for (documentIndex, entity) in ordered {
            let group = groups.add(entity, document: extractions[documentIndex].document.id)
            groupOf[LocalName(document: documentIndex, name: entity.name)] = group
        }

        let entities = groups.entities()
        // Relations are merged in place: an index per key, evidence appended to
        // its own array. Documents are merged one after another, so a sentence
        // can only repeat among the last entries, those of the same document
        // (a relation can be backed by thousands of sentences).
        var indexOfKey: [RelationKey: Int] = [:]
        var keys: [RelationKey] = []
        var evidence: [[Evidence]] = []
        var confidences: [Double] = []
        indexOfKey.reserveCapacity(extractions.reduce(0) { $0 + $1.relations.count })
        for (documentIndex, extraction) in extractions.enumerated() {
            for relation in extraction.relations {
                guard
                    let source = groupOf[LocalName(document: documentIndex, name: relation.source)],
                    let target = groupOf[LocalName(document: documentIndex, name: relation.target)],
                    source != target
                else { continue }
                let key = RelationKey(source: entities[source].id, target: entities[target].id, type: relation.type)
                let index: Int
                if let known = indexOfKey[key] {
                    index = known
                } else {
                    index = keys.count
                    indexOfKey[key] = index
                    keys.append(key)
                    evidence.append([])
                    confidences.append(0)
                }
                let sentence = Evidence(
                    document: extraction.document.id, sentence: relation.sentence, modality: relation.modality)
                let sameDocument = evidence[index].reversed().prefix { $0.document == sentence.document }
                if !sameDocument.contains(sentence) {
                    evidence[index].append(sentence)
                }
                confidences[index] = max(confidences[index], relation.confidence)
            }
        }
        return KnowledgeGraph(
            documents: extractions.map(\.document),
            entities: entities,
            relations: keys.indices.map { index in
                Relation(
                    source: keys[index].source, target: keys[index].target, type: keys[index].type,
                    confidence: confidences[index], evidence: evidence[index])
            })
    }


    /// Every document's entities, fullest names first (more words, then more
    /// characters), so a bare surname meets the full name it abbreviates;
    /// ties in name, then document order. Merging in this order is what makes
    /// the result independent of how documents were batched.
    public static func fullestNamesFirst(_ extractions: [DocumentExtraction]) -> [(Int, ExtractedEntity)] {
        let keyed = extractions.enumerated().flatMap { documentIndex, extraction in
            extraction.entities.map { entity in
                let (words, length) = wordsAndLength(of: entity.name)
                return (words: words, length: length, document: documentIndex, entity: entity)
            }
        }
        return keyed.sorted { lhs, rhs in
            if lhs.words != rhs.words { return lhs.words > rhs.words }
            if lhs.length != rhs.length { return lhs.length > rhs.length }
            if lhs.entity.name != rhs.entity.name { return lhs.entity.name < rhs.entity.name }
            return lhs.document < rhs.document
        }.map { ($0.document, $0.entity) }
    }

    /// How many words and characters `name` has; counted on bytes when it is
    /// ASCII (nearly every name), where a byte is a character.
    private static func wordsAndLength(of name: String) -> (Int, Int) {
        var name = name
        let ascii: (Int, Int)? = name.withUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                let isSpace = byte == 0x20 || byte &- 0x09 < 5  // space, tab, line feed, vertical tab, form feed, return
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
            return (words, bytes.count)
        }
        return ascii ?? (name.split(whereSeparator: \.isWhitespace).count, name.count)
    }

    /// An entity as one document names it; shared with the store's merge.
    package struct LocalName: Hashable {
        package var document: Int
        package var name: String

        package init(document: Int, name: String) {
            self.document = document
            self.name = name
        }
    }

    /// A relation between two merged entities, by their ids and its type.
    package struct RelationKey: Hashable {
        package var source: String
        package var target: String
        package var type: RelationType

        package init(source: String, target: String, type: RelationType) {
            self.source = source
            self.target = target
            self.type = type
        }
    }
}

/// Entities of many documents grouped by shared names: an entity joins the one
/// group of its kind that already knows its name, or starts a new group. A
/// name known to two groups (two people called Johnson) joins neither.
private struct EntityGroups {
    private struct Group {
        var name: String
        var kind: EntityKind
        var surfaceForms: Set<String>
        var documents: Set<String>
        var mentions: Int
    }

    private var groups: [Group] = []
    /// Nearly every key names one group: a short array is cheaper than a set.
    private var groupsByKey: [String: [Int]] = [:]

    mutating func add(_ entity: ExtractedEntity, document: String) -> Int {
        let key = NameKey.normalize(entity.name)
        var match: Int?
        var matches = 0
        for candidate in groupsByKey[key] ?? [] where groups[candidate].kind == entity.kind {
            match = candidate
            matches += 1
        }
        let index: Int
        if matches == 1, let match {
            index = match
            groups[index].surfaceForms.formUnion(entity.aliases)
            groups[index].surfaceForms.insert(entity.name)
            groups[index].documents.insert(document)
            groups[index].mentions += entity.mentions
        } else {
            index = groups.count
            groups.append(Group(
                name: entity.name, kind: entity.kind, surfaceForms: entity.surfaceForms,
                documents: [document], mentions: entity.mentions))
        }
        for key in entity.nameKeys {
            groupsByKey[key, default: []].appendIfAbsent(index)
        }
        return index
    }

    /// The merged entities, indexed like the groups, with unique ids.
    func entities() -> [Entity] {
        var usedIDs: Set<String> = []
        var highestSuffix: [String: Int] = [:]
        return groups.map { group in
            var id = EntityID.slug(group.name)
            if usedIDs.contains(id) { id += "_\(group.kind.rawValue)" }
            if usedIDs.contains(id) {
                // Numbered after the highest number given, as the store does.
                let base = id
                var next = highestSuffix[base, default: 1] + 1
                while usedIDs.contains("\(base)_\(next)") { next += 1 }
                highestSuffix[base] = next
                id = "\(base)_\(next)"
            }
            usedIDs.insert(id)
            return Entity(
                id: id, name: group.name, kind: group.kind,
                aliases: group.surfaceForms.subtracting([group.name]).sorted(),
                documents: group.documents.sorted(), mentions: group.mentions)
        }
    }
}

private extension Array where Element == Int {
    mutating func appendIfAbsent(_ value: Int) {
        if !contains(value) { append(value) }
    }
}
