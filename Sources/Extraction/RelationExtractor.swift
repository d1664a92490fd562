import NewsGraphCore

/// Finds typed, directed relations inside sentences: titles and roles,
/// appositives, "led by", verb frames with subject and object in one clause,
/// nominal forms, designations, "according to" sources, "in" for places.
/// Two names sharing a sentence are never enough.
struct RelationExtractor {
    let lexicon: Lexicon
    /// Reads the sentences that name two entities; nil leaves relations to the word patterns.
    var parser: DependencyParser? = nil

    typealias Resolved = (mention: Mention, entity: Int)

    struct Found: Hashable {
        var source: Int
        var target: Int
        var type: RelationType
        var sentence: Int
        var confidence: Double
        /// The pattern that read it ("verbFrames", "parsedFrames", "roles"...), for diagnostics.
        var rule: String
        var modality: Modality = .asserted
    }

    /// The relation verb or noun at each word. A capitalized word inside a
    /// sentence is part of a name or a title, not a verb: "Chile's Finance
    /// Minister" finances no one.
    private func triggers(in sentence: Sentence) -> [(type: RelationType, length: Int)?] {
        sentence.tokens.indices.map { word in
            guard word == 0 || sentence.isHeadline || !sentence.tokens[word].isCapitalized,
                  let found = lexicon.trigger(in: sentence.tokens, at: word), !modifiesNoun(sentence.tokens, at: word)
            else { return nil }
            return found
        }
    }

    /// "signed a financing agreement", "Kenya's finance minister": a relation
    /// word between an article or a possessive and a policy's noun or a title
    /// says what kind of policy or office it is; no one finances in it.
    private func modifiesNoun(_ tokens: [Token], at word: Int) -> Bool {
        guard word > 0, word + 1 < tokens.count, tokens[word].punctuationAfter == nil,
              ["a", "an", "the"].contains(tokens[word - 1].lowercased) || tokens[word - 1].isPossessive,
              case let noun = tokens[word + 1], !noun.isCapitalized, let first = noun.text.first
        else { return false }
        return lexicon.policyHeads.contains(first.uppercased() + noun.text.dropFirst()) || lexicon.isTitle(noun.lowercased)
    }

    func relations(in sentences: [Sentence], resolved: [[Resolved]], entities: [LocalEntity]) -> [Found] {
        var found: [Found] = []
        var memory = DocumentMemory()
        var tiedBodies: Set<Int> = []
        var seatedBodies: Set<Int> = []
        var namedChildren: Set<Int> = []
        let facts = EntityFacts(entities, lexicon: lexicon)
        for untokenized in sentences {
            let recentlyNamed = memory.peopleNamed(before: untokenized.index)
            let hasMentions = !resolved[untokenized.index].isEmpty
            // "The three officials deny the charges" names no one, but says whom "the same three" means.
            guard hasMentions || recentlyNamed.count >= 2 && Self.mayNameGroup(untokenized.text) else { continue }
            let sentence = untokenized.tokenized(with: lexicon)
            let mentions = resolved[sentence.index].sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
            var context = SentenceContext(
                sentence: sentence, mentions: mentions, entities: entities, facts: facts, lexicon: lexicon,
                lastPerson: memory.lastPerson, previousBody: memory.previousBody, previousOrganization: memory.previousOrganization,
                lastProposer: memory.lastProposer,
                decider: memory.lastJudge ?? memory.ledeActor,
                lastPolicy: memory.lastPolicy, lastEnacted: memory.lastEnacted, lastTargeter: memory.lastTargeter,
                lastAccusation: memory.lastAccusation,
                tiesOfPerson: memory.tiesOfPerson,
                mainCountry: memory.mainCountry,
                bodiesOfPerson: memory.bodiesOfPerson, triggers: triggers(in: sentence),
                recentlyNamedPeople: recentlyNamed, groupsRead: memory.groupsRead)
            guard hasMentions else {
                context.findNumberedGroups()
                memory.groupsRead = context.groupsRead
                continue
            }
            context.findRoles()
            context.findPluralTitleHolders()
            context.findPossessiveTitles()
            context.findPeoplesParties()
            context.findDemonymTitles()
            context.findDemonymDescribedBodies()
            context.findStateBodiesOfTheStory()
            context.findNameDescriptions()
            context.findDescribedParts()
            context.findWhoseBodies()
            context.findStateOwnedBodies()
            context.findOwnedBodies()
            context.findJointVentureParents()
            context.findBlockedDeals()
            context.findTitlesBeforeNames()
            context.findTitledStaff()
            context.findLowercaseHeadTitles()
            context.findBases()
            context.findAppositives()
            context.findFurtherAppositeBodies()
            context.findLedBy()
            context.findAppointments()
            // Where the parse finds a verb's subject and object, it reads the
            // frame; the word patterns read the rest.
            var readByParse: Set<Int> = []
            var parse: SentenceParse?
            var mentionAt: [Int?] = []
            // The lede is parsed for its act, whatever else it holds.
            let isLede = !memory.hasReadLede && !sentence.isHeadline
            if let parser, context.mayHoldParsedReading || isLede && memory.lastProposer == nil {
                let sentenceParse = parser.read(
                    sentence.tokens, names: mentions.map(\.mention.tokens), datelineLength: sentence.datelineLength)
                mentionAt = context.mentionIndexByWord()
                readByParse = context.findParsedFrames(sentenceParse, mentionAt: mentionAt)
                context.findParsedRoles(sentenceParse, mentionAt: mentionAt)
                context.findParsedPlaces(sentenceParse, mentionAt: mentionAt)
                parse = sentenceParse
                context.parsedTags = sentenceParse.tags
            }
            let (proposer, judge) = context.proposer(parse: parse, mentionAt: mentionAt)
            memory.lastProposer = proposer ?? memory.lastProposer
            memory.lastJudge = judge ?? memory.lastJudge
            if isLede {
                memory.hasReadLede = true
                if let parse, let actor = context.ledeActor(parse: parse, mentionAt: mentionAt) {
                    if [.organization, .country].contains(entities[actor.entity].kind) { memory.ledeActor = actor.entity }
                    if memory.lastProposer == nil { memory.lastProposer = actor.act }
                }
            }
            context.findNumberedGroups()
            context.findVerbFrames(skipping: readByParse)
            context.findSources()
            context.findPlaces()
            context.findSeats()
            context.findDatelinePlace()
            context.findCountryTies(alreadyTied: &tiedBodies)
            context.findSeatsInNames(alreadyTied: &seatedBodies)
            context.findPossessedBodies()
            context.findAppositeBodies()
            context.findBodiesDescribedAsParts()
            context.findOwnedPolicies()
            context.findGoverningPolicies()
            context.findPartiesNamedInPolicies()
            context.findPolicyObligations()
            context.findBreaches()
            context.findEvaluations()
            context.findFeelings()
            context.findAgreeingParties()
            context.findAgreementsWith()
            context.findListedMembers()
            context.findCompositions()
            context.findListedTargets()
            context.findOwnBodiesActing()
            context.findCounsel()
            context.findVerdicts()
            context.findResponses()
            context.findQuestionedConduct()
            context.findReactions()
            context.findDemands()
            context.findRequests()
            context.findTwoNamedBefore(memory.lastTwoPeople)
            context.findNamedParents(alreadyTied: &namedChildren)
            context.findSignatoryStates()
            found += context.found
            memory.remember(context, entities: entities)
        }
        // Two patterns may read one relation in one sentence; the first is kept.
        struct Reading: Hashable { var source, target, sentence: Int, type: RelationType }
        var seen = Set<Reading>()
        // Who leads a body also belongs to it; the graph says the stronger tie.
        let leading = Set(found.filter { $0.type == .leads }.map { [$0.source, $0.target] })
        return withoutSelfConflicts(found, entities: entities).filter {
            ($0.type != .memberOf || !leading.contains([$0.source, $0.target]))
                && seen.insert(Reading(source: $0.source, target: $0.target, sentence: $0.sentence, type: $0.type)).inserted
        }
    }

    /// Sheinbaum leads Mexico, so "Sheinbaum rejected intervention on Mexican
    /// soil" does not make her oppose Mexico: acts between an entity and the
    /// body it leads, or the state it belongs to, are dropped. A member of a
    /// body may oppose it: a finance minister on a central bank's board.
    func withoutSelfConflicts(_ found: [Found], entities: [LocalEntity]) -> [Found] {
        let belonging = Set(found.filter { $0.type == .leads || $0.type == .memberOf && entities[$0.target].kind == .country }
            .map { [$0.source, $0.target] })
        let acts: Set<RelationType> = [.opposes, .supports, .targets, .meets]
        return found.filter { relation in
            // A party backing its own nominee is news; a body acting against its own member is mostly a misreading.
            !acts.contains(relation.type) || relation.type == .supports && belonging.contains([relation.target, relation.source])
                || !belonging.contains([relation.source, relation.target]) && !belonging.contains([relation.target, relation.source])
        }
    }
}

/// What the patterns ask about an entity in every sentence that names it,
/// answered once per document.
struct EntityFacts {
    /// A news outlet: a known one, or a name ending in "News", "Times", "Post"...
    let isOutlet: [Bool]
    /// For a body whose name or lexicon entry ties it to a country ("U.S. State
    /// Department", "Mexican drug cartels"), that country's entity.
    let tiedCountry: [Int?]
    /// For a court or council named for a place the article names ("Islamabad
    /// High Court", "Hobart City Council"), that place: where it sits.
    let seat: [Int?]

    init(_ entities: [LocalEntity], lexicon: Lexicon) {
        let cues = lexicon.cues
        let isOutlet = entities.map { entity in
            entity.kind == .organization && (entity.isDescribedAsOutlet || cues.mediaOutlets.contains(entity.name)
                || entity.surfaces.contains { cues.mediaOutlets.contains($0) }
                || entity.name.words.last.map { lexicon.mediaHeads.contains(String($0)) } == true
                || Self.headBeforeOf(entity.name).map { lexicon.mediaHeads.contains($0) } == true  // "The Times of India"
                || Self.namesNewsService(entity.name, lexicon: lexicon)
                || entity.name.wordCount > 1 && entity.name.words.first.map { Self.mediaOpeners.contains(String($0)) } == true)
        }
        self.isOutlet = isOutlet
        var countries: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entity.kind == .country && countries[entity.name] == nil {
            countries[entity.name] = index
        }
        // An outlet named with its country ("Bangkok Post") carries only `reported` relations (the guidelines).
        tiedCountry = entities.indices.map { index in
            let body = entities[index]
            guard body.kind == .organization, let country = body.country, !isOutlet[index] else { return nil }
            let isStateBody = body.name.words.contains { cues.governmentHeads.contains(String($0)) }
            // "Indonesian Pediatric Society", "Ghana Employers' Association": a
            // country in the name of a society or union says where its members
            // are, not that the state speaks through it.
            let isCivil = Self.isCivilBody(body.name, ownedByCountry: false)
            return body.countryIsInName && !isCivil || isStateBody ? countries[country] : nil
        }
        let places = entities.indices.filter { entities[$0].kind == .location }
        seat = entities.map { body in
            guard body.kind == .organization, body.name.words.contains(where: { Self.placeBodyHeads.contains(String($0)) })
            else { return nil }
            return places.first { body.name.hasPrefix(entities[$0].name + " ") }
        }
    }

    /// "Pacific Island News Service", "Anadolu News Agency": a medium's word
    /// before the service that carries it.
    private static func namesNewsService(_ name: String, lexicon: Lexicon) -> Bool {
        let words = name.words
        guard words.count > 2, let last = words.last, serviceWords.contains(String(last)) else { return false }
        return lexicon.mediaHeads.contains(String(words[words.count - 2]))
    }

    private static let serviceWords: Set<String> = ["Service", "Agency", "Network", "Wire"]

    /// The bodies a place has of its own: its courts and councils.
    private static let placeBodyHeads: Set<String> = ["Court", "Council"]

    /// Whether a body's name says people formed it among themselves (members,
    /// traders, believers) rather than the state: its head is a society's,
    /// a union's, a league's. A council or an institute is one when the
    /// country is in its name ("Irish Consumer Rights Council"); a country's
    /// own is mostly the state's ("Poland's National Broadcasting Council").
    static func isCivilBody(_ name: String, ownedByCountry: Bool) -> Bool {
        let words = name.words
        // "Chamber of Deputies" is a legislature, where "Chamber of Commerce" is traders'.
        guard !words.contains(where: { lawmakers.contains(String($0)) }) else { return false }
        return words.contains { civilSocietyHeads.contains(String($0)) || !ownedByCountry && namedCivilHeads.contains(String($0)) }
    }

    /// "Radio Cooperativa", "Televisión Española": outlets whose medium opens their name.
    private static let mediaOpeners: Set<String> = [
        "Daily", "Radio", "Radiotelevisión", "Televisión", "Televisão", "Television", "Télévision",
    ]

    /// The word before a name's first "of": "Times" of "The Times of India".
    private static func headBeforeOf(_ name: String) -> String? {
        let words = name.words
        guard let of = words.firstIndex(of: "of"), of > 0 else { return nil }
        return String(words[of - 1])
    }
    private static let lawmakers: Set<String> = ["Commons", "Councillors", "Delegates", "Deputies", "Lords", "Representatives", "Senators"]

    private static let civilSocietyHeads: Set<String> = [
        "Association", "Chamber", "Club", "Coalition", "Conference", "Confederation", "Exchange", "Federation", "Foundation",
        "Forum", "Group", "Guild", "League", "Network", "Party", "Society", "Union", "Unions", "Watch",
    ]
    private static let namedCivilHeads: Set<String> = ["Council", "Institute"]
}

/// The relation patterns, applied to one sentence.
struct SentenceContext {
    let sentence: Sentence
    let mentions: [RelationExtractor.Resolved]
    let entities: [LocalEntity]
    let facts: EntityFacts
    let lexicon: Lexicon
    let lastPerson: Int?
    /// The body or country named first by the last sentence that named one: what a sentence opening "Its leader" is about.
    let previousBody: Int?
    /// The organization that sentence named first: what "Its chief executive" is about when the body first named was a country.
    let previousOrganization: Int?
    /// Who proposed, planned or decided what the article last spoke of: what "the plan" stands for.
    let lastProposer: Int?
    /// Who last ruled, else the body or state the lede reports acting: what "the ruling" stands for.
    let decider: Int?
    /// The policy the sentence before named last, if it named one: what "it" may stand for.
    let lastPolicy: Int?
    /// The policy the article last said someone passed or signed: what "the vote" stands for when no sentence near names one.
    let lastEnacted: Int?
    /// Who the article last said targets someone: who "Those targeted include X" means.
    let lastTargeter: Int?
    /// The last accusation read before this sentence: whom "rejected the accusation" answers.
    let lastAccusation: (accuser: Int, accused: Int, sentence: Int)?
    /// The bodies and states each person was said to lead or belong to.
    let tiesOfPerson: [Int: Set<Int>]
    /// The country the sentences before named most: what "the country" means.
    let mainCountry: Int?
    /// The bodies each person was said to belong to, the last last: what "his party" means.
    let bodiesOfPerson: [Int: [Int]]
    /// The relation trigger starting at each word, if any: asked for every
    /// word between a verb and its object, so found once per sentence.
    let triggers: [(type: RelationType, length: Int)?]
    /// The people named in the three sentences before, the last named last: whom "the four" means.
    let recentlyNamedPeople: [Int]

    /// Whom "he" or "she" stands for: the person named last before this
    /// sentence, unless this sentence names that person itself ("he accused
    /// Ceesay" is not Ceesay accusing himself); then the one named before.
    var pronounReferent: Int? {
        guard let lastPerson, mentions.contains(where: { $0.entity == lastPerson }) else { return lastPerson }
        return recentlyNamedPeople.last { person in !mentions.contains { $0.entity == person } } ?? lastPerson
    }
    /// Whom the "he" or "she" at `word` stands for: after "said", the person
    /// this sentence opens with ("Senator Carmela Bautista, who chairs the
    /// committee, sided with the nurses and said she would"); else the
    /// person this sentence has speak before it ("Avetisyan told reporters
    /// at the checkpoint, where he met Yalcin"); else ``pronounReferent``.
    func pronounReferent(at word: Int) -> Int? {
        if word > 0, Self.sayingVerbs.contains(tokens[word - 1].lowercased), let first = mentions.first,
           first.mention.tokens.upperBound < word, kind(first.entity) == .person,
           tokens[..<first.mention.tokens.lowerBound].allSatisfy({ $0.isCapitalized && $0.punctuationAfter == nil }) {
            return first.entity
        }
        if let speaker = mentions.last(where: {
            $0.mention.tokens.upperBound < word && kind($0.entity) == .person
                && (Self.sayingVerbs.contains(tokens[$0.mention.tokens.upperBound].lowercased)
                    || Self.tellingVerbs.contains(tokens[$0.mention.tokens.upperBound].lowercased))
        }) {
            return speaker.entity
        }
        return pronounReferent
    }
    /// The people of each size of group read so far: whom "the same four" means.
    var groupsRead: [Int: [Int]]
    /// The groups this sentence names, by the word their phrase starts at.
    var groups: [Int: (members: [Int], end: Int)] = [:]
    /// Who this sentence says targets, sanctions or arrests, named object or not.
    var targeter: Int?
    /// The parse's part of speech of each word, once the sentence is parsed.
    var parsedTags: [PartOfSpeech]?
    var found: [RelationExtractor.Found] = []

    var tokens: [Token] { sentence.tokens }

    /// The marks and spaces between a word and the next (or the sentence's end): a dash, a quote.
    func text(after word: Int) -> String {
        let utf8 = sentence.text.utf8
        let end = word + 1 < tokens.count ? tokens[word + 1].offsets.lowerBound : utf8.count
        return String(decoding: utf8.dropFirst(tokens[word].offsets.upperBound).prefix(end - tokens[word].offsets.upperBound), as: UTF8.self)
    }

    func kind(_ entity: Int) -> EntityKind { entities[entity].kind }

    /// Parsing is most of extraction's time, so only a sentence that can
    /// yield a reading is parsed: two entities, or one and "he" or "she", and
    /// a relation verb or noun, a title or a place.
    var mayHoldParsedReading: Bool {
        guard mentions.count >= 2
            || lastPerson != nil && tokens.contains(where: { $0.lowercased == "he" || $0.lowercased == "she" })
            || (lastProposer ?? decider) != nil && tokens.indices.contains(where: isProposalNoun)
        else { return false }
        return triggers.contains { $0 != nil } || tokens.contains { !$0.roles.isDisjoint(with: [.eventVerb, .leaderTitle, .memberTitle]) }
            || mentions.contains { kind($0.entity) == .location } && tokens.contains { $0.roles.contains(.placeNoun) }
    }

    /// Adds a relation if its ends' kinds allow it; `rule` is the pattern's
    /// name, taken from the function that found it.
    /// `predicate` is the verb or noun of an act, whose words say its modality.
    mutating func add(
        _ source: Int, _ type: RelationType, _ target: Int, _ confidence: Double, at predicate: Int? = nil,
        rule: String = #function
    ) {
        // "Lumenstream had breached the Broadcasting Act": a law someone breaks covers them.
        if type == .opposes, kind(target) == .policy, let predicate, Self.breakingVerbs.contains(tokens[predicate].lowercased) {
            return add(target, .appliesTo, source, confidence, rule: rule)
        }
        // "The Federal Cartel Office blocked Helvara's acquisition": blocking what someone
        // does acts against them; blocking a law or a plan opposes it.
        // Dismissing what someone says is a stance on them: "dismissed Bayanihan's complaint".
        if type == .opposes, kind(target) != .policy, let predicate, Self.blockingVerbs.contains(tokens[predicate].lowercased),
           !isClaimOwner(target, after: predicate) {
            return add(source, .targets, target, confidence, at: predicate, rule: rule)
        }
        guard source != target, allowed(type, from: kind(source), to: kind(target)) || isSeizure(type, of: target, at: predicate)
                || isLedByBody(type, from: source, to: target, at: predicate)
        else { return }
        // "the prosecutor told the court": pleading before a court is no meeting with it; "told
        // supporters in Blantyre, Malawi's commercial capital" tells no state.
        if type == .meets, let predicate, Self.tellingVerbs.contains(tokens[predicate].lowercased),
           kind(target) == .country || entities[target].name.words.contains(where: { Self.courtWords.contains(String($0)) }) {
            return
        }
        let name = rule.prefix { $0 != "(" }.dropFirst(rule.hasPrefix("find") ? 4 : 0)
        let reading = RelationExtractor.Found(
            source: source, target: target, type: type, sentence: sentence.index, confidence: confidence,
            rule: name.prefix(1).lowercased() + name.dropFirst(), modality: predicate.map(modality(of:)) ?? .asserted)
        found.append(reading)
        // "two days of fighting with the Sudanese Armed Forces": a fight with
        // someone has two sides ("vowed to fight the cartels" has one).
        if type == .targets, let predicate, isMutualFight(at: predicate) {
            var reverse = reading
            (reverse.source, reverse.target) = (target, source)
            found.append(reverse)
        }
    }

    private func isMutualFight(at word: Int) -> Bool {
        Self.fightingWords.contains(tokens[word].lowercased) && word + 1 < tokens.count && tokens[word + 1].lowercased == "with"
    }

    /// The `targets` verbs of fighting ("clashed with" opposes, so it never reaches here).
    private static let fightingWords: Set<String> = ["fight", "fights", "fighting", "fought"]

    /// "The RSF captured the town of Umm Sayala": taking a place is an act
    /// against it (the guidelines' "captures"), where striking "in" a place is not.
    private func isSeizure(_ type: RelationType, of target: Int, at predicate: Int?) -> Bool {
        guard type == .targets, kind(target) == .location, let predicate else { return false }
        return Self.seizingVerbs.contains(tokens[predicate].lowercased)
    }

    /// "told the court", "told El País that": a listener follows.
    static let tellingVerbs: Set<String> = ["tell", "telling", "tells", "told"]
    static let courtWords: Set<String> = ["Court", "Tribunal"]

    /// Verbs of breaking a rule: what is broken applies to who broke it.
    static let breakingVerbs: Set<String> = [
        "breach", "breached", "breaches", "breaching", "violate", "violated", "violates", "violating", "contravene",
        "contravened", "contravenes", "contravening", "flouted", "flouts", "infringe", "infringed", "infringes", "infringing",
    ]

    /// Blocking or revoking what someone does or holds acts against them ("revoked the concession of X"),
    /// as does dismissing someone ("dismissed the management board of X"); dismissing a plan opposes it.
    private static let blockingVerbs: Set<String> = [
        "block", "blocked", "blocking", "blocks", "barred", "prohibited", "revoke", "revoked", "revokes", "revoking",
        "dismiss", "dismissed", "dismisses", "dismissing",
    ]

    /// Whether `entity` is named, with its possessive, as the owner of a claim after `word`.
    private func isClaimOwner(_ entity: Int, after word: Int) -> Bool {
        mentions.contains { item in
            let end = item.mention.tokens.upperBound
            return item.entity == entity && item.mention.tokens.lowerBound > word && item.mention.isPossessive && end < tokens.count
                && Self.claimNouns.contains(tokens[end].lowercased)
        }
    }

    /// "Figueroa's removal", "the ouster of the prime minister": whether the
    /// name at `word` is the owner of a noun for losing office or freedom.
    func isFall(of entity: Int, namedAt word: Int) -> Bool {
        if let item = mentions.first(where: { $0.entity == entity && $0.mention.tokens.lowerBound == word }), item.mention.isPossessive,
           item.mention.tokens.upperBound < tokens.count {
            return Self.fallNouns.contains(tokens[item.mention.tokens.upperBound].lowercased)
        }
        var noun = word - 1
        if noun > 0, tokens[noun].lowercased == "the" { noun -= 1 }
        return noun > 0 && tokens[noun].lowercased == "of" && Self.fallNouns.contains(tokens[noun - 1].lowercased)
    }

    static let fallNouns: Set<String> = [
        "removal", "dismissal", "ouster", "resignation", "impeachment", "arrest", "expulsion", "sacking", "firing",
        "prosecution", "downfall", "overthrow",
    ]

    /// "the Russia-led CSTO", "a consortium led by Chao Phraya Engineering":
    /// the places a state or a body leads a body.
    private func isLedByBody(_ type: RelationType, from source: Int, to target: Int, at predicate: Int?) -> Bool {
        guard type == .leads, let predicate else { return false }
        if kind(source) == .country { return tokens[predicate].placeCompound == .led }
        return kind(source) == .organization && kind(target) == .organization && predicate > 0
            && tokens[predicate].roles.contains(.leadershipVerb) && Self.bodiesLedByBodies.contains(tokens[predicate - 1].lowercased)
    }

    private static let claimNouns: Set<String> = [
        "complaint", "complaints", "concern", "concerns", "allegation", "allegations", "claim", "claims", "criticism",
        "objection", "objections", "accusation", "accusations", "argument", "arguments", "demand", "demands",
        "warning", "warnings", "criticisms", "fears",
    ]

    private static let seizingVerbs: Set<String> = [
        "capture", "captures", "captured", "capturing", "seize", "seizes", "seized", "seizing", "recapture",
        "recaptures", "recaptured", "recapturing",
    ]

    /// "threatened to strike", "plans to designate", "would impose", a
    /// question: what the few words before an act's verb or noun say of it.
    func modality(of predicate: Int) -> Modality {
        if sentence.text.hasSuffix("?") || sentence.text.hasSuffix("?\"") || sentence.text.hasSuffix("?”") { return .questioned }
        for word in tokens[max(0, predicate - 4)..<predicate].reversed() {
            if word.punctuationAfter == ";" || word.punctuationAfter == "," || word.roles.contains(.clauseBreak) { break }
            if word.lowercased.hasPrefix("threat") { return .threatened }
            if Self.intentions.contains(word.lowercased) { return .planned }
        }
        return .asserted
    }

    private static let intentions: Set<String> = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "prepare", "prepares",
        "prepared", "preparing", "propose", "proposes", "proposed", "proposing", "consider", "considers", "considering",
        "weigh", "weighs", "weighing", "seek", "seeks", "sought", "seeking", "aim", "aims", "aiming", "vow", "vows",
        "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "will", "would", "could", "may",
        "might", "shall", "expected",
    ]

    func allowed(_ type: RelationType, from source: EntityKind, to target: EntityKind) -> Bool {
        switch type {
        case .leads: return source == .person && [.organization, .country].contains(target)
        // A state may belong to a body ("Romania, which joined NATO"), not to another state.
        case .memberOf: return [.person, .organization].contains(source) && [.organization, .country].contains(target)
            || source == .country && target == .organization
        case .enacts: return source != .policy && source != .location && target == .policy
        case .appliesTo: return source == .policy && target != .policy
        case .locatedIn: return [.location, .organization].contains(source) && [.location, .country].contains(target)
        case .reported: return source == .organization && target != .policy && target != .location
        case .meets: return source != .policy && target != .policy && source != .location && target != .location
        case .opposes, .supports: return source != .location && source != .policy && target != .location
        case .targets: return source != .policy && source != .location && target != .policy && target != .location
        }
    }
}
