import NewsGraphCore

/// One entity of one document, with the mentions that name it.
struct LocalEntity: Sendable {
    var name: String
    var kind: EntityKind
    var surfaces: Set<String>
    var mentionCount: Int
    /// The country the entity's own name or the lexicon ties it to.
    var country: String?
    /// Whether the country is part of the name ("U.S. State Department").
    var countryIsInName: Bool
    /// A demonym-led group ("Mexican drug cartels") rather than a body.
    var isGroup: Bool
    /// For a head of state: the entity index of the country they lead.
    var ledCountry: Int? = nil
    /// What vouched for the name that made the entity.
    var origin: Mention.Origin = .rule
    /// Some mention calls it a news outlet ("the broadcaster NOS").
    var isDescribedAsOutlet = false
    /// Some mention calls it rebels, guerrillas or a militia: an armed group
    /// in a country, not its state's force ("the paramilitary Rapid Support Forces").
    var isArmedGroup = false
    /// A state's legislature by list or by its seats, whatever its name:
    /// what "Israel's parliament" means in an article naming the Knesset.
    var isLegislature = false
}

/// An entity of one document: its kind and its name as names are compared.
struct EntityKey: Hashable {
    var kind: EntityKind
    var name: String

    init(_ kind: EntityKind, _ name: String) {
        self.kind = kind
        self.name = NameKey.normalize(name)
    }
}

/// Resolves mentions inside one document: a surname to the full name, an
/// acronym to its expansion, "U.S. State Department" to "State Department",
/// a headline's bare word to a name the body spells out. Weak mentions that
/// resolve to nothing are dropped with a diagnostic.
struct EntityResolver {
    let lexicon: Lexicon
    /// The learned tagger's name lists: a listed city stays a place even when it "says".
    var tagger: NameTagger? = nil

    struct Result {
        var entities: [LocalEntity]
        /// For each sentence, its mentions paired with their entity's index.
        var resolved: [[(mention: Mention, entity: Int)]]
        var diagnostics: [Diagnostic]
    }

    func resolve(_ mentions: [[Mention]], sentences: [Sentence]) -> Result {
        var mentions = mentions
        qualifyOwnedStateBodies(&mentions)
        dropHoldersPossessives(&mentions)
        var entities: [LocalEntity] = []
        var keyToEntity: [EntityKey: Int] = [:]
        keyToEntity.reserveCapacity(mentions.reduce(0) { $0 + $1.count })
        var names = NameIndex()
        var diagnostics: [Diagnostic] = []
        var resolved = Array(repeating: [(mention: Mention, entity: Int)](), count: mentions.count)

        // Strong mentions first, fullest names first, so short forms find them.
        let strong = Self.fullestFirst(mentions) { !$0.isWeak }
        let namedFirst = FirstNamed(mentions)
        func add(_ mention: Mention) {
            let name = canonicalName(of: mention, entities: entities, names: names, namedFirst: namedFirst)
            let entityKey = EntityKey(mention.kind, name)
            if let existing = keyToEntity[entityKey] {
                entities[existing].surfaces.insert(mention.surface)
                if mention.isSeatedBody { entities[existing].isLegislature = true }
            } else {
                keyToEntity[entityKey] = entities.count
                let prefix = countryPrefix(of: mention.surface)
                // A generic name kept as written ("Supreme Court" of a Sri Lankan article) is no listed body's.
                let keptGeneric = mention.canonical.map { $0 != name && name == mention.surface } ?? false
                entities.append(LocalEntity(
                    name: name, kind: mention.kind, surfaces: [mention.surface], mentionCount: 0,
                    country: keptGeneric ? prefix?.country : country(in: mention, prefix: prefix?.country),
                    countryIsInName: prefix != nil,
                    isGroup: mention.kind == .organization && isGroup(mention), origin: mention.origin,
                    isLegislature: mention.kind == .organization && (mention.isSeatedBody || lexicon.legislatures.contains(name))))
                // "the Georgian Foreign Ministry" is the "Foreign Ministry" of "Georgia's Foreign Ministry".
                let unprefixed = mention.kind == .organization && name == mention.surface ? prefix?.rest : nil
                names.add(entities[entities.count - 1], at: entities.count - 1, alsoNamed: unprefixed)
            }
            keyToEntity[EntityKey(mention.kind, mention.surface)] = keyToEntity[entityKey]
        }
        for position in strong {
            add(mentions[position.at.0][position.at.1])
        }
        linkAcronyms(mentions, sentences: sentences, entities: &entities, keyToEntity: &keyToEntity)
        Self.agreeOnTaggedKinds(&mentions)
        Self.agreeOnPlacesReadAsPeople(&mentions)
        // A tagged name the document knows no fuller form of is an entity of the
        // tagged kind; fullest first, so "Okafor-Lind" finds "Tomasz Okafor-Lind".
        let tagged = Self.fullestFirst(mentions) { $0.isWeak && $0.taggedKind != nil }
        var known = ShortNames(entities: entities, keyToEntity: keyToEntity, lexicon: lexicon, tagger: tagger)
        var knownSpaces = tagged.first?.spaces ?? 0
        for position in tagged {
            if position.spaces < knownSpaces {
                known = ShortNames(entities: entities, keyToEntity: keyToEntity, lexicon: lexicon, tagger: tagger)
                knownSpaces = position.spaces
            }
            guard known.resolve(mentions[position.at.0][position.at.1].surface, byFirstWord: true) == nil else { continue }
            mentions[position.at.0][position.at.1].isWeak = false
            add(mentions[position.at.0][position.at.1])
        }
        if !tagged.isEmpty {
            // "Security Action for Europe (SAFE)" where the tagger found the long name.
            linkAcronyms(mentions, sentences: sentences, entities: &entities, keyToEntity: &keyToEntity)
        }
        joinFirstWordBodies(entities: &entities, keyToEntity: &keyToEntity)
        joinSuffixedCompanies(entities: &entities, keyToEntity: &keyToEntity)
        joinBodiesNamedShorter(entities: &entities, keyToEntity: &keyToEntity)
        joinBodiesWithoutTheirHead(entities: &entities, keyToEntity: &keyToEntity)
        joinShortenedPolicies(entities: &entities, keyToEntity: &keyToEntity)
        joinInitialisms(entities: &entities, keyToEntity: &keyToEntity)
        linkFormerNames(mentions, sentences: sentences, entities: &entities, keyToEntity: &keyToEntity)
        let unledCountry = assignHeadsOfState(mentions, sentences: sentences, entities: &entities, keyToEntity: keyToEntity)
        let shortNames = ShortNames(entities: entities, keyToEntity: keyToEntity, lexicon: lexicon, tagger: tagger)

        // The body last described with each noun, and the sentence that did, as the
        // document goes on; kept only for an article that goes on to say "the group" or "the deal".
        var described: [String: (entity: Int, sentence: Int)] = [:]
        let readsDescriptions = mentions.contains { $0.contains { $0.isHeadNounReference && $0.isDefiniteReference } }
        // The body the last sentence naming one named first: what "the group"
        // means when nothing was described as one (as a sentence's subject, it
        // is the likeliest to be spoken of next).
        var previousBody: (index: Int, sentence: Int)?
        // The person last named with each title, and with its last word: whom "the minister" means.
        var lastHolder: [String: Int] = [:]
        // The policies the article names, by the nouns that may stand for them ("accord", "agreement").
        var namedPolicies: [String: Set<Int>] = [:]
        for policy in strong.lazy.map({ mentions[$0.at.0][$0.at.1] }) where policy.kind == .policy {
            guard let entity = keyToEntity[EntityKey(policy.kind, policy.surface)] else { continue }
            for noun in [policy.describedAs, Self.headNoun(ofPolicy: policy.canonical ?? policy.surface)].compactMap({ $0 }) {
                namedPolicies[Self.descriptorKey(noun), default: []].insert(entity)
            }
        }
        let namesIncorporatedBodies = entities.contains(where: Self.isIncorporated)
        let readsGroups = mentions.contains { $0.contains { $0.isDefiniteReference && Self.isGenericBodyNoun($0.surface) } }
        for sentenceMentions in mentions {
            var firstBody: (index: Int, at: Int)?
            // A huge article's sentences keep no words; they are read again here only if a body is named.
            var sentenceTokens: [Token]?
            // Whether the sentence has a word for rebels; looked for once, when a body is named.
            var namesArmedGroup: Bool?
            for mention in sentenceMentions {
                var index: Int?
                if let title = mention.titleReference {
                    index = lastHolder[title]
                } else if mention.isGovernment {
                    let person = shortNames.resolve(mention.surface)
                    index = person.flatMap { entities[$0].ledCountry } ?? unledCountry
                } else if mention.isStateLegislature {
                    // "the Eduskunta, Finland's parliament": the body just described so.
                    index = described[Self.descriptorKey(mention.surface.lastWord ?? "")].flatMap {
                        mention.sentence - $0.sentence <= 1 ? $0.entity : nil
                    } ?? legislature(meantBy: mention, entities)
                    if index == nil {
                        add(mention)
                        index = keyToEntity[EntityKey(mention.kind, mention.surface)]
                    }
                } else if mention.isHeadNounReference {
                    // "signed an agreement": an indefinite act brings a policy in, not the one a name holds the noun of.
                    let bringsPolicyIn = mention.isEnacted && !mention.isDefiniteReference
                    index = bringsPolicyIn ? nil : resolveHeadNoun(mention, entities: entities)
                    // "condemned the agreement", in an article about a new compact, is that compact,
                    // not the listed Paris Agreement it cites.
                    if let standing = index, entities[standing].kind == .policy, entities[standing].origin == .list,
                       mention.isDefiniteReference,
                       let new = namedPolicies[Self.descriptorKey(mention.surface)]?.filter({ entities[$0].origin != .list }),
                       new.count == 1 {
                        index = new.first
                    }
                    // "the group" (or "the company", when no name says which) is the body the sentence
                    // before named first, else the one last described as a group. "X chief executive
                    // Y said the company would appeal": a company is first the body its sentence named.
                    // Where names say which bodies are incorporated, "the company" is one of them or none.
                    // A body the article has just called by the noun ("CooperAcción, a Lima-based group",
                    // two sentences back at most) is what "the group" means when the body named since
                    // was named inside a quotation, in the speaker's words rather than the reporter's.
                    if index == nil, mention.kind == .organization, mention.isDefiniteReference, Self.isGenericBodyNoun(mention.surface),
                       let named = described[Self.descriptorKey(mention.surface)], mention.sentence - named.sentence <= 2,
                       let previousBody, Self.opensQuotation(sentences[previousBody.sentence].text) {
                        index = named.entity
                    }
                    if index == nil, mention.kind == .organization, mention.isDefiniteReference, Self.isGenericBodyNoun(mention.surface) {
                        let isCompany = Self.companyNouns.contains(Self.stem(mention.surface))
                        if isCompany, !namesIncorporatedBodies, let firstBody {
                            // "Bulgaria's Prosecutor's Office searched the company's offices": an office of state is no company.
                            let isStateBody = entities[firstBody.index].name.words.contains { lexicon.cues.governmentHeads.contains(String($0)) }
                            index = isStateBody ? nil : firstBody.index
                        } else if !isCompany || !namesIncorporatedBodies, let previousBody, previousBody.sentence == mention.sentence - 1 {
                            index = previousBody.index
                        }
                    }
                    if index == nil, mention.kind != .location, mention.isDefiniteReference {
                        index = described[Self.descriptorKey(mention.surface)]?.entity
                    }
                    if index == nil, mention.kind == .organization, mention.isDefiniteReference,
                       mention.sentence + 1 < mentions.count {
                        let tokens = sentenceTokens ?? sentences[mention.sentence].tokenized(with: lexicon).tokens
                        sentenceTokens = tokens
                        index = stateBodyNamedNext(for: mention, in: tokens, next: mentions[mention.sentence + 1], keyToEntity, entities)
                    }
                    if index == nil, mention.isEnacted {
                        // "Trump has signed a directive": the act names the policy, unless the article
                        // names one of that kind ("signed an agreement ... the compact, titled X"): then it is that one.
                        if let named = namedPolicies[Self.descriptorKey(mention.surface)] {
                            // A listed standing treaty ("the Paris Agreement") is not the one just signed.
                            let new = bringsPolicyIn ? named.filter { entities[$0].origin != .list } : named
                            index = new.count == 1 ? new.first : nil
                        } else {
                            add(mention)
                            index = keyToEntity[EntityKey(mention.kind, mention.surface)]
                        }
                    }
                } else if mention.isWeak {
                    index = shortNames.resolve(mention.surface, byFirstWord: !sentences[mention.sentence].isHeadline
                        && (mention.tokens.lowerBound > 0 || mention.origin == .tagger || mention.isPossessive || mention.opensSentenceAsName))
                    if index == nil, !sentences[mention.sentence].isHeadline, MentionRecognizer.legislatureNouns.contains(mention.surface.lowercased()) {
                        index = legislature(calledBy: mention.surface, entities)
                        // Only the capitalized noun names a body of its own ("Parliament passed").
                        if index == nil, mention.surface.first?.isUppercase == true {
                            var body = mention
                            body.kind = .organization
                            add(body)
                            index = keyToEntity[EntityKey(.organization, mention.surface)]
                        }
                    }
                    if index == nil {
                        // "Trump Weighs Strikes Targeting Cartels Inside Mexico": a title-case run may hold names.
                        let inside = Self.namesInside(mention, shortNames: shortNames)
                        for (word, entity) in inside {
                            entities[entity].mentionCount += 1
                            resolved[mention.sentence].append((word, entity))
                        }
                        diagnostics.append(Diagnostic(
                            stage: "resolution", message: "dropped \"\(mention.surface)\": no entity of the document has that name"
                                + (inside.isEmpty ? "" : "; kept \(inside.map { "\"\($0.0.surface)\"" }.joined(separator: ", ")) in it")))
                    }
                } else {
                    index = keyToEntity[EntityKey(mention.kind, qualifiedName(of: mention) ?? mention.surface)]
                }
                guard var index else { continue }
                if entities[index].kind == .person, let title = mention.role?.title.lowercased() {
                    lastHolder[title] = index
                    if let word = title.lastWord { lastHolder[word] = index }
                }
                if let named = namedAgreement(standingFor: index, namedPolicies, entities) { index = named }
                if readsDescriptions, !mention.isHeadNounReference {
                    switch entities[index].kind {
                    case .organization:
                        let tokens = sentenceTokens ?? sentences[mention.sentence].tokenized(with: lexicon).tokens
                        sentenceTokens = tokens
                        for noun in descriptorNouns(of: mention, in: tokens) { described[noun] = (index, mention.sentence) }
                    case .policy:
                        // "the accord, titled X", and a policy named by its kind: "the Mekong Agreement" is "the deal".
                        for noun in [mention.describedAs, entities[index].name.lastWord].compactMap({ $0 }) {
                            described[Self.descriptorKey(noun)] = (index, mention.sentence)
                        }
                    default:
                        break
                    }
                }
                entities[index].mentionCount += 1
                if mention.isDescribedAsOutlet { entities[index].isDescribedAsOutlet = true }
                if entities[index].kind == .organization, !entities[index].isArmedGroup, !mention.isHeadNounReference {
                    let mayBeArmed = namesArmedGroup ?? Self.mayDescribeArmedGroup(sentences[mention.sentence].text)
                    namesArmedGroup = mayBeArmed
                    if mayBeArmed {
                        let tokens = sentenceTokens ?? sentences[mention.sentence].tokenized(with: lexicon).tokens
                        sentenceTokens = tokens
                        entities[index].isArmedGroup = Self.isDescribedAsArmedGroup(mention, in: tokens)
                    }
                }
                // "Trump" in "Trump administration" names the state, but is not its
                // name; nor is "group" in "the group" the body's.
                if !mention.isGovernment, mention.titleReference == nil, !(mention.kind == .organization && mention.isDefiniteReference) {
                    entities[index].surfaces.insert(mention.surface)
                }
                resolved[mention.sentence].append((mention, index))
                if readsGroups, entities[index].kind == .organization, mention.tokens.lowerBound < firstBody?.at ?? .max,
                   !isOwnedPart(mention, in: sentences[mention.sentence], tokens: &sentenceTokens) {
                    firstBody = (index, mention.tokens.lowerBound)
                }
            }
            if let firstBody, let sentence = sentenceMentions.first?.sentence { previousBody = (firstBody.index, sentence) }
        }
        addCountriesNamedInBodies(&entities)
        retypeSpeakingPlaces(resolved, sentences: sentences, entities: &entities)
        retypePeopleCalledWhich(resolved, sentences: sentences, entities: &entities)
        retypePeopleNamedLikeBodies(resolved, sentences: sentences, entities: &entities)
        return Result(entities: entities, resolved: resolved, diagnostics: diagnostics)
    }

    /// "Trilha Mobilidade said it would appeal": a place does not speak. A
    /// name read as a place, that no list knows, and that says, tells or
    /// announces, is a body (a listed capital speaking for its state is read
    /// as the state before this).
    private func retypeSpeakingPlaces(_ resolved: [[(mention: Mention, entity: Int)]], sentences: [Sentence], entities: inout [LocalEntity]) {
        for (index, sentenceMentions) in resolved.enumerated() {
            guard sentenceMentions.contains(where: { entities[$0.1].kind == .location && entities[$0.1].origin != .list }) else { continue }
            let tokens = sentences[index].tokenized(with: lexicon).tokens
            for (mention, entity) in sentenceMentions where entities[entity].kind == .location && entities[entity].origin != .list {
                var next = mention.tokens.upperBound
                // "Trilha Mobilidade, which operates in 200 cities, said": past a clause set off by commas.
                if next < tokens.count, tokens[next - 1].punctuationAfter == ",",
                   let close = tokens[next..<min(tokens.count, next + 15)].firstIndex(where: { $0.punctuationAfter == "," }) {
                    next = close + 1
                }
                guard next < tokens.count, tokens[next - 1].punctuationAfter == nil || next > mention.tokens.upperBound,
                      !mention.isPossessive, Self.isSpeaking(tokens[next].lowercased),
                      lexicon.meaning(of: entities[entity].name) == nil, tagger?.isListed(tokens[mention.tokens]) != true,
                      // "the South Moravian Region said": a region speaks through its government and stays a place.
                      !Self.territorialHeads.contains(entities[entity].name.lastWord.map { String($0) } ?? "")
                else { continue }
                entities[entity].kind = .organization
            }
        }
    }

    /// "Aguas de Morelia, which runs the network", "a group known as Ember
    /// Lynx, which": a person is "who". A name read as a person's, with no
    /// title anywhere, that "which" follows right after its comma is a body.
    /// Not after a preposition, where "which" may be the phrase's ("a report
    /// by Ana Ruiz, which found").
    private func retypePeopleCalledWhich(_ resolved: [[(mention: Mention, entity: Int)]], sentences: [Sentence], entities: inout [LocalEntity]) {
        let titled = Set(resolved.joined().filter { $0.mention.role != nil }.map(\.entity))
        for (index, sentenceMentions) in resolved.enumerated() where sentences[index].text.contains(bytesOf: ", which") {
            let tokens = sentences[index].tokenized(with: lexicon).tokens
            for (mention, entity) in sentenceMentions where entities[entity].kind == .person && !titled.contains(entity) {
                let end = mention.tokens.upperBound, start = mention.tokens.lowerBound
                guard end < tokens.count, tokens[end - 1].punctuationAfter == ",", tokens[end].lowercased == "which",
                      !mention.isPossessive, start == 0 || !tokens[start - 1].roles.contains(.preposition),
                      lexicon.meaning(of: entities[entity].name) == nil
                else { continue }
                entities[entity].kind = .organization
            }
        }
    }

    /// "Kestrel Tankers", "Redgum Resources", "Al Noor Coastal Development":
    /// a name of two or more words read as a person's, with no title
    /// anywhere, whose last word is an everyday word ("tankers",
    /// "development") in the plural or an abstract noun's ending, and whose
    /// first is neither a given name nor an everyday word, is a body's: a
    /// surname that is an everyday word ("Gates") comes after a given name,
    /// and a given name may be one too ("Bill").
    private func retypePeopleNamedLikeBodies(_ resolved: [[(mention: Mention, entity: Int)]], sentences: [Sentence], entities: inout [LocalEntity]) {
        guard let tagger else { return }
        let titled = Set(resolved.joined().filter { $0.mention.role != nil }.map(\.entity))
        for (index, sentenceMentions) in resolved.enumerated() {
            var tokens: [Token]?
            for (mention, entity) in sentenceMentions where entities[entity].kind == .person && !titled.contains(entity)
                && mention.tokens.count > 1 && mention.surface == entities[entity].name {
                let sentenceTokens = tokens ?? sentences[index].tokenized(with: lexicon).tokens
                tokens = sentenceTokens
                let words = sentenceTokens[mention.tokens]
                guard let first = words.first, let last = words.last,
                      !lexicon.givenNames.contains(first.text), !tagger.opensPersonName(first), !tagger.isCommonWord(first),
                      tagger.isCommonWord(last), !lexicon.givenNames.contains(last.text), Self.endsLikeCommonNoun(last.lowercased)
                else { continue }
                entities[entity].kind = .organization
            }
        }
    }

    /// "tankers", "hospitality", "development": a plural or an abstract noun's ending, which "Win" and "Khan" lack.
    private static func endsLikeCommonNoun(_ word: String) -> Bool {
        word.count > 4 && (word.hasSuffix("s") && !word.hasSuffix("ss") || ["ity", "ment", "tion", "ics"].contains { word.hasSuffix($0) })
    }

    private static let territorialHeads: Set<String> = [
        "Region", "Province", "District", "County", "State", "Territory", "Prefecture", "Oblast", "Governorate",
    ]

    /// The saying verbs relations read, and the words of statements.
    private static func isSpeaking(_ word: String) -> Bool {
        SentenceContext.sayingVerbs.contains(word) || statingVerbs.contains(word)
    }

    private static let statingVerbs: Set<String> = ["announced", "announces", "stated", "denied", "denies"]

    /// Whether a sentence opens with a quotation mark: quoted speech.
    private static func opensQuotation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "\"" || first == "\u{201C}"
    }

    /// Whether a common noun's possessive stands right before the body: "the
    /// group's Youth Forum" is a part of the group, not what "the group" means next.
    private func isOwnedPart(_ mention: Mention, in sentence: Sentence, tokens: inout [Token]?) -> Bool {
        guard mention.tokens.lowerBound > 0 else { return false }
        let words = tokens ?? sentence.tokenized(with: lexicon).tokens
        tokens = words
        let owner = words[mention.tokens.lowerBound - 1]
        return owner.isPossessive && !owner.isCapitalized
    }

    /// "the U.S. District Court", "the UK Border Force": a body named with its
    /// country's name names the country too, though the article may never name
    /// it alone. Not a demonym: "the Georgian Foreign Ministry" is the
    /// ministry's description, and its country is only tied where named.
    private func addCountriesNamedInBodies(_ entities: inout [LocalEntity]) {
        var present = Set(entities.filter { $0.kind == .country }.map(\.name))
        for body in entities.indices where entities[body].kind == .organization && entities[body].mentionCount > 0 {
            guard entities[body].countryIsInName, let country = entities[body].country, !present.contains(country),
                  entities[body].surfaces.contains(where: { surface in
                      countryPrefix(of: surface).map { surface.dropLast($0.rest.count).trimmingSpaces() }
                          .map { if case .country? = lexicon.meaning(of: $0) { true } else { false } } ?? false
                  })
            else { continue }
            present.insert(country)
            entities.append(LocalEntity(
                name: country, kind: .country, surfaces: [country], mentionCount: 1, country: country, countryIsInName: false,
                isGroup: false))
        }
    }

    /// The words of an unresolved run of three or more capitalized words that
    /// name a person, state or body of the document on their own.
    private static func namesInside(_ mention: Mention, shortNames: ShortNames) -> [(Mention, Int)] {
        let words = mention.surface.words
        guard words.count >= 3, words.count == mention.tokens.count else { return [] }
        return words.indices.compactMap { offset in
            guard let entity = shortNames.resolve(words[offset]) else { return nil }
            var word = mention
            word.tokens = (mention.tokens.lowerBound + offset)..<(mention.tokens.lowerBound + offset + 1)
            word.surface = words[offset]
            word.isPossessive = offset == words.count - 1 && mention.isPossessive
            return (word, entity)
        }
    }

    /// The positions of the mentions `include` accepts, names with more
    /// words first, then in the document's order. Sorted by position, not as
    /// values: a mention is a handful of strings to copy.
    private static func fullestFirst(
        _ mentions: [[Mention]], where include: (Mention) -> Bool
    ) -> [(spaces: Int, sentence: Int, order: Int, at: (Int, Int))] {
        var found: [(spaces: Int, sentence: Int, order: Int, at: (Int, Int))] = []
        for (sentence, sentenceMentions) in mentions.enumerated() {
            for index in sentenceMentions.indices where include(sentenceMentions[index]) {
                let spaces = sentenceMentions[index].surface.utf8.count { $0 == UInt8(ascii: " ") }
                found.append((spaces, sentenceMentions[index].sentence, found.count, (sentence, index)))
            }
        }
        return found.sorted { ($1.spaces, $0.sentence, $0.order) < ($0.spaces, $1.sentence, $1.order) }
    }

    /// "Kyrgyzstan's Foreign Ministry" and "Tajikistan's Foreign Ministry"
    /// are two bodies: a state body's generic name ("Foreign Ministry",
    /// "Border Service") after a country's possessive is named with the
    /// country's demonym, as the guidelines name the "U.S. State Department".
    private func qualifyOwnedStateBodies(_ mentions: inout [[Mention]]) {
        for sentence in mentions.indices {
            for index in mentions[sentence].indices {
                let body = mentions[sentence][index]
                guard body.kind == .organization, body.canonical == nil, !body.isWeak, body.surface.wordCount <= 3,
                      let head = body.surface.lastWord, lexicon.cues.governmentHeads.contains(String(head)),
                      lexicon.meaning(of: body.surface) == nil,
                      let owner = mentions[sentence].first(where: {
                          $0.kind == .country && $0.isPossessive && $0.tokens.upperBound == body.tokens.lowerBound
                      }),
                      let demonym = lexicon.demonymOf[owner.canonical ?? owner.surface]
                else { continue }
                mentions[sentence][index].canonical = "\(demonym) \(body.surface)"
            }
        }
    }

    /// "Haugland's Ministry of Energy": a body's name that opens with the
    /// possessive of a person the article names by full name is the body alone.
    private func dropHoldersPossessives(_ mentions: inout [[Mention]]) {
        let surnames = Set(mentions.joined().filter { $0.kind == .person && $0.surface.wordCount > 1 }.compactMap(\.surface.lastWord))
        guard !surnames.isEmpty else { return }
        for sentence in mentions.indices {
            for index in mentions[sentence].indices where mentions[sentence][index].kind == .organization {
                let body = mentions[sentence][index]
                guard body.canonical == nil, body.tokens.count > 2,
                      let apostrophe = body.surface.firstIndex(where: { $0 == "'" || $0 == "’" }),
                      case let owner = body.surface[..<apostrophe], !owner.contains(" "), surnames.contains(String(owner)),
                      body.surface[apostrophe...].hasPrefix("'s ") || body.surface[apostrophe...].hasPrefix("’s ")
                else { continue }
                mentions[sentence][index].surface = String(body.surface[body.surface.index(apostrophe, offsetBy: 3)...])
                mentions[sentence][index].tokens = (body.tokens.lowerBound + 1)..<body.tokens.upperBound
            }
        }
    }

    /// The name ``qualifyOwnedStateBodies(_:)`` gave the mention, if any.
    private func qualifiedName(of mention: Mention) -> String? {
        guard mention.kind == .organization, let canonical = mention.canonical, canonical.hasSuffix(" " + mention.surface),
              lexicon.meaning(of: mention.surface) == nil else { return nil }
        return canonical
    }

    /// The name a strong mention resolves to: the lexicon's canonical name, a
    /// fuller person already seen with this surname, an organization named
    /// again without its country prefix.
    private func canonicalName(of mention: Mention, entities: [LocalEntity], names: NameIndex, namedFirst: FirstNamed) -> String {
        if let qualified = qualifiedName(of: mention) {
            return qualified  // "Kyrgyz Foreign Ministry", not a longer name "Foreign Ministry" shortens
        }
        if mention.kind == .organization, isGroup(mention), case let words = mention.surface.words, words.count > 2,
           let head = words.last, let demonym = words.first {
            // "Mexican drug cartels" and "Mexican cartels" are one group, in
            // every document: named by demonym and head noun.
            return "\(demonym) \(head)"
        }
        if mention.kind == .policy || mention.kind == .organization,
           let longer = names.entity(mention.kind, shortenedTo: mention.surface) {
            return entities[longer].name  // "Title 50" is "Title 50 of the U.S. Code" named shorter
        }
        if mention.kind == .organization, let head = mention.surface.lastWord, Self.officeHeads.contains(head),
           mention.surface.wordCount > 1, case let field = mention.surface.dropLast(head.utf8.count + 1),
           let named = entities.first(where: { $0.kind == .organization && $0.name == "\(head) of \(field)" }) {
            return named.name  // "the Public Health Ministry" is the "Ministry of Public Health" named before
        }
        if let canonical = mention.canonical {
            // "the Senate" of a Kenyan article is not the United States Senate, nor its "Supreme
            // Court" the American one: a state body's generic name is that state's only where the
            // article has named the state by then, more often than any other ("passed by Congress"
            // of a Guatemalan article that cites the U.S. State Department later is Guatemala's).
            // So are "Democrats" of a European article not the American party.
            // Nor is Nepal's "House of Representatives" the American one: its head stands before "of".
            // "House" heads chambers only here: in the shared list it would make the White House a state body.
            if mention.kind == .organization, mention.surface.wordCount <= 3, case let words = mention.surface.words,
               case let head = words.firstIndex(of: "of").map({ words[max(0, $0 - 1)] }) ?? words.last ?? "",
               mention.surface.wordCount <= 2 || words.contains("of"),
               lexicon.cues.governmentHeads.contains(head) || head == "House" || isMembersName(mention.surface, of: canonical),
               case .organization(_, let country?)? = lexicon.meaning(of: mention.surface),
               !namedFirst.isCountry(country, namedBy: mention.surface) {
                return mention.surface
            }
            return canonical
        }
        if mention.kind == .person, mention.surface.wordCount == 1,
           let match = names.uniquePerson(withSurname: mention.surface) {
            return entities[match].name
        }
        if mention.kind == .person, let match = names.uniquePerson(shortenedTo: mention.surface, in: entities) {
            return entities[match].name
        }
        if mention.kind == .organization, mention.surface.wordCount > 1,
           let first = mention.surface.firstWord, lexicon.countryFirstWords.contains(first) {
            let words = mention.surface.words
            for prefix in 1..<words.count {
                guard let country = lexicon.country(named: words[..<prefix].joined(separator: " ")) else { continue }
                // "U.S. State Department" is the State Department; "the Chilean Congress" is not the United States'.
                if case .organization(let name, let home)? = lexicon.meaning(of: words[prefix...].joined(separator: " ")),
                   home == nil || home == country {
                    return name
                }
            }
        }
        return mention.surface
    }

    /// "Mexican President Claudia Sheinbaum" leads Mexico. A head of state
    /// titled without a country ("President Trump") leads the document's most
    /// mentioned country that no one else leads, which is also returned: news
    /// writes its home country's president without the country. So does its
    /// prime minister, one of each title. "Prime Minister X and his
    /// Australian counterpart" says X is not Australia's.
    private func assignHeadsOfState(
        _ mentions: [[Mention]], sentences: [Sentence], entities: inout [LocalEntity], keyToEntity: [EntityKey: Int]
    ) -> Int? {
        var countryTally: [Int: Int] = [:]
        var unscoped: [(person: Int, title: String)] = []
        var counterparts: [Int: Set<Int>] = [:]
        for sentenceMentions in mentions {
            var countriesOfCounterparts: Set<Int> = []
            var titled: [Int] = []
            // Read again only where a counterpart is named, once for the sentence.
            let counterpartTokens = sentenceMentions.first.flatMap { first -> [Token]? in
                let sentence = sentences[first.sentence]
                return sentence.text.contains(bytesOf: "counterpart") ? sentence.tokenized(with: lexicon).tokens : nil
            }
            for mention in sentenceMentions {
                if mention.kind == .country, let country = keyToEntity[EntityKey(.country, mention.canonical ?? mention.surface)] {
                    countryTally[country, default: 0] += 1
                    if let counterpartTokens, Self.isCounterpartsCountry(mention, in: counterpartTokens) {
                        countriesOfCounterparts.insert(country)
                    }
                }
                guard let role = mention.role, role.kind == .headOfState,
                      let person = keyToEntity[EntityKey(.person, mention.surface)] else { continue }
                if let scope = role.scope, let name = lexicon.country(named: scope),
                   let country = keyToEntity[EntityKey(.country, name)] {
                    entities[person].ledCountry = country
                } else if role.scope == nil {
                    unscoped.append((person, role.title.lowercased()))
                    titled.append(person)
                }
            }
            for person in titled { counterparts[person, default: []].formUnion(countriesOfCounterparts) }
        }
        let led = Set(entities.compactMap(\.ledCountry))
        func mostNamedUnled(except excluded: Set<Int> = []) -> Int? {
            countryTally.filter { !led.contains($0.key) && !excluded.contains($0.key) }
                .max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        // Two presidents named without a country cannot both lead the most named one;
        // a president and a prime minister can.
        let unplaced = Dictionary(grouping: unscoped.filter { entities[$0.person].ledCountry == nil }, by: \.title)
            .mapValues { Set($0.map(\.person)) }
        for people in unplaced.values where people.count == 1 {
            let person = people.first!
            entities[person].ledCountry = mostNamedUnled(except: counterparts[person] ?? [])
        }
        return mostNamedUnled()
    }

    /// "his Australian counterpart": the country of the other side's office holder.
    private static func isCounterpartsCountry(_ mention: Mention, in tokens: [Token]) -> Bool {
        mention.tokens.upperBound < tokens.count && tokens[mention.tokens.upperBound].lowercased.hasPrefix("counterpart")
    }

    /// The one entity of the mention's kind whose name ends in its noun; for
    /// "the bank", the one body whose name holds it, and for "the company"
    /// with none, the one incorporated body; for "the deal" or "this law",
    /// else the article's one policy.
    private func resolveHeadNoun(_ mention: Mention, entities: [LocalEntity]) -> Int? {
        let kind = mention.kind
        let stem = Self.stem(mention.surface)
        let matches = entities.indices.filter {
            entities[$0].kind == kind && (kind != .organization || entities[$0].isGroup)
                && entities[$0].name.lastWord.map(Self.stem) == stem
        }
        if matches.count == 1 { return matches[0] }
        if kind == .organization, mention.isDefiniteReference, let noun = mention.surface.lastWord,
           case let modifiers = mention.surface.words.dropLast().map({ $0.asciiLowercased() }), !modifiers.isEmpty {
            // "the electoral commission": the one body whose name holds every word, named before or after.
            let bodies = entities.indices.filter { body in
                guard entities[body].kind == .organization, !entities[body].isGroup else { return false }
                let name = entities[body].name.words.map { $0.asciiLowercased() }
                return name.contains { Self.stem($0) == Self.stem(noun) } && modifiers.allSatisfy(name.contains)
            }
            return bodies.count == 1 ? bodies[0] : nil
        }
        if kind == .organization, mention.isDefiniteReference {
            // "the bank": the one body with "Bank" in its name ("Central Bank of Chile").
            let bodies = entities.indices.filter {
                entities[$0].kind == .organization && !entities[$0].isGroup && entities[$0].mentionCount > 0
                    && entities[$0].name.words.contains { Self.stem($0) == stem }
            }
            if bodies.isEmpty, Self.federationNouns.contains(stem) {
                // "the federation's decision" of the "Polish Athletics Association": a governing body goes by either noun.
                let federations = entities.indices.filter {
                    entities[$0].kind == .organization && !entities[$0].isGroup && entities[$0].mentionCount > 0
                        && entities[$0].name.words.contains { Self.federationNouns.contains(Self.stem($0)) }
                }
                return federations.count == 1 ? federations[0] : nil
            }
            if bodies.isEmpty, Self.companyNouns.contains(stem) {
                // "the company": the one body whose name says it is incorporated ("Tessellate Inc.").
                let companies = entities.indices.filter { Self.isIncorporated(entities[$0]) && entities[$0].mentionCount > 0 }
                return companies.count == 1 ? companies[0] : nil
            }
            if bodies.isEmpty, let nameWords = Self.namesOfKind[stem] {
                // "the airline": the one body whose name's head or first word says it flies ("Kuwait Airways",
                // "Air Seychelles"), not "Kuwait Airways Workers' Union".
                let named = entities.indices.filter { body in
                    let words = entities[body].name.words
                    return entities[body].kind == .organization && entities[body].mentionCount > 0
                        && [words.first, words.last].contains { $0.map { nameWords.contains(String($0)) } == true }
                }
                return named.count == 1 ? named[0] : nil
            }
            // "the union", after "Kuwait Airways Workers' Union" and "Kuwait Trade Union Federation":
            // the one body the noun heads.
            let headed = bodies.filter { entities[$0].name.lastWord.map(Self.stem) == stem }
            return bodies.count == 1 ? bodies[0] : headed.count == 1 ? headed[0] : nil
        }
        // "the constitution" is a standing law, never the new act an article is about; nor is a
        // lender's standing facility the one "the measures" or "the reform" mean.
        guard matches.isEmpty, kind == .policy, mention.isDefiniteReference, !Self.standingLaws.contains(stem) else { return nil }
        let policies = entities.indices.filter {
            entities[$0].kind == .policy && entities[$0].mentionCount > 0 && !MentionRecognizer.isLendingInstrument(entities[$0].name)
        }
        // "welcomed the deal" of an article that names a "memorandum of understanding" and a convention:
        // the one agreement among its policies.
        if policies.count > 1, Self.dealNouns.contains(stem) {
            let agreements = policies.filter { policy in
                Self.headNoun(ofPolicy: entities[policy].name).map { Self.agreementHeads.contains(Self.stem($0)) } == true
            }
            return agreements.count == 1 ? agreements[0] : nil
        }
        guard policies.count == 1 else { return nil }
        // "urged CADE to reject the deal" is no "Law 12,529": a deal is no statute (where "the law"
        // may well be a pact a legislature passed).
        let words = Set(entities[policies[0]].name.words.map { Self.stem(String($0)) })
        return Self.dealNouns.contains(stem) && !words.isDisjoint(with: Self.statuteNouns) ? nil : policies[0]
    }

    private static let dealNouns: Set<String> = ["deal", "agreement", "accord", "pact", "treaty"]
    /// The head nouns of an agreement's name.
    private static let agreementHeads = dealNouns.union(["memorandum", "arrangement", "compact", "protocol"])
    private static let statuteNouns: Set<String> = ["law", "act", "bill", "code", "decree", "statute", "regulation"]

    private static let federationNouns: Set<String> = ["association", "federation"]
    private static let officeHeads: Set<String> = ["Ministry", "Department"]
    /// The words in a body's name that say what kind of body a noun for it means.
    private static let namesOfKind: [String: Set<String>] = [
        "airline": ["Airways", "Airlines", "Air"],
        "bloc": ["Union", "Community", "Association", "States", "Cooperation", "Alliance"],
        "broadcaster": ["Broadcasting", "Television", "Radio"],
    ]

    /// The noun a policy's name is headed by: "Arrangement" in "Suva
    /// Arrangement on Southern Longline Fisheries", the word before its
    /// first "of", "on" or "for", else its last word.
    static func headNoun(ofPolicy name: String) -> String? {
        let words = name.words
        if let connector = words.firstIndex(where: { ["of", "on", "for"].contains($0) }), connector > 0 {
            return words[connector - 1]
        }
        return words.last
    }

    private static let companyNouns: Set<String> = ["company", "firm"]
    private static let genericBodyNouns: Set<String> = ["group", "organisation", "organization"]

    /// "Democrats" for the Democratic Party: a body named by a plural word for its members.
    private func isMembersName(_ surface: String, of canonical: String) -> Bool {
        surface.wordCount == 1 && surface != canonical && surface.hasSuffix("s") && !surface.isAllCapitals
    }

    /// Whether a body's name says it is incorporated: "Tessellate Inc.".
    private static func isIncorporated(_ entity: LocalEntity) -> Bool {
        entity.kind == .organization && entity.name.lastWord.map { Lexicon.corporateSuffixes.contains($0.asciiLowercased()) } == true
    }

    /// "the group", "the company": a noun any body may be called by.
    private static func isGenericBodyNoun(_ surface: String) -> Bool {
        let stem = stem(surface)
        return genericBodyNouns.contains(stem) || companyNouns.contains(stem)
    }
    private static let standingLaws: Set<String> = ["constitution", "charter"]

    static func stem(_ word: String) -> String {
        let lower = word.asciiLowercased()
        return lower.hasSuffix("s") ? String(lower.dropLast()) : lower
    }

    /// The country a mention's body belongs to: the lexicon's, else the one its name starts with (`prefix`).
    private func country(in mention: Mention, prefix: String?) -> String? {
        if let canonical = mention.canonical, case .organization(_, let country)? = lexicon.meaning(of: canonical) {
            return country
        }
        if case .organization(_, let country)? = lexicon.meaning(of: mention.surface) { return country }
        return prefix
    }

    /// The country a name starts with, by name or demonym, and the rest of the name.
    private func countryPrefix(of surface: String) -> (country: String, rest: String)? {
        // Most names start with no country's name at all.
        guard let first = surface.firstWord, lexicon.countryFirstWords.contains(first) else { return nil }
        let words = surface.words
        for prefix in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            if let country = lexicon.country(named: words[..<prefix].joined(separator: " ")) {
                return (country, words[prefix...].joined(separator: " "))
            }
        }
        return nil
    }

    private func isGroup(_ mention: Mention) -> Bool {
        mention.surface.lastWord.map { lexicon.groupNouns.contains($0.lowercased()) } ?? false
    }
}

/// What a bare word can name once a document's full names are known: any
/// entity with that name, else the one person with that surname ("Sheinbaum"),
/// else the one body whose name ends with it ("the Commission").
private struct ShortNames {
    /// The one entity a name keys, or nil when several entities share it.
    private var byName: [String: Int?] = [:]
    private var bySurname: [String: [Int]] = [:]
    /// People by their first word: "Hélène has turned around a company", as a quotation calls her.
    private var byGivenName: [String: [Int]] = [:]
    private var byLastWord: [String: [Int]] = [:]
    /// Bodies by their first word ("Solvera" for "Solvera Motors"), where that
    /// word is no name of its own in the lexicon ("Lisbon Court of Appeal") nor
    /// a city the tagger's lists know ("Brno University of Technology");
    /// places of two words or more are counted too, only to make a shared word ambiguous.
    private var bodiesByFirstWord: [String: [Int]] = [:]

    init(entities: [LocalEntity], keyToEntity: [EntityKey: Int], lexicon: Lexicon, tagger: NameTagger?) {
        byName.reserveCapacity(keyToEntity.count)
        for (key, index) in keyToEntity {
            if let named = byName[key.name] {
                if named != index { byName[key.name] = .some(nil) }
            } else {
                byName[key.name] = index
            }
        }
        for (index, entity) in entities.enumerated() {
            guard entity.name.wordCount > 1, let last = entity.name.lastWord else { continue }
            if entity.kind == .person {
                bySurname[NameKey.normalize(String(last)), default: []].append(index)
                if let first = entity.name.firstWord { byGivenName[NameKey.normalize(String(first)), default: []].append(index) }
                if let family = Self.familyNameFirst(entity.name, lexicon: lexicon) ?? Self.paternalSurname(entity.name, lexicon: lexicon) {
                    bySurname[NameKey.normalize(family), default: []].append(index)
                }
            } else if entity.kind == .location, let first = entity.name.firstWord {
                // "the Mekong" is the Mekong River as much as the Mekong River Commission's:
                // a place sharing a body's first word makes that word name neither.
                bodiesByFirstWord[NameKey.normalize(String(first)), default: []].append(index)
            } else if entity.kind == .organization {
                // "Colorado" is not the "American Civil Liberties Union of Colorado":
                // after "of" a name's last word names something else.
                let words = entity.name.words
                if words.count < 2 || words[words.count - 2].first?.isUppercase == true {
                    byLastWord[NameKey.normalize(String(last)), default: []].append(index)
                }
                if let first = entity.name.firstWord, lexicon.meaning(of: String(first)) == nil,
                   lexicon.country(named: String(first)) == nil,
                   tagger?.isListedOnlyAsCity(String(first)) != true {
                    bodiesByFirstWord[NameKey.normalize(String(first)), default: []].append(index)
                }
            }
        }
    }

    /// "Zegarra" of "Martín Zegarra Olaechea": a Spanish or Portuguese name
    /// gives two surnames, and articles call the person by the first. Read so
    /// for a given name and two more words, the middle one no given name itself.
    private static func paternalSurname(_ name: String, lexicon: Lexicon) -> String? {
        let words = name.words
        guard words.count == 3, lexicon.givenNames.contains(String(words[0])), words[1].first?.isUppercase == true,
              !lexicon.givenNames.contains(String(words[1]))
        else { return nil }
        return String(words[1])
    }

    /// "Han" of "Han Jeong-min", "Xi" of "Xi Jinping": East Asian names put the
    /// family name first, and articles call the person by it. Read so when the
    /// first word is no given name and the last is a hyphenated given name or
    /// the first is a short syllable.
    private static func familyNameFirst(_ name: String, lexicon: Lexicon) -> String? {
        let words = name.words
        guard words.count > 1, let first = words.first, let last = words.last,
              !lexicon.givenNames.contains(String(first)) else { return nil }
        let parts = last.split(separator: "-")
        let hyphenatedGiven = parts.count == 2 && parts[1].first?.isLowercase == true
        return hyphenatedGiven || first.count <= 3 && first.allSatisfy(\.isLetter) ? String(first) : nil
    }

    /// The entity `surface` names; `byFirstWord` also tries bodies' first
    /// words, for names in running text the tagger read as names or that
    /// stand inside a sentence: headline case and a sentence's start
    /// capitalize ordinary words ("Joint", "National").
    func resolve(_ surface: String, byFirstWord: Bool = false) -> Int? {
        let key = NameKey.normalize(surface)
        if let named = byName[key] {
            return named
        }
        if let people = bySurname[key] {
            return people.count == 1 ? people[0] : nil
        }
        if let people = byGivenName[key], people.count == 1, byLastWord[key] == nil, bodiesByFirstWord[key] == nil {
            return people[0]
        }
        if let bodies = byLastWord[key], bodies.count == 1 {
            return bodies[0]
        }
        if byFirstWord, let bodies = bodiesByFirstWord[key], bodies.count == 1 {
            return bodies[0]
        }
        return nil
    }
}

/// The sentences that name each country, and the one where each body's
/// written name first appears: a generic name means a state the reader
/// already knows well.
struct FirstNamed {
    /// The sentences naming each state, in order.
    private var countries: [String: [Int]] = [:]
    private var bodies: [String: Int] = [:]

    init(_ mentions: [[Mention]]) {
        for (sentence, sentenceMentions) in mentions.enumerated() {
            for mention in sentenceMentions {
                if mention.kind == .country {
                    countries[mention.canonical ?? mention.surface, default: []].append(sentence)
                } else if mention.kind == .organization {
                    bodies[mention.surface] = bodies[mention.surface] ?? sentence
                }
            }
        }
    }

    /// Whether the article has named `country` by the sentence that first
    /// writes `body`, at least half as often as any other state: a Colombian
    /// report that cites "the US-Colombia trade agreement" once still means
    /// Colombia's "Congress", and an American one on Mexico its own.
    func isCountry(_ country: String, namedBy body: String) -> Bool {
        let last = bodies[body, default: Int.max]
        func count(_ state: String) -> Int { countries[state, default: []].prefix { $0 <= last }.count }
        let named = count(country)
        return named > 0 && countries.keys.allSatisfy { count($0) <= 2 * named }
    }
}
