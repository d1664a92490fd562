import NewsGraphCore

/// Relations read from the dependency tree: a relation verb or noun with its
/// subject and object wherever they stand — passives by their agent,
/// coordination on either side, relative clauses, a subject shared by "vowed
/// to fight", a denied act left out.
extension SentenceContext {
    /// Returns the triggers it read: those with a subject and an object that
    /// name entities, and those the sentence denies.
    mutating func findParsedFrames(_ parse: SentenceParse, mentionAt: [Int?]) -> Set<Int> {
        var read = Set<Int>()
        // "According to the daily Denník N, the ministry has drafted": the parse may make the source the subject.
        let cited = Set(mentions.filter(isSourceOnly).map(\.entity))
        for predicate in tokens.indices {
            guard let (triggered, length) = trigger(at: predicate) ?? eventVerb(at: predicate, parse: parse),
                  triggered != .reported, mentionAt[predicate] == nil, !tokens[predicate].lowercased.hasPrefix("designat")
            else { continue }
            let type = isRefused(triggered, at: predicate) ? .opposes : triggered
            if isDenied(predicate, parse: parse) {
                read.insert(predicate)
                continue
            }
            let (subjects, objects, confidence) = arguments(of: predicate, type: type, length: length, parse: parse)
            // "Italian intermediary Marco Stellini breached": a demonym describing someone is not the state acting.
            let actorWords = subjects.filter { !(mentionAt[$0].map { isAdjective(mentions[$0].entity, at: mentions[$0].mention.tokens.lowerBound) } == true
                && !actsForState(at: $0 + 1)) }
            var actors: [Int] = []
            for word in actorWords {
                let named = actor(word, parse: parse, mentionAt: mentionAt)
                let listed = named.flatMap { restOfList($0, namedAt: word, predicate: predicate) }
                actors += (named + listed).filter { !actors.contains($0) && !cited.contains($0) }
            }
            // "who chairs the Senate's committee on science", "who led the IMF's mission": who leads
            // a body's part or team is its member; who leads a state's government or chairs a
            // company's board leads the whole.
            let acted = objects.flatMap { object in
                let isPart = type == .leads && mentionAt[object] == nil && !tokens[object].isCapitalized && !tokens[object].isPossessive
                    && !tokens[object].roles.contains(.governmentNoun) && tokens[object].lowercased != "board"
                // "heads Mexico's Sinaloa Cartel": the parse may make the owner the object.
                if type == .leads || type == .memberOf, let owner = mentionAt[object], let owned = nameOwned(by: mentions[owner]) {
                    return [(owned.entity, isPart)]
                }
                return actedOn(object, parse: parse, mentionAt: mentionAt).map { ($0, isPart) }
            }
            if !actors.isEmpty, !acted.isEmpty { read.insert(predicate) }
            for actor in actors {
                // "told El País" makes a source, read by findSources, not a meeting.
                for (target, isPart) in acted where type != .meets || !isOutlet(target) {
                    var actType = isPart ? .memberOf : type == .targets && kind(target) == .policy ? .enacts : type
                    // "called for the resignation of the minister": wanting someone's fall opposes them.
                    if actType == .supports, objects.contains(where: { Self.fallNouns.contains(tokens[$0].lowercased) }) { actType = .opposes }
                    add(actor, actType, target, confidence, at: predicate)
                }
            }
            // "The department sued Tessellate under the Sherman Act": who acts under
            // a law invokes it, and the law covers what is acted on. Invoking is
            // no deciding: "welcomed the ruling" is not about the law.
            for policy in policiesInvoked(by: predicate, parse: parse, mentionAt: mentionAt) {
                for actor in actors { add(actor, .enacts, policy, confidence, at: predicate, rule: "parsedInvocations") }
                for (target, _) in acted { add(policy, .appliesTo, target, confidence, rule: "parsedInvocations") }
            }
        }
        return read
    }

    /// The words that act and are acted on by the relation word at
    /// `predicate`, and how sure the reading is: arguments of the word itself
    /// are surer than ones found through a clause it completes or hangs from.
    private func arguments(
        of predicate: Int, type: RelationType, length: Int, parse: SentenceParse
    ) -> (subjects: [Int], objects: [Int], confidence: Double) {
        let isNoun = parse.tags[predicate] == .noun || parse.tags[predicate] == .properNoun
        // "clashed with": a phrase's own preposition is the one its object takes.
        let phrasePreposition = length > 1 ? tokens[predicate + length - 1].lowercased : nil
        var subjects: [Int] = []
        var objects: [Int] = []
        let isBlame = Self.blameVerbs.contains(tokens[predicate].lowercased)
        for child in parse.dependents[predicate] {
            switch parse.label(child) {
            case .nominalSubject, .agent: subjects.append(child)
            case .possessor where isNoun: subjects.append(child)
            case .object where isBlame:
                // The parse may hang "on the ministry" from "the delays".
                objects += parse.dependents[child].filter {
                    parse.label($0) == .nominalModifier && caseMarker(of: $0, parse: parse) == "on"
                }
                objects.append(child)
            case .passiveSubject, .object, .indirectObject: objects.append(child)
            case .oblique, .nominalModifier:
                guard let marker = caseMarker(of: child, parse: parse) else { break }
                if marker == "by" {
                    subjects.append(child)
                } else if !isNoun, ["in", "at"].contains(marker), let agent = parse.dependents[child].first(where: {
                    parse.label($0) == .nominalModifier && caseMarker(of: $0, parse: parse) == "by"
                }) {
                    subjects.append(agent)  // "was signed in Tashkent by X": the parse may hang the agent from the place.
                } else if phrasePreposition.map({ $0 == marker }) ?? Self.objectPrepositions(isNoun: isNoun, type: type).contains(marker) {
                    objects.append(child)
                } else if marker == "on", isBlame {
                    objects.append(child)  // "blamed the delays on the ministry": the one blamed
                }
            case .other where [.adjective, .verb].contains(parse.tags[child]) && child == predicate + 1:
                // "was shot dead by Yigal Amir": the agent may hang from the word that completes the verb.
                subjects += parse.dependents[child].filter { parse.label($0) == .agent }
            default: break
            }
        }
        // "The appointment was also backed by X": with a by-agent and "was", the parse's
        // subject is the passive's, acted on.
        if subjects.contains(where: { parse.label($0) == .agent }),
           parse.dependents[predicate].contains(where: { $0 < predicate && Self.passiveAuxiliaries.contains(tokens[$0].lowercased) }) {
            objects += subjects.filter { parse.label($0) == .nominalSubject }
            subjects.removeAll { parse.label($0) == .nominalSubject }
        }
        var confidence = 0.75
        // A passive verb's one object is its subject: what else the parse hangs there is a misreading.
        if parse.dependents[predicate].contains(where: { parse.label($0) == .passiveSubject }) {
            objects = objects.filter { parse.label($0) == .passiveSubject }
        }
        // "Japan, Indonesia and the Philippines signed": the parse may hang the first names
        // of a list from the verb; a name set off by a comma right before a subject with conjuncts is one of them.
        if let first = subjects.min(), parse.dependents[first].contains(where: { parse.label($0) == .conjunct }) {
            var word = first - 1
            while word >= 0, tokens[word].punctuationAfter == ",", parse.tags[word] == .properNoun,
                  parse.heads[word] == predicate || parse.heads[word] == first {
                subjects.append(word)
                word -= 1
            }
        }
        // "the Syrian army, backed by Hezbollah": a participle with its agent acts on the noun it hangs from.
        if !isNoun, objects.isEmpty, !subjects.isEmpty, parse.label(predicate) == .other, parse.heads[predicate] >= 0,
           [.noun, .properNoun].contains(parse.tags[parse.heads[predicate]]),
           subjects.allSatisfy({ parse.label($0) == .agent || caseMarker(of: $0, parse: parse) == "by" }) {
            objects = [parse.heads[predicate]]
            confidence = 0.65
        }
        if subjects.isEmpty {
            subjects = inheritedSubjects(of: predicate, parse: parse)
            confidence = 0.65
        }
        // "the cartels that Washington designated", "Scholz, who met Xi": a
        // relative clause's pronoun, or its missing argument, is the noun it hangs from.
        let parsedNoun = parse.label(predicate) == .relativeClause && parse.heads[predicate] >= 0
            ? describedNoun(of: parse.heads[predicate], parse: parse) : nil
        // A clause the parse hangs from a name keeps it.
        if let noun = parsedNoun.map(insideMention) == true ? parsedNoun
            : nameBeforeWhich(opening: predicate, parse: parse, anyName: parsedNoun != nil) ?? parsedNoun {
            // "which Quintero and Castaño signed": a pronoun before the clause's own
            // subject is its object, though the parse may read two subjects.
            if subjects.count > 1, let pronoun = subjects.first(where: { Self.relativePronouns.contains(tokens[$0].lowercased) }),
               subjects.contains(where: { $0 > pronoun }) {
                subjects.removeAll { $0 == pronoun }
                objects.append(pronoun)
            }
            subjects = subjects.map { Self.relativePronouns.contains(tokens[$0].lowercased) ? noun : $0 }
            objects = objects.map { Self.relativePronouns.contains(tokens[$0].lowercased) ? noun : $0 }
            if subjects.isEmpty { subjects = [noun] } else if objects.isEmpty, !subjects.contains(noun) { objects = [noun] }
            confidence = 0.65
        }
        // "imposed sanctions on X": a noun's object may hang from the verb that takes the noun.
        if isNoun, objects.isEmpty, parse.label(predicate) == .object, parse.heads[predicate] >= 0 {
            confidence = 0.65
            objects = parse.dependents[parse.heads[predicate]].filter {
                parse.label($0) == .oblique
                    && caseMarker(of: $0, parse: parse).map(Self.objectPrepositions(isNoun: true, type: type).contains) == true
            }
        }
        return (subjects, objects, confidence)
    }

    /// Which preposition marks what is acted on: "sanctions against X",
    /// "talks with X", "criticism of X"; verbs take their object bare, and a
    /// place ("strikes in Mexico") is where, not what.
    private static func objectPrepositions(isNoun: Bool, type: RelationType) -> [String] {
        switch type {
        case .meets: return ["with"]
        case .opposes, .targets: return isNoun ? ["against", "on", "of", "over"] : ["against"]
        case .supports: return isNoun ? ["for", "of", "to"] : []
        case .enacts, .leads, .memberOf: return isNoun ? ["of"] : []
        case .appliesTo, .locatedIn, .reported: return []
        }
    }

    /// A verb of CAMEO's event dictionary, when the parse reads the word as a verb.
    private func eventVerb(at word: Int, parse: SentenceParse) -> (RelationType, Int)? {
        guard tokens[word].roles.contains(.eventVerb), parse.tags[word] == .verb,
              let type = lexicon.eventVerbs[tokens[word].lowercased] else { return nil }
        return (type, 1)
    }

    /// The mention each word of the sentence is part of, for the parse readers.
    func mentionIndexByWord() -> [Int?] {
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        for (index, item) in mentions.enumerated() {
            for word in item.mention.tokens where word < tokens.count { mentionAt[word] = index }
        }
        return mentionAt
    }

    /// The entities a word stands for: the mention it is part of or that its
    /// name goes on with, or the one in apposition to it ("the group, Tren de Aragua") or named after its
    /// title ("Chancellor Olaf Scholz"), or for "he" and
    /// "she" the person last named; each with the words joined to it by "and".
    func entities(of word: Int, parse: SentenceParse, mentionAt: [Int?], depth: Int = 0) -> [Int] {
        var found: [Int] = []
        // Words whose conjuncts join the found name: the parse may hang "and
        // Prime Minister Y" from X's name rather than from the word asked about.
        var joined = [word]
        if let mention = mentionAt[word] {
            // The "Polish" of "Polish Prime Minister Anna Kowalczyk" is the title's
            // scope, no actor; the parse may head the whole name by it.
            if !isTitleScope(mentions[mention]) {
                found.append(mentions[mention].entity)
            } else if let titled = titleHolder(scopedBy: mentions[mention]) {
                found.append(titled.entity)
                joined.append(contentsOf: titled.mention.tokens)
            }
        } else if parse.tags[word] == .properNoun, word + 1 < tokens.count, let rest = mentionAt[word + 1],
                  parse.heads[word + 1] == word, parse.label(word + 1) == .other {
            // UD heads a name by its first word: "De" of "De Wit", where the name read is "Wit".
            found.append(mentions[rest].entity)
        } else if parse.tags[word] == .properNoun, let named = nameHeadedByTitle(at: word, parse: parse, mentionAt: mentionAt) {
            found.append(named.entity)
            joined.append(contentsOf: named.mention.tokens)
        } else if let apposition = parse.dependents[word].first(where: { parse.label($0) == .apposition && mentionAt[$0] != nil }) {
            found.append(mentions[mentionAt[apposition]!].entity)
        } else if !tokens[word].roles.isDisjoint(with: .title),
                  let name = parse.dependents[word].first(where: { $0 > word && $0 <= word + 3 && mentionAt[$0] != nil }) {
            // "Chancellor Olaf Scholz": the parse may make the title the head of the name,
            // and join a second name to the first ("Chancellor X and Prime Minister Y").
            found.append(mentions[mentionAt[name]!].entity)
            joined.append(name)
        } else if let named = nameGiven(to: word, mentionAt: mentionAt) {
            found.append(named)  // "the accord, titled "Building Together""
        } else if tokens[word].lowercased == "he" || tokens[word].lowercased == "she", let person = pronounReferent(at: word) {
            found.append(person)
        } else if let body = nameBefore(word, parse: parse, mentionAt: mentionAt) {
            found.append(body)  // "Islamic State militants", "the Iraqi army"
        }
        guard depth < 4 else { return found }
        for conjunct in joined.flatMap({ parse.dependents[$0] }) where parse.label(conjunct) == .conjunct {
            found += entities(of: conjunct, parse: parse, mentionAt: mentionAt, depth: depth + 1)
        }
        return found
    }

    /// The body or state named right before a noun for its armed people:
    /// "Islamic State militants", "the Iraqi army" act for what names them
    /// (the guidelines give a generic actor's act to its body or state).
    /// Other nouns are not read so: "the Nimbus phone" is not Nimbus, nor
    /// are "Trump supporters" Trump.
    private func nameBefore(_ word: Int, parse: SentenceParse, mentionAt: [Int?]) -> Int? {
        guard word > 0, mentionAt[word] == nil, lexicon.cues.forceNouns.contains(tokens[word].lowercased),
              let mention = mentionAt[word - 1],
              parse.heads[word - 1] == word || parse.heads[mentions[mention].mention.tokens.lowerBound] == word,
              !mentions[mention].mention.isPossessive,
              [.organization, .country].contains(kind(mentions[mention].entity))
        else { return nil }
        return mentions[mention].entity
    }

    /// What an object names, or for a noun that names nothing its owner:
    /// "rejected the union's demand" and "condemned the actions of Turkey"
    /// act on the union and on Turkey.
    private func actedOn(_ word: Int, parse: SentenceParse, mentionAt: [Int?]) -> [Int] {
        // "fined U.S. streaming platform Lumenstream": the platform, not the country that describes it.
        if let place = mentionAt[word], let body = bodyDescribed(byCountryAt: mentions[place].mention.tokens.lowerBound) {
            return [body.entity]
        }
        let named = entities(of: word, parse: parse, mentionAt: mentionAt)
        guard named.isEmpty, mentionAt[word] == nil, parse.tags[word] == .noun else { return named }
        if let proposer = proposerMeant(by: word, parse: parse) { return [proposer] }
        return parse.dependents[word].filter { child in
            parse.label(child) == .possessor
                || parse.label(child) == .nominalModifier && caseMarker(of: child, parse: parse) == "of"
        }.flatMap { entities(of: $0, parse: parse, mentionAt: mentionAt) }
    }

    /// What a subject names, or for a noun for people that names nothing the
    /// body they come from: "Observers from the African Union congratulated
    /// X", "Members of Congress criticized X", "a suicide bomber of the Tamil
    /// Tigers" (the guidelines give a generic actor's act to its body or state).
    private func actor(_ word: Int, parse: SentenceParse, mentionAt: [Int?]) -> [Int] {
        let named = entities(of: word, parse: parse, mentionAt: mentionAt)
        guard named.isEmpty, mentionAt[word] == nil, parse.tags[word] == .noun else { return named }
        // "Sudan's army-aligned government accused": a state's government, forces or
        // authorities, named generically, are the state acting (the guidelines).
        if tokens[word].roles.contains(.governmentNoun) || lexicon.cues.forceNouns.contains(tokens[word].lowercased) {
            let states = parse.dependents[word].filter { parse.label($0) == .possessor }
                .flatMap { entities(of: $0, parse: parse, mentionAt: mentionAt) }.filter { kind($0) == .country }
            if !states.isEmpty { return states }
        }
        return parse.dependents[word].filter { child in
            parse.label(child) == .nominalModifier && caseMarker(of: child, parse: parse).map { ["from", "of"].contains($0) } == true
        }.flatMap { entities(of: $0, parse: parse, mentionAt: mentionAt) }
            .filter { [.organization, .country].contains(kind($0)) }
    }

    /// "Uzbekistan, Afghanistan and Pakistan on Tuesday signed", "signed by
    /// Zambian Education Minister Chanda Mwape and Beatrice Lungu": the names
    /// of the list an actor ends (before the verb) or opens (after it), which
    /// the parse may leave unread.
    private func restOfList(_ entity: Int, namedAt word: Int, predicate: Int) -> [Int] {
        if word < predicate {
            guard let item = mentions.last(where: { $0.entity == entity && $0.mention.tokens.upperBound <= predicate }) else { return [] }
            return conjuncts(of: entity, endingAt: item.mention.tokens.upperBound, before: true)
        }
        guard let item = mentions.first(where: { $0.entity == entity && $0.mention.tokens.lowerBound >= word - 1 }) else { return [] }
        return conjuncts(of: entity, endingAt: item.mention.tokens.lowerBound, before: false)
    }

    /// "Transport Minister Jasur Karimov": the parse may head a title and the
    /// name after it by the title's first word; the name is the one the
    /// capitalized run ends in.
    private func nameHeadedByTitle(at word: Int, parse: SentenceParse, mentionAt: [Int?]) -> RelationExtractor.Resolved? {
        var next = word
        while next < min(tokens.count, word + 4), mentionAt[next] == nil {
            guard tokens[next].isCapitalized, tokens[next].punctuationAfter == nil, !tokens[next].isPossessive else { return nil }
            next += 1
        }
        guard next > word + 1, next < tokens.count, let mention = mentionAt[next], kind(mentions[mention].entity) == .person,
              tokens[(word + 1)..<next].contains(where: { !$0.roles.isDisjoint(with: .title) }),
              mentions[mention].mention.tokens.contains(where: { parse.heads[$0] == word })
        else { return nil }
        return mentions[mention]
    }

    /// The entity named right after a noun by "titled", "called" or "known as".
    private func nameGiven(to word: Int, mentionAt: [Int?]) -> Int? {
        var next = word + 1
        while next < tokens.count, Self.namingWords.contains(tokens[next].lowercased) { next += 1 }
        guard next > word + 1, next < tokens.count, let mention = mentionAt[next] else { return nil }
        return mentions[mention].entity
    }

    private static let clauseMarkers: Set<String> = ["after", "before", "by", "while", "since", "without", "when"]
    static let namingWords: Set<String> = ["titled", "entitled", "called", "named", "dubbed", "known", "as"]

    /// "X vowed to fight Y", "X met Y and criticized Z": a verb without a
    /// subject of its own shares the subject of the verb it completes or is
    /// joined to.
    private func inheritedSubjects(of predicate: Int, parse: SentenceParse) -> [Int] {
        // "accused the UAE of arming the RSF", "charged him with smuggling": the
        // one accused does the act; "took Darfur after capturing El Fasher": the
        // subject of the verb a gerund's clause hangs from does it.
        if predicate > 0, tokens[predicate].lowercased.hasSuffix("ing"), parse.heads[predicate] >= 0 {
            let marker = tokens[predicate - 1].lowercased, governor = parse.heads[predicate]
            if marker == "of" || marker == "with" {
                // The parse may hang the gerund from the verb or from the one accused.
                if parse.tags[governor] != .verb, parse.label(governor) == .object { return [governor] }
                let accused = parse.dependents[governor].filter { parse.label($0) == .object }
                if parse.tags[governor] == .verb, !accused.isEmpty { return accused }
            } else if Self.clauseMarkers.contains(marker), parse.tags[governor] == .verb {
                let subjects = parse.dependents[governor].filter { parse.label($0) == .nominalSubject }
                if !subjects.isEmpty { return subjects }
            }
        }
        var word = predicate
        for _ in 0..<3 {
            guard [.openComplement, .conjunct].contains(parse.label(word)), parse.heads[word] >= 0 else { return [] }
            word = parse.heads[word]
            let subjects = parse.dependents[word].filter { parse.label($0) == .nominalSubject }
            if !subjects.isEmpty { return subjects }
        }
        return []
    }

    /// The noun a relative clause hangs from. "Maria Cantwell, a Washington Democrat who chairs X":
    /// a clause on a description that names nothing is about whom it describes.
    private func describedNoun(of head: Int, parse: SentenceParse) -> Int {
        if [.apposition, .conjunct].contains(parse.label(head)), parse.heads[head] >= 0, !insideMention(head),
           parse.heads[head] < head, (parse.heads[head]..<head).contains(where: { tokens[$0].punctuationAfter == "," }) {
            return parse.heads[head]
        }
        return head
    }

    /// "raise the issue under the X Treaty, which Argentina and Chile signed": a "which" of
    /// the clause's verb, set off right after a policy's name, stands for that policy,
    /// wherever else the parse hangs the clause. "Convention 169 of the ILO, which Bolivia
    /// ratified": for the policy the "of" hangs from. Where the parse read a relative
    /// clause (`anyName`), a name of no person does too: "a complaint by Spotify, which accused X".
    private func nameBeforeWhich(opening predicate: Int, parse: SentenceParse, anyName: Bool) -> Int? {
        guard let which = parse.dependents[predicate].first(where: {
                  $0 > 0 && $0 < predicate && tokens[$0].lowercased == "which" && tokens[$0 - 1].punctuationAfter == ","
              }),
              let named = mentions.first(where: { $0.mention.tokens.upperBound == which })
        else { return nil }
        let meant = kind(named.entity) == .policy ? named : policyOwning(named) ?? (anyName && kind(named.entity) != .person ? named : nil)
        return meant.map { $0.mention.tokens.upperBound - 1 }
    }

    /// The policy named right before "of (the)" and the name given: "Convention 169 of the ILO".
    private func policyOwning(_ named: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        var of = named.mention.tokens.lowerBound - 1
        if of > 0, tokens[of].lowercased == "the" { of -= 1 }
        guard of > 0, tokens[of].lowercased == "of" else { return nil }
        return mentions.first { $0.mention.tokens.upperBound == of && kind($0.entity) == .policy }
    }

    /// The policies an act is done under: "sued X under the Sherman Act".
    private func policiesInvoked(by predicate: Int, parse: SentenceParse, mentionAt: [Int?]) -> [Int] {
        parse.dependents[predicate].filter { parse.label($0) == .oblique && caseMarker(of: $0, parse: parse) == "under" }
            .flatMap { entities(of: $0, parse: parse, mentionAt: mentionAt) }
            .filter { kind($0) == .policy }
    }

    /// The preposition hanging from a word ("against" in "against the cartels").
    func caseMarker(of word: Int, parse: SentenceParse) -> String? {
        parse.dependents[word].first { $0 < word && parse.label($0) == .caseMarker }.map { tokens[$0].lowercased }
    }

    /// "did not join", "never met", "won't back": an act the sentence denies,
    /// or one a verb that denies it governs ("refused to meet" stays an act
    /// of opposing, read by the patterns). A comma between them says the
    /// "not" is another clause's: "X, of which Ethiopia is not, welcomed".
    private func isDenied(_ predicate: Int, parse: SentenceParse) -> Bool {
        var word = predicate
        for _ in 0..<3 {
            if parse.dependents[word].contains(where: { dependent in
                // A negation may hang after its verb too ("Law No. 6": the parse may take "No." for one).
                (Self.negations.contains(tokens[dependent].lowercased) || tokens[dependent].endsInNot)
                    && !(min(dependent, word)..<max(dependent, word)).contains { tokens[$0].punctuationAfter == "," }
            }) {
                return true
            }
            guard parse.label(word) == .openComplement, parse.heads[word] >= 0 else { return false }
            word = parse.heads[word]
        }
        return false
    }

    /// The pronouns that open a relative clause.
    static let relativePronouns: Set<String> = ["who", "whom", "which", "that"]
    private static let blameVerbs: Set<String> = ["blame", "blamed", "blames", "blaming"]
    private static let negations: Set<String> = ["not", "never", "no", "neither", "nor"]
}
