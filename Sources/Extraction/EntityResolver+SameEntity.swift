import NewsGraphCore

/// Where two names of an article are one entity: an acronym after its
/// expansion, a body's first word beside its full name, one name the tagger
/// read two ways.
extension EntityResolver {
    /// "Activision chief executive Bobby Kotick" beside "Activision
    /// Blizzard": a body named by one word that opens exactly one longer
    /// body's name is that body, unless the word is a listed name of its own.
    /// A place's name opening with the word makes it ambiguous: "the Mekong"
    /// beside "Mekong River" and "Mekong River Commission" is neither.
    func joinFirstWordBodies(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var longer: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() where [.organization, .location].contains(entity.kind) && entity.name.wordCount > 1 {
            if let first = entity.name.firstWord { longer[NameKey.normalize(String(first)), default: []].append(index) }
        }
        guard !longer.isEmpty else { return }
        // "Brno" beside "Brno University of Technology" is the city, whatever the tagger read it as.
        for (index, entity) in entities.enumerated() where entity.kind == .organization && entity.name.wordCount == 1
            && lexicon.meaning(of: entity.name) == nil && tagger?.isListedOnlyAsCity(entity.name) != true {
            guard let targets = longer[NameKey.normalize(entity.name)], targets.count == 1,
                  entities[targets[0]].kind == .organization else { continue }
            Self.merge(index, into: targets[0], entities: &entities, keyToEntity: &keyToEntity)
        }
    }

    /// "Social Democratic lawmaker Satu Hietanen" beside the "Social
    /// Democratic Party", "Samata Party chairman" beside the "Samata Party
    /// Nepal": a party's name without its last word, or a body's without the
    /// country that ends it, is that body. So is a department's field:
    /// "Information and Communications Technology Secretary Ramon Villareal"
    /// beside the "Department of Information and Communications Technology".
    func joinBodiesNamedShorter(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var shortened: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .organization && entity.name.wordCount > 1 {
            if let of = entity.name.range(of: " of "), lexicon.cues.governmentHeads.contains(String(entity.name[..<of.lowerBound])) {
                shortened[NameKey.normalize(String(entity.name[of.upperBound...]))] = index
            }
            guard let last = entity.name.lastWord, last == "Party" || entity.name.wordCount > 2 && lexicon.country(named: last) != nil
            else { continue }
            shortened[NameKey.normalize(String(entity.name.dropLast(last.count + 1)))] = index
        }
        guard !shortened.isEmpty else { return }
        for (index, entity) in entities.enumerated() where entity.kind == .organization && lexicon.meaning(of: entity.name) == nil {
            guard let body = shortened[NameKey.normalize(entity.name)], body != index else { continue }
            Self.merge(index, into: body, entities: &entities, keyToEntity: &keyToEntity)
        }
    }

    /// "Luzon Digital said" beside "Luzon Digital Networks": a name of two
    /// words or more that is exactly one body's name without its head word
    /// ("Networks", "Holdings", "Energy") is that body, whatever the name was
    /// read as alone. Not a listed name, a place's ("Panama Canal" beside the
    /// "Panama Canal Authority"), nor a person's that opens with a given name.
    func joinBodiesWithoutTheirHead(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var headless: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .organization && entity.name.wordCount > 2 {
            guard let last = entity.name.lastWord, lexicon.organizationHeads.contains(String(last)) else { continue }
            headless[NameKey.normalize(String(entity.name.dropLast(last.count + 1))), default: []].append(index)
        }
        guard !headless.isEmpty else { return }
        for (index, entity) in entities.enumerated() where [.person, .organization, .location].contains(entity.kind) {
            guard let bodies = headless[NameKey.normalize(entity.name)], bodies.count == 1, bodies[0] != index,
                  lexicon.meaning(of: entity.name) == nil,
                  entity.name.lastWord.map({ lexicon.cues.locationHeads.contains(String($0)) }) != true,
                  !(entity.kind == .person && entity.name.firstWord.map({ lexicon.givenNames.contains(String($0)) }) == true)
            else { continue }
            Self.merge(index, into: bodies[0], entities: &entities, keyToEntity: &keyToEntity)
        }
    }

    /// "the bloc's Chips Act" beside "the EU Chips Act", "Common Framework
    /// cases" beside the "Common Framework for Debt Treatments": a policy's
    /// name without the body that opens it or without what its "for", "on"
    /// or "of" adds is that policy, when exactly one policy's name shortens so.
    func joinShortenedPolicies(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var shortened: [String: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .policy && entity.name.wordCount > 2 {
            let words = entity.name.words
            if let first = words.first, first.allSatisfy({ $0.isUppercase || $0 == "." }) || lexicon.meaning(of: String(first)) != nil {
                shortened[NameKey.normalize(words.dropFirst().joined(separator: " ")), default: []].insert(index)
            }
            if let connector = words.firstIndex(where: { ["for", "on", "of"].contains($0) }), connector >= 2 {
                shortened[NameKey.normalize(words[..<connector].joined(separator: " ")), default: []].insert(index)
            }
        }
        guard !shortened.isEmpty else { return }
        for (index, entity) in entities.enumerated() where entity.kind == .policy {
            guard let policies = shortened[NameKey.normalize(entity.name)], policies.count == 1, let policy = policies.first,
                  policy != index, lexicon.meaning(of: entity.name) == nil
            else { continue }
            Self.merge(index, into: policy, entities: &entities, keyToEntity: &keyToEntity)
        }
    }

    /// "The TEU said" beside the "Tertiary Education Union": an acronym no
    /// bracket introduced is the one body whose capitalized words it spells.
    func joinInitialisms(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var spelled: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .organization && entity.name.wordCount > 1 {
            let initials = entity.name.words.compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } }
            if initials.count > 1 { spelled[String(initials), default: []].append(index) }
        }
        guard !spelled.isEmpty else { return }
        for (index, entity) in entities.enumerated() where entity.kind == .organization && entity.surfaces.count == 1
            && entity.name.isAllCapitals && entity.name.utf8.count <= 6 && lexicon.meaning(of: entity.name) == nil {
            guard let bodies = spelled[entity.name], bodies.count == 1 else { continue }
            Self.merge(index, into: bodies[0], entities: &entities, keyToEntity: &keyToEntity)
        }
    }

    /// "Microsoft Corp." beside "Microsoft": a company's name with its suffix
    /// is the company. A listed name stays the canonical one; else the
    /// fuller name does ("Tessellate Inc.").
    func joinSuffixedCompanies(entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        var bare: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .organization {
            bare[NameKey.normalize(entity.name)] = index
        }
        for (index, entity) in entities.enumerated() where entity.kind == .organization {
            guard let suffix = entity.name.lastWord, Lexicon.corporateSuffixes.contains(suffix.asciiLowercased()),
                  case let stem = String(entity.name.dropLast(suffix.count)).trimmingSpaces(), !stem.isEmpty,
                  let other = bare[NameKey.normalize(stem)], other != index
            else { continue }
            if lexicon.meaning(of: entities[other].name) != nil {
                Self.merge(index, into: other, entities: &entities, keyToEntity: &keyToEntity)
            } else {
                Self.merge(other, into: index, entities: &entities, keyToEntity: &keyToEntity)
            }
        }
    }

    /// One name, one kind in an article: where the tagger read one name as a
    /// person here and a place there ("Hyundai Rotem will deliver", "Hyundai
    /// Rotem's shares rose"), its readings are pooled. A body is the usual
    /// truth when they disagree between person and place; else the most
    /// frequent reading wins, the first on a tie.
    static func agreeOnTaggedKinds(_ mentions: inout [[Mention]]) {
        let readable: Set<EntityKind> = [.person, .organization, .location]
        var kinds: [String: [EntityKind]] = [:]
        for mention in mentions.joined() where mention.origin == .tagger && mention.isWeak && readable.contains(mention.kind) {
            kinds[mention.surface, default: []].append(mention.kind)
        }
        var agreed: [String: EntityKind] = [:]
        for (surface, readings) in kinds {
            let distinct = Set(readings)
            guard distinct.count > 1 else { continue }
            if distinct.contains(.organization) || distinct.isSuperset(of: [.person, .location]) {
                agreed[surface] = .organization
            } else {
                agreed[surface] = readings.max { lhs, rhs in readings.filter { $0 == lhs }.count < readings.filter { $0 == rhs }.count }
            }
        }
        guard !agreed.isEmpty else { return }
        for sentence in mentions.indices {
            for index in mentions[sentence].indices where mentions[sentence][index].origin == .tagger {
                guard let kind = agreed[mentions[sentence][index].surface] else { continue }
                mentions[sentence][index].kind = kind
                mentions[sentence][index].taggedKind = kind
            }
        }
    }

    /// "The Santa Cruz newspaper La Voz del Oriente" beside "a university in
    /// Santa Cruz": a name the rules read as a person's in one place and as a
    /// place's in another is the place; no article names a person and a place alike.
    static func agreeOnPlacesReadAsPeople(_ mentions: inout [[Mention]]) {
        let places = Set(mentions.joined().filter { $0.kind == .location && !$0.isWeak }.map(\.surface))
        guard !places.isEmpty else { return }
        for sentence in mentions.indices {
            for index in mentions[sentence].indices where mentions[sentence][index].kind == .person
                && mentions[sentence][index].role == nil && places.contains(mentions[sentence][index].surface) {
                mentions[sentence][index].kind = .location
            }
        }
    }

    /// "Jabhat Fateh al-Sham, formerly known as the Nusra Front", "Meta,
    /// formerly Facebook", "Daesh, also known as the Islamic State": one body
    /// under two names, the first the one it goes by.
    func linkFormerNames(
        _ mentions: [[Mention]], sentences: [Sentence], entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]
    ) {
        for (sentenceIndex, sentenceMentions) in mentions.enumerated() where sentenceMentions.count > 1 {
            // Only sentences that say so need their words again.
            let text = sentences[sentenceIndex].text
            guard text.contains(bytesOf: "formerly") || text.contains(bytesOf: "known as") else { continue }
            let tokens = sentences[sentenceIndex].tokenized(with: lexicon).tokens
            for (name, other) in zip(sentenceMentions, sentenceMentions.dropFirst())
            where tokens[name.tokens.upperBound - 1].punctuationAfter == "," {
                var between = tokens[name.tokens.upperBound..<other.tokens.lowerBound].map(\.lowercased)
                if between.last == "the" { between.removeLast() }
                guard Self.formerNameOpeners.contains(between),
                      var target = keyToEntity[EntityKey(name.kind, name.surface)],
                      var previous = keyToEntity[EntityKey(other.kind, other.surface)], previous != target,
                      Set([entities[target].kind, entities[previous].kind]).isSubset(of: [.organization, .person])
                else { continue }
                // A name the tagger read as a person's is a body's if its other name is.
                if entities[target].kind == .person, entities[previous].kind == .organization { swap(&target, &previous) }
                Self.merge(previous, into: target, entities: &entities, keyToEntity: &keyToEntity)
            }
        }
    }

    private static let formerNameOpeners: [[String]] = [
        ["formerly"], ["formerly", "known", "as"], ["also", "known", "as"], ["better", "known", "as"], ["previously", "known", "as"],
    ]

    /// "Central Intelligence Agency (CIA)": the acronym names the same body.
    func linkAcronyms(
        _ mentions: [[Mention]], sentences: [Sentence], entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]
    ) {
        for (sentenceIndex, sentenceMentions) in mentions.enumerated() {
            // Only "Long Name (ACR)" needs the words again.
            guard sentenceMentions.count > 1, sentences[sentenceIndex].text.contains(byte: UInt8(ascii: "(")) else { continue }
            let tokens = sentences[sentenceIndex].tokenized(with: lexicon).tokens
            for (long, short) in zip(sentenceMentions, sentenceMentions.dropFirst())
            where short.tokens.lowerBound == long.tokens.upperBound && short.tokens.count == 1
                && tokens[long.tokens.upperBound - 1].punctuationAfter == "(" && isShortName(tokens[short.tokens.lowerBound]) {
                let longKey = EntityKey(long.kind, long.surface)
                guard let target = keyToEntity[longKey] else { continue }
                for kind in EntityKind.allCases {
                    let shortKey = EntityKey(kind, short.surface)
                    if let previous = keyToEntity[shortKey], previous != target {
                        Self.merge(previous, into: target, entities: &entities, keyToEntity: &keyToEntity)
                    }
                }
                keyToEntity[EntityKey(long.kind, short.surface)] = target
                entities[target].surfaces.insert(short.surface)
            }
        }
    }

    /// An acronym, or one short word closing the brackets after a name: an
    /// acronym in another language ("Brazilian Institute for Consumer
    /// Protection (Idec)") spells no initials of the English name.
    private func isShortName(_ token: Token) -> Bool {
        token.isAcronym || token.isCapitalized && token.punctuationAfter == ")" && token.text.utf8.count <= 8
            && lexicon.meaning(of: token.text) == nil
    }

    /// Makes the entity `previous` one with `target`: its surfaces join the
    /// target's, and every name that keyed it keys the target.
    private static func merge(_ previous: Int, into target: Int, entities: inout [LocalEntity], keyToEntity: inout [EntityKey: Int]) {
        entities[target].surfaces.formUnion(entities[previous].surfaces)
        for (key, value) in keyToEntity where value == previous { keyToEntity[key] = target }
    }
}
