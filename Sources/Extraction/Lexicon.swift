import Foundation
import NewsGraphCore

/// The public facts extraction relies on — countries, well-known bodies and
/// policies, titles, cue words, relation verbs, given names — loaded from the
/// JSON resources of this module. Nothing here is specific to any article.
///
/// A class: every stage and every sentence's pattern context holds the
/// lexicon, and copying a struct of some forty collections retained and
/// released each of them every time. It is never changed after `init`.
public final class Lexicon: @unchecked Sendable {
    /// Head words only companies' names end with: "Harbour Pacific Holdings", "Kavira Lifesciences".
    static let companyHeads: Set<String> = [
        "Holdings", "Partners", "Capital", "Industries", "Systems", "Technologies", "Electronics", "Pharmaceuticals",
        "Securities", "Investments", "Resources", "Ventures", "Enterprises", "Metals", "Aluminium", "Mining", "Minerals",
        "Lifesciences", "Biosciences", "Engineering", "Healthcare", "Shipping", "Motors",
    ]

    /// "Inc.", "Corp.", "GmbH": the words that end a company's name.
    static let corporateSuffixes: Set<String> = [
        "inc", "inc.", "corp", "corp.", "corporation", "incorporated", "ltd", "ltd.", "limited", "llc", "plc",
        "co", "co.", "ag", "sa", "s.a.", "gmbh", "nv", "n.v.", "bv", "spa", "s.p.a.", "ab", "asa", "oyj",
    ]

    /// What a known phrase denotes.
    enum Meaning: Sendable, Equatable {
        case country(String)
        /// A demonym ("Mexican"): the country where the state acts.
        case demonym(String)
        /// A capital ("Washington"): the country as an actor, or the city.
        case capital(String)
        case organization(name: String, country: String?)
        case policy(String)
        case location(String)

        /// Whether the entry names a place: a country, a capital or another location.
        var isPlace: Bool {
            switch self {
            case .country, .capital, .location: true
            default: false
            }
        }
    }

    /// Exact-case phrases, keyed by their words joined with single spaces.
    private(set) var properPhrases: [String: Meaning] = [:]
    /// Multi-word known names by their lower-case form.
    private(set) var lowercasedPhrases: [String: Meaning] = [:]
    /// Lower-case policy phrases ("executive order").
    private(set) var commonPolicies = PhraseTable<Void>()
    private(set) var longestPhrase = 1
    /// First words of known phrases, triggers and policy phrases: most words
    /// start none, and the longer look-ups are skipped for them.
    private(set) var phraseFirstWords: Set<String> = []
    private(set) var triggerFirstWords: Set<String> = []
    private(set) var policyFirstWords: Set<String> = []
    /// First words of the names, short forms, demonyms and capitals of countries.
    private(set) var countryFirstWords: Set<String> = []
    private(set) var leaderTitles: Set<String> = []
    private(set) var memberTitles: Set<String> = []
    private(set) var honorifics: Set<String> = []
    private(set) var titleModifiers: Set<String> = []
    private(set) var longestTitle = 1
    private(set) var organizationHeads: Set<String> = []
    private(set) var mediaHeads: Set<String> = []
    /// The listed bodies that are a state's legislature ("Knesset", "Storting").
    private(set) var legislatures: Set<String> = []
    private(set) var policyHeads: Set<String> = []
    /// The head words of `rule-cues.json`, in `organizationHeads` and
    /// `policyHeads` too: roles the rules read and the name tagger does not.
    private(set) var ruleOnlyOrganizationHeads: Set<String> = []
    private(set) var ruleOnlyPolicyHeads: Set<String> = []
    /// The leader and member titles of `rule-cues.json` (in `leaderTitles`
    /// and `memberTitles` too) and the first words only they have (in
    /// `titleFirstWords` too).
    private(set) var ruleOnlyLeaderTitles: Set<String> = []
    private(set) var ruleOnlyMemberTitles: Set<String> = []
    private(set) var ruleOnlyTitleFirstWords: Set<String> = []
    /// The policy nouns of `rule-cues.json` ("the reform"), not in `cues.policyInstruments`.
    private(set) var ruleOnlyPolicyInstruments: Set<String> = []
    private(set) var groupNouns: Set<String> = []
    /// Relation trigger phrases ("cracked down on").
    private(set) var triggerPhrases = PhraseTable<RelationType>()
    /// CAMEO's event verbs by their inflected forms (`event-verbs.json`): read
    /// only where the parse gives them a subject and an object.
    private(set) var eventVerbs: [String: RelationType] = [:]
    /// How good or bad a word says something is, from -4 to +4, for the
    /// words raters agreed on (`evaluative-words.json`, from VADER).
    private(set) var valences: [String: Float] = [:]
    private(set) var nonEntityWords: Set<String> = []
    private(set) var givenNames: Set<String> = []
    private(set) var countryNames: Set<String> = []
    /// Country names by first letter and length in Unicode scalars, for spotting misspellings.
    private(set) var countryNamesByStart: [CountryNameStart: [String]] = [:]
    /// Leader and member titles and honorifics, lower case, and those ending
    /// in a period also without it ("gen" for "gen."), as tokens leave a
    /// period out: one look-up per candidate title.
    private(set) var titleForms: Set<String> = []
    /// Titles of heads of state ("president", "prime minister"), lower case.
    private(set) var headOfStateTitles: Set<String> = []
    /// The first words of titles and honorifics, which most words of a name are not.
    private(set) var titleFirstWords: Set<String> = []
    /// A country's first demonym, to name groups ("cartels in Mexico" -> "Mexican cartels").
    private(set) var demonymOf: [String: String] = [:]
    let cues: Cues
    /// Every list above that single words are checked against, as one table.
    private(set) var wordRoles = WordRoleTable()

    /// The country a phrase names as a country, demonym or capital.
    func country(named phrase: String) -> String? {
        switch meaning(of: phrase) {
        case .country(let name)?, .demonym(let name)?, .capital(let name)?: return name
        default: return nil
        }
    }

    /// Where a country's name of one word or two closes with the possessive
    /// at `end` starts: "Poland's", "South Korea's"; nil if none does.
    func countryStart(possessiveEndingAt end: Int, in tokens: [Token]) -> Int? {
        if country(named: tokens[end].text) != nil { return end }
        let twoWords = end > 0 && tokens[end - 1].isCapitalized && country(named: "\(tokens[end - 1].text) \(tokens[end].text)") != nil
        return twoWords ? end - 1 : nil
    }

    /// The lexicon shipped with NewsGraph. Loading it is a programming error
    /// only if the package's own resources are broken.
    public static let bundled: Lexicon = {
        do {
            return try Lexicon(loadingFrom: Bundle.module)
        } catch {
            fatalError("NewsGraph's bundled lexicon is broken: \(error)")
        }
    }()

    init(loadingFrom bundle: Bundle) throws {
        func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            guard let url = bundle.url(forResource: name, withExtension: "json") else {
                throw ArticleError(path: "\(name).json", reason: "missing lexicon resource")
            }
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        }
        let countries = try load("countries", as: [CountryFile].self)
        let organizations = try load("organizations", as: OrganizationFile.self)
        let policies = try load("policies", as: PolicyFile.self)
        let titles = try load("titles", as: TitleFile.self)
        cues = try load("cues", as: Cues.self)
        let verbs = try load("relation-verbs", as: [String: [String]].self)
        let stopwords = try load("stopwords", as: StopwordFile.self)
        let events = try load("event-verbs", as: EventVerbFile.self)
        let names = try load("given-names", as: GivenNameFile.self)
        let ruleCues = try load("rule-cues", as: RuleCueFile.self)
        valences = try load("evaluative-words", as: EvaluativeWordFile.self).valences

        for country in countries {
            countryNames.insert(country.name)
            countryNamesByStart[CountryNameStart(country.name), default: []].append(country.name)
            demonymOf[country.name] = country.demonyms.first
            addPhrase(country.name, .country(country.name))
            country.aliases.forEach { addPhrase($0, .country(country.name)) }
            country.demonyms.forEach { addPhrase($0, .demonym(country.name)) }
            country.capitals.forEach { addPhrase($0, .capital(country.name)) }
            for phrase in [country.name] + country.aliases + country.demonyms + country.capitals {
                countryFirstWords.insert(String(phrase.split(separator: " ").first ?? ""))
            }
        }
        for organization in organizations.known {
            let meaning = Meaning.organization(name: organization.name, country: organization.country)
            addPhrase(organization.name, meaning)
            organization.aliases.forEach { addPhrase($0, meaning) }
            // "UN High Commissioner for Refugees": news abbreviates the opening "United Nations".
            if organization.name.hasPrefix("United Nations ") {
                let rest = organization.name.dropFirst("United Nations ".count)
                ["UN ", "U.N. "].forEach { addPhrase($0 + rest, meaning) }
            }
            if organization.legislature == true { legislatures.insert(organization.name) }
        }
        for policy in policies.known {
            addPhrase(policy.name, .policy(policy.name))
            policy.aliases.forEach { addPhrase($0, .policy(policy.name)) }
        }
        for place in cues.places {
            addPhrase(place, .location(place))
        }
        policies.commonNounPolicies.forEach { commonPolicies.insert($0, ()) }
        policyFirstWords = Set(commonPolicies.firstWords)
        ruleOnlyPolicyInstruments = Set(ruleCues.policyInstruments).subtracting(cues.policyInstruments)
        ruleOnlyOrganizationHeads = Set(ruleCues.organizationHeadWords).subtracting(organizations.headWords)
        ruleOnlyPolicyHeads = Set(ruleCues.policyHeadWords).subtracting(policies.headWords)
        organizationHeads = Set(organizations.headWords).union(ruleOnlyOrganizationHeads)
        mediaHeads = Set(organizations.mediaHeadWords)
        policyHeads = Set(policies.headWords).union(ruleOnlyPolicyHeads)
        groupNouns = Set(cues.groupNouns)
        let mainLeaderTitles = Set(titles.leaderTitles.map { $0.lowercased() })
        let mainMemberTitles = Set(titles.memberTitles.map { $0.lowercased() })
        let mainTitles = mainLeaderTitles.union(mainMemberTitles)
        ruleOnlyLeaderTitles = Set(ruleCues.leaderTitles.map { $0.lowercased() }).subtracting(mainTitles)
        ruleOnlyMemberTitles = Set(ruleCues.memberTitles.map { $0.lowercased() }).subtracting(mainTitles).subtracting(ruleOnlyLeaderTitles)
        leaderTitles = mainLeaderTitles.union(ruleOnlyLeaderTitles)
        memberTitles = mainMemberTitles.union(ruleOnlyMemberTitles)
        honorifics = Set(titles.honorifics.map { $0.lowercased() })
        titleModifiers = Set(titles.modifiers.map { $0.lowercased() })
        longestTitle = (titles.leaderTitles + titles.memberTitles + ruleCues.leaderTitles + ruleCues.memberTitles).map(Self.wordCount).max() ?? 1
        let allTitles = leaderTitles.union(memberTitles).union(honorifics)
        headOfStateTitles = Set(cues.headOfStateTitles.map { $0.lowercased() })
        titleForms = allTitles.union(allTitles.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })
        titleFirstWords = Set(allTitles.compactMap { $0.split(separator: " ").first.map(String.init) })
        ruleOnlyTitleFirstWords = titleFirstWords.subtracting(
            allTitles.subtracting(ruleOnlyLeaderTitles).subtracting(ruleOnlyMemberTitles).compactMap { $0.split(separator: " ").first.map(String.init) })
        for (type, phrases) in verbs {
            guard let relationType = RelationType(rawValue: type) else { continue }
            phrases.forEach { triggerPhrases.insert($0, relationType) }
        }
        triggerFirstWords = Set(triggerPhrases.firstWords)
        for (type, forms) in events.verbs {
            guard let relationType = RelationType(rawValue: type) else { continue }
            for form in forms { eventVerbs[form] = relationType }
        }
        nonEntityWords = Set(stopwords.nonEntityCapitalized.map { $0.lowercased() })
        givenNames = Set(names.names)
        wordRoles = WordRoleTable(lexicon: self)
    }

    func meaning(of phrase: String) -> Meaning? { properPhrases[phrase] }

    /// The longest relation trigger phrase starting at `tokens[index]`: its
    /// relation type and length in words.
    func trigger(in tokens: [Token], at index: Int) -> (type: RelationType, length: Int)? {
        guard tokens[index].roles.contains(.triggerFirstWord) else { return nil }
        let match = triggerPhrases.longestMatch(in: tokens, at: index).map { ($0.value, $0.length) }
        // "working closely with": an adverb may stand inside a phrase; the phrase is read past it.
        guard index + 2 < tokens.count, tokens[index].punctuationAfter == nil, tokens[index + 1].punctuationAfter == nil,
              !tokens[index + 1].isCapitalized, tokens[index + 1].lowercased.hasSuffix("ly") else { return match }
        let withoutAdverb = [tokens[index]] + tokens[(index + 2)..<min(tokens.count, index + 6)]
        guard let phrase = triggerPhrases.longestMatch(in: withoutAdverb, at: 0), phrase.length > 1,
              phrase.length >= match?.1 ?? 0 else { return match }
        return (phrase.value, phrase.length + 1)
    }

    /// Whether a lower-case noun names a kind of body: "union", "regulator",
    /// "carmaker" (the lists' body nouns and descriptors).
    func namesKindOfBody(_ token: Token) -> Bool {
        !token.isCapitalized && (token.roles.contains(.bodyNoun) || cues.bodyDescriptors.contains(token.lowercased))
    }

    /// Whether a word in lower case names a kind of body or a part of one ("the company's Warsaw subsidiary").
    func namesBodyOrPart(_ token: Token) -> Bool {
        namesKindOfBody(token) || !token.isCapitalized && cues.partNouns.contains(token.lowercased)
    }

    /// Whether a word is a listed demonym ("Italian").
    func isDemonym(_ word: String) -> Bool {
        if case .demonym = meaning(of: word) { return true }
        return false
    }

    /// Whether a known phrase is a policy's name ("Social Security").
    func namesPolicy(_ phrase: String) -> Bool {
        if case .policy = meaning(of: phrase) { return true }
        return false
    }

    /// For phrases written in lower case ("foreign terrorist organization").
    func meaning(ofLowercased phrase: String) -> Meaning? { lowercasedPhrases[phrase.lowercased()] }

    func isTitle(_ phrase: String) -> Bool {
        titleForms.contains(phrase.asciiLowercased())
    }


    private func addPhrase(_ phrase: String, _ meaning: Meaning) {
        let key = phrase.split(separator: " ").joined(separator: " ")
        // The first meaning wins: countries load before bodies and policies.
        if properPhrases[key] == nil {
            properPhrases[key] = meaning
        }
        if key.contains(" "), lowercasedPhrases[key.lowercased()] == nil {
            lowercasedPhrases[key.lowercased()] = meaning
        }
        longestPhrase = max(longestPhrase, Self.wordCount(key))
        phraseFirstWords.insert(String(key.split(separator: " ").first ?? ""))
        // "UN World Food Programme" is written "U.N. World Food Programme" too: a
        // name read whole finds its meaning either way. (Only the meaning: the
        // words that open listed phrases are cues the name tagger was trained on.)
        let words = key.split(separator: " ")
        if words.count > 1, let first = words.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            let dotted = ([first.map { "\($0)." }.joined()] + words.dropFirst().map(String.init)).joined(separator: " ")
            if properPhrases[dotted] == nil { properPhrases[dotted] = meaning }
        }
    }

    private static func wordCount(_ phrase: String) -> Int {
        phrase.split(separator: " ").count
    }
}

/// A country name's first letter and length, the two things a misspelling keeps.
struct CountryNameStart: Hashable {
    var first: Unicode.Scalar?
    var length: Int

    init(_ name: String) {
        first = name.unicodeScalars.first
        length = name.unicodeScalars.count
    }

    init(first: Unicode.Scalar?, length: Int) {
        self.first = first
        self.length = length
    }
}

private struct CountryFile: Decodable {
    var name: String
    var aliases: [String]
    var demonyms: [String]
    var capitals: [String]
}

private struct OrganizationFile: Decodable {
    struct Known: Decodable {
        var name: String
        var aliases: [String]
        var country: String?
        var legislature: Bool?
    }
    var known: [Known]
    var headWords: [String]
    var mediaHeadWords: [String]
}

private struct PolicyFile: Decodable {
    struct Known: Decodable {
        var name: String
        var aliases: [String]
    }
    var headWords: [String]
    var commonNounPolicies: [String]
    var known: [Known]
}

private struct RuleCueFile: Decodable {
    var organizationHeadWords: [String]
    var policyHeadWords: [String]
    var leaderTitles: [String]
    var memberTitles: [String]
    var policyInstruments: [String]
}

private struct TitleFile: Decodable {
    var leaderTitles: [String]
    var memberTitles: [String]
    var honorifics: [String]
    var modifiers: [String]
}

extension Lexicon {
    /// Whether a place name ending before token `end` describes a body rather
    /// than standing for its country: "the Kingston firm", "the Lagos newspaper".
    func placeDescribesBody(_ tokens: [Token], endingAt end: Int) -> Bool {
        end < tokens.count && tokens[end - 1].punctuationAfter == nil
            && (tokens[end].roles.contains(.referenceNoun) || cues.bodyDescriptors.contains(tokens[end].lowercased))
    }
}

private struct StopwordFile: Decodable {
    var nonEntityCapitalized: [String]
}

private struct GivenNameFile: Decodable {
    var names: [String]
}

private struct EvaluativeWordFile: Decodable {
    var valences: [String: Float]
}

private struct EventVerbFile: Decodable {
    var verbs: [String: [String]]
}
