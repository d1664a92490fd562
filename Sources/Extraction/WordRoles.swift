/// What a single word can be for the recognizer and the relation patterns:
/// the start of a policy phrase or a relation trigger, a clause break, a head
/// word of a body's name... Every word of every sentence is asked several of
/// these questions, so they are answered with one look-up per word when it is
/// tokenized instead of one set look-up per question.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt32

    // Of the lower-cased word.
    static let policyFirstWord = WordRoles(rawValue: 1 << 0)
    static let policyModifier = WordRoles(rawValue: 1 << 1)
    static let policyInstrument = WordRoles(rawValue: 1 << 2)
    static let groupNoun = WordRoles(rawValue: 1 << 3)
    static let triggerFirstWord = WordRoles(rawValue: 1 << 4)
    static let clauseBreak = WordRoles(rawValue: 1 << 5)
    static let reportedClauseOpener = WordRoles(rawValue: 1 << 6)
    static let preposition = WordRoles(rawValue: 1 << 7)
    static let governmentNoun = WordRoles(rawValue: 1 << 8)
    static let declarationVerb = WordRoles(rawValue: 1 << 9)
    static let boundaryNoun = WordRoles(rawValue: 1 << 10)
    static let bodyNoun = WordRoles(rawValue: 1 << 11)
    static let leaderTitle = WordRoles(rawValue: 1 << 12)
    static let memberTitle = WordRoles(rawValue: 1 << 13)
    static let nonEntityWord = WordRoles(rawValue: 1 << 14)
    static let leadershipVerb = WordRoles(rawValue: 1 << 15)
    static let reportingVerb = WordRoles(rawValue: 1 << 16)
    /// The first word of a title, or of an honorific without its period ("Gen").
    static let titleStart = WordRoles(rawValue: 1 << 17)
    static let titleModifier = WordRoles(rawValue: 1 << 18)
    /// A name connector ("de", "bin") in any case.
    static let connector = WordRoles(rawValue: 1 << 19)
    /// A verb of CAMEO's event dictionary, in any of its forms.
    static let eventVerb = WordRoles(rawValue: 1 << 27)
    /// "capital", "port", "town": a noun that says a place is in a country.
    static let placeNoun = WordRoles(rawValue: 1 << 28)
    /// A word a reading across words starts from: "called", "agreed", "the
    /// plan", "based in", "under", "the two leaders".
    static let readingCue = WordRoles(rawValue: 1 << 29)
    /// "the court", "the central bank": a noun that may point back to a body
    /// the article names.
    static let referenceNoun = WordRoles(rawValue: 1 << 30)

    // Of the word as written.
    static let phraseFirstWord = WordRoles(rawValue: 1 << 20)
    static let organizationHead = WordRoles(rawValue: 1 << 21)
    static let mediaHead = WordRoles(rawValue: 1 << 22)
    static let policyHead = WordRoles(rawValue: 1 << 23)
    static let locationHead = WordRoles(rawValue: 1 << 24)
    static let nameConnector = WordRoles(rawValue: 1 << 25)
    static let givenName = WordRoles(rawValue: 1 << 26)

    static let title: WordRoles = [.leaderTitle, .memberTitle]
    /// The roles the name tagger reads: all but the relation patterns' verbs
    /// and clause words, so that growing a verb list changes no tagging.
    static let nameCues = WordRoles(rawValue: ~0).subtracting([
        .triggerFirstWord, .clauseBreak, .reportedClauseOpener, .leadershipVerb, .reportingVerb, .eventVerb, .placeNoun,
        .readingCue, .referenceNoun,
    ])
}

/// The table behind ``WordRoles``, keyed by the lower-cased word (the
/// lexicon's lists of such words are lower case). Head words and connectors
/// are case-sensitive ("Post" heads an outlet's name, "post" does not): their
/// roles are kept with the spelling they need, under the same key, so a word
/// costs one hash.
///
/// The table is open addressing over a power-of-two array, hashed with
/// FNV-1a over the word's bytes: every word of every article is looked up,
/// and a `Dictionary`'s seeded SipHash was the largest single cost of a word.
struct WordRoleTable: Sendable {
    private struct Entry {
        var word = ""
        var roles: WordRoles = []
        var spelled: [(text: String, roles: WordRoles)] = []
        /// Roles from `rule-cues.json`, spelled as written and in any case: the rules read them, the name tagger does not.
        var ruleOnly: [(text: String, roles: WordRoles)] = []
        var ruleOnlyAnyCase: WordRoles = []
    }
    private var slots: [Entry?] = []
    private var mask = 0

    init() {}

    init(lexicon: Lexicon) {
        var entries: [String: Entry] = [:]
        let cues = lexicon.cues
        func add(_ words: some Sequence<String>, _ role: WordRoles, asWritten: Bool = false) {
            for word in words {
                if !asWritten {
                    entries[word, default: Entry()].roles.insert(role)
                } else if let index = entries[word.lowercased()]?.spelled.firstIndex(where: { $0.text == word }) {
                    entries[word.lowercased()]!.spelled[index].roles.insert(role)
                } else {
                    entries[word.lowercased(), default: Entry()].spelled.append((word, role))
                }
            }
        }
        add(lexicon.policyFirstWords, .policyFirstWord)
        add(cues.policyModifiers, .policyModifier)
        add(cues.policyInstruments, .policyInstrument)
        add(lexicon.groupNouns, .groupNoun)
        add(lexicon.triggerFirstWords, .triggerFirstWord)
        add(cues.clauseBreaks, .clauseBreak)
        add(cues.reportedClauseOpeners, .reportedClauseOpener)
        add(cues.prepositions, .preposition)
        add(cues.governmentNouns, .governmentNoun)
        add(cues.declarationVerbs, .declarationVerb)
        add(cues.boundaryNouns, .boundaryNoun)
        add(cues.bodyNouns, .bodyNoun)
        add(lexicon.leaderTitles.subtracting(lexicon.ruleOnlyLeaderTitles), .leaderTitle)
        add(lexicon.memberTitles.subtracting(lexicon.ruleOnlyMemberTitles), .memberTitle)
        add(lexicon.nonEntityWords, .nonEntityWord)
        add(lexicon.titleFirstWords.subtracting(lexicon.ruleOnlyTitleFirstWords).flatMap { $0.hasSuffix(".") ? [$0, String($0.dropLast())] : [$0] },
            .titleStart)
        add(lexicon.titleModifiers, .titleModifier)
        add(cues.nameConnectors, .connector)
        add(SentenceContext.leadershipVerbs, .leadershipVerb)
        add(SentenceContext.reportingVerbs, .reportingVerb)
        add(lexicon.eventVerbs.keys, .eventVerb)
        add(SentenceContext.placeNouns, .placeNoun)
        add(SentenceContext.readingCues, .readingCue)
        add(cues.bodyNouns.union(cues.bodyDescriptors).union(MentionRecognizer.stateBodyNouns).union(MentionRecognizer.legislatorNouns)
                .union(MentionRecognizer.otherReferenceNouns),
            .referenceNoun)
        add(lexicon.phraseFirstWords, .phraseFirstWord, asWritten: true)
        add(lexicon.organizationHeads.subtracting(lexicon.ruleOnlyOrganizationHeads), .organizationHead, asWritten: true)
        add(lexicon.mediaHeads, .mediaHead, asWritten: true)
        add(lexicon.policyHeads.subtracting(lexicon.ruleOnlyPolicyHeads), .policyHead, asWritten: true)
        add(cues.locationHeads, .locationHead, asWritten: true)
        add(cues.nameConnectors, .nameConnector, asWritten: true)
        add(lexicon.givenNames, .givenName, asWritten: true)
        for (words, role) in [(lexicon.ruleOnlyOrganizationHeads, WordRoles.organizationHead), (lexicon.ruleOnlyPolicyHeads, .policyHead)] {
            for word in words { entries[word.lowercased(), default: Entry()].ruleOnly.append((word, role)) }
        }
        for (words, role) in [
            (lexicon.ruleOnlyLeaderTitles, WordRoles.leaderTitle), (lexicon.ruleOnlyMemberTitles, .memberTitle),
            (lexicon.ruleOnlyTitleFirstWords, .titleStart),
            (lexicon.ruleOnlyPolicyInstruments, .policyInstrument),
        ] {
            for word in words { entries[word, default: Entry()].ruleOnlyAnyCase.insert(role) }
        }

        let capacity = max(16, 1 << (Int.bitWidth - (entries.count * 2).leadingZeroBitCount))
        slots = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (word, var entry) in entries {
            entry.word = word
            var index = Self.slot(of: word) & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = entry
        }
    }

    /// A hash of every word's `roles` as the table holds them, the same in
    /// every process and whatever the table's order: a model trained on these
    /// roles keeps it, so a list that changed since training is noticed.
    func fingerprint(of roles: WordRoles) -> UInt64 {
        var sum: UInt64 = 0
        for entry in slots.lazy.compactMap({ $0 }) {
            let own = entry.roles.intersection(roles).rawValue
            if own != 0 { sum &+= FeatureHash.key(1, FeatureHash.fnv(entry.word), UInt64(own)) }
            for spelling in entry.spelled where !spelling.roles.isDisjoint(with: roles) {
                sum &+= FeatureHash.key(2, FeatureHash.fnv(spelling.text), UInt64(spelling.roles.intersection(roles).rawValue))
            }
        }
        return sum
    }

    /// The roles of `token`; `hash` is ``Hash`` of its lower-cased bytes, if known.
    func roles(of token: Token, hash: Int? = nil) -> (all: WordRoles, nameCues: WordRoles) {
        guard !slots.isEmpty else { return ([], []) }
        var index = (hash ?? Self.slot(of: token.lowercased)) & mask
        while let entry = slots[index] {
            if entry.word == token.lowercased {
                let cues = entry.spelled.reduce(entry.roles) { $1.text == token.text ? $0.union($1.roles) : $0 }
                let all = entry.ruleOnly.reduce(cues.union(entry.ruleOnlyAnyCase)) { $1.text == token.text ? $0.union($1.roles) : $0 }
                return (all, cues.intersection(.nameCues))
            }
            index = (index + 1) & mask
        }
        return ([], [])
    }

    /// FNV-1a over UTF-8 bytes, fed one byte at a time so the tokenizer can
    /// hash a word while it lower-cases it.
    struct Hash {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine(_ byte: UInt8) {
            state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        var value: Int { Int(truncatingIfNeeded: state ^ (state >> 29)) }
    }

    private static func slot(of word: String) -> Int {
        var word = word
        return word.withUTF8 { bytes in
            var hash = Hash()
            for byte in bytes { hash.combine(byte) }
            return hash.value
        }
    }
}
