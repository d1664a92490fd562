import NewsGraphCore

/// Finds typed, directed relations inside sentences: titles and roles,
/// appositives, "led by", verb frames with subject and object in one clause,
/// nominal forms, designations, "according to" sources, "in" for places.
/// Two names sharing a sentence are never enough.
struct RelationExtractor {
    let lexicon: Lexicon

    typealias Resolved = (mention: Mention, entity: Int)

    struct Found: Hashable {
        var source: Int
        var target: Int
        var type: RelationType
        var sentence: Int
        var confidence: Double
    }

    func relations(in sentences: [Sentence], resolved: [[Resolved]], entities: [LocalEntity]) -> [Found] {
        var found: [Found] = []
        var lastPerson: Int?
        var tiedBodies: Set<Int> = []
        for untokenized in sentences where !resolved[untokenized.index].isEmpty {
            let sentence = untokenized.tokenized()
            let mentions = resolved[sentence.index].sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
            var context = SentenceContext(
                sentence: sentence, mentions: mentions, entities: entities, lexicon: lexicon, lastPerson: lastPerson)
            context.findRoles()
            context.findPossessiveTitles()
            context.findTitledStaff()
            context.findBases()
            context.findAppositives()
            context.findLedBy()
            context.findVerbFrames()
            context.findSources()
            context.findPlaces()
            context.findCountryTies(alreadyTied: &tiedBodies)
            found += context.found
            if let person = mentions.last(where: { entities[$0.entity].kind == .person }) {
                lastPerson = person.entity
            }
        }
        return withoutSelfConflicts(found)
    }

    /// Sheinbaum leads Mexico, so "Sheinbaum rejected intervention on Mexican
    /// soil" does not make her oppose Mexico: acts between an entity and the
    /// body it leads or belongs to are dropped.
    private func withoutSelfConflicts(_ found: [Found]) -> [Found] {
        let belonging = Set(found.filter { $0.type == .leads || $0.type == .memberOf }.map { [$0.source, $0.target] })
        let acts: Set<RelationType> = [.opposes, .supports, .targets, .meets]
        return found.filter { relation in
            !acts.contains(relation.type)
                || !belonging.contains([relation.source, relation.target]) && !belonging.contains([relation.target, relation.source])
        }
    }
}

/// The relation patterns, applied to one sentence.
private struct SentenceContext {
    let sentence: Sentence
    let mentions: [RelationExtractor.Resolved]
    let entities: [LocalEntity]
    let lexicon: Lexicon
    let lastPerson: Int?
    var found: [RelationExtractor.Found] = []

    private var tokens: [Token] { sentence.tokens }

    private func kind(_ entity: Int) -> EntityKind { entities[entity].kind }

    private mutating func add(_ source: Int, _ type: RelationType, _ target: Int, _ confidence: Double) {
        guard source != target, allowed(type, from: kind(source), to: kind(target)) else { return }
        found.append(.init(source: source, target: target, type: type, sentence: sentence.index, confidence: confidence))
    }

    private func allowed(_ type: RelationType, from source: EntityKind, to target: EntityKind) -> Bool {
        switch type {
        case .leads: return source == .person && [.organization, .country].contains(target)
        case .memberOf: return [.person, .organization].contains(source) && [.organization, .country].contains(target)
        case .enacts: return source != .policy && source != .location && target == .policy
        case .appliesTo: return source == .policy && target != .policy
        case .locatedIn: return [.location, .organization].contains(source) && [.location, .country].contains(target)
        case .reported: return source == .organization && target != .policy && target != .location
        case .meets: return source != .policy && target != .policy && source != .location && target != .location
        case .opposes, .supports: return source != .location && target != .location
        case .targets: return source != .policy && source != .location && target != .policy && target != .location
        }
    }

    // MARK: Roles

    /// "Mexican President Claudia Sheinbaum", "FBI Director X", "Defense Secretary X".
    mutating func findRoles() {
        for (position, item) in mentions.enumerated() {
            guard let role = item.mention.role else { continue }
            let scope = position > 0 ? mentions[position - 1] : nil
            if let scope, item.mention.tokens.lowerBound - scope.mention.tokens.upperBound <= 3,
               [.country, .organization].contains(kind(scope.entity)) {
                let leads = role.kind == .headOfState || role.kind == .leader && kind(scope.entity) == .organization
                add(item.entity, leads ? .leads : .memberOf, scope.entity, 0.9)
            } else if role.kind == .headOfState, let country = entities[item.entity].ledCountry {
                add(item.entity, .leads, country, 0.6)
            } else if let department = department(of: role.title) {
                add(item.entity, role.kind == .member ? .memberOf : .leads, department, 0.8)
            } else if let ofCountry = mention(after: item.mention.tokens.upperBound, word: "of") ?? mention(after: item.mention.tokens.upperBound, word: "to"),
                      kind(ofCountry) == .country {
                add(item.entity, role.kind == .headOfState ? .leads : .memberOf, ofCountry, 0.8)
            }
        }
    }

    /// "White House spokesperson Anna Kelly", "U.S. Ambassador to Mexico, Ronald
    /// Johnson": a body, a title, a person.
    mutating func findTitledStaff() {
        for (item, next) in zip(mentions, mentions.dropFirst()) where [.organization, .country].contains(kind(item.entity)) {
            var position = item.mention.tokens.upperBound
            guard let length = (1...3).reversed().first(where: { length in
                position + length <= tokens.count && isTitleWords(tokens[position..<(position + length)])
            }) else { continue }
            let title = tokens[position..<(position + length)].map(\.lowercased).joined(separator: " ")
            position += length
            var person = next
            if position < tokens.count, tokens[position].lowercased == "to", next.mention.tokens.lowerBound == position + 1,
               let after = mentions.first(where: { $0.mention.tokens.lowerBound > next.mention.tokens.upperBound }) {
                person = after
                position = next.mention.tokens.upperBound
            }
            guard kind(person.entity) == .person, person.mention.role == nil,
                  person.mention.tokens.lowerBound - position <= 1 else { continue }
            let leads = lexicon.leaderTitles.contains(title) && kind(item.entity) == .organization
            add(person.entity, leads ? .leads : .memberOf, item.entity, 0.8)
        }
    }

    private func isTitleWords(_ words: ArraySlice<Token>) -> Bool {
        let phrase = words.map(\.lowercased).joined(separator: " ")
        return lexicon.memberTitles.contains(phrase) || lexicon.leaderTitles.contains(phrase)
    }

    /// "California-based Orbital Software", "Orbital Software, the California-based maker".
    mutating func findBases() {
        for place in mentions where tokens[place.mention.tokens.lowerBound].text.hasSuffix("-based") {
            let position = place.mention.tokens.lowerBound
            let body = mentions.first { $0.mention.tokens.lowerBound == position + 1 && kind($0.entity) == .organization }
                ?? mentions.last { $0.mention.tokens.upperBound <= position && position - $0.mention.tokens.upperBound <= 3
                    && kind($0.entity) == .organization }
            if let body { add(body.entity, .locatedIn, place.entity, 0.8) }
        }
    }

    /// The "Mexican" of "Mexican President Claudia Sheinbaum".
    private func isTitleScope(_ item: RelationExtractor.Resolved) -> Bool {
        mentions.contains { other in
            other.mention.role != nil && other.mention.tokens.lowerBound > item.mention.tokens.upperBound
                && other.mention.tokens.lowerBound - item.mention.tokens.upperBound <= 3
        }
    }

    /// "Venezuela ... its president, Nicolás Maduro": the title's owner is the
    /// last country or body named before "its".
    mutating func findPossessiveTitles() {
        for index in tokens.indices.dropLast(2) where ["its", "their"].contains(tokens[index].lowercased) {
            let title = tokens[index + 1].lowercased
            guard lexicon.leaderTitles.contains(title) || lexicon.memberTitles.contains(title),
                  let person = mentions.first(where: {
                      kind($0.entity) == .person && (index + 2...index + 3).contains($0.mention.tokens.lowerBound)
                  }),
                  let owner = mentions.last(where: {
                      $0.mention.tokens.upperBound <= index && [.country, .organization].contains(kind($0.entity))
                  })
            else { continue }
            add(person.entity, lexicon.leaderTitles.contains(title) ? .leads : .memberOf, owner.entity, 0.75)
        }
    }

    /// "Defense Secretary" heads the document's Defense Department, if it names one.
    private func department(of title: String) -> Int? {
        let words = title.split(separator: " ")
        guard words.count == 2 else { return nil }
        let field = words[0]
        return entities.indices.first { index in
            kind(index) == .organization && entities[index].surfaces.contains { surface in
                ["\(field) Department", "Department of \(field)", "\(field) Ministry", "Ministry of \(field)"]
                    .contains { surface == $0 || surface.hasSuffix(" " + $0) }
            }
        }
    }

    /// The mention right after `word` at token `position` ("President of Mexico").
    private func mention(after position: Int, word: String) -> Int? {
        guard position < tokens.count, tokens[position].lowercased == word else { return nil }
        let next = position + (position + 1 < tokens.count && tokens[position + 1].lowercased == "the" ? 2 : 1)
        return mentions.first { $0.mention.tokens.lowerBound == next }?.entity
    }

    /// "Vanda Felbab-Brown, a security expert at the Brookings Institution";
    /// "Shannon O'Neil of the Council on Foreign Relations".
    mutating func findAppositives() {
        for (position, item) in mentions.enumerated() where kind(item.entity) == .person {
            guard position + 1 < mentions.count else { continue }
            let next = mentions[position + 1]
            guard [.organization, .country].contains(kind(next.entity)) else { continue }
            let between = tokens[item.mention.tokens.upperBound..<next.mention.tokens.lowerBound].map(\.lowercased)
            guard between.count <= 8, let last = between.last(where: { $0 != "the" }) else { continue }
            let hasTitle = between.contains { lexicon.memberTitles.contains($0) || lexicon.leaderTitles.contains($0) }
            let leaderTitle = between.contains { lexicon.leaderTitles.contains($0) }
            if ["at", "of", "for", "with", "from", "in"].contains(last),
               between.count <= 2 || tokens[item.mention.tokens.upperBound - 1].punctuationAfter == "," && hasTitle {
                add(item.entity, leaderTitle ? .leads : .memberOf, next.entity, 0.8)
            }
        }
    }

    /// "The group, led by Eric Geressy"; "Mexico's government, led by President X".
    mutating func findLedBy() {
        for index in tokens.indices.dropLast() where ["led", "headed", "chaired", "run"].contains(tokens[index].lowercased)
            && tokens[index + 1].lowercased == "by" {
            guard let leader = mentions.first(where: { $0.mention.tokens.lowerBound > index && kind($0.entity) == .person }),
                  leader.mention.tokens.lowerBound - index <= 4,
                  let led = mentions.last(where: {
                      $0.mention.tokens.upperBound <= index && [.organization, .country].contains(kind($0.entity))
                  }),
                  index - led.mention.tokens.upperBound <= 3
            else { continue }
            add(leader.entity, .leads, led.entity, 0.85)
        }
    }

    // MARK: Verb frames

    /// A relation verb or noun with the nearest name before it as subject and
    /// the first name after it as object; passives swap them.
    mutating func findVerbFrames() {
        var index = 0
        while index < tokens.count {
            guard let (type, length) = trigger(at: index) else {
                index += 1
                continue
            }
            defer { index += length }
            if insideMention(index) { continue }
            let after = index + length
            let isPassive = index > 0 && ["was", "were", "been", "being", "is", "are"].contains(tokens[index - 1].lowercased)
                && after < tokens.count && tokens[after].lowercased == "by"
            if tokens[index].lowercased.hasPrefix("designat") {
                findDesignation(by: subject(before: index)?.0, after: after)
                continue
            }
            let isMembership = type == .leads || type == .memberOf
            if isMembership, after < tokens.count, tokens[after].lowercased == "to" { continue }
            guard var subject = subject(before: index), var object = object(after: after, within: isMembership ? 3 : 8)
            else { continue }
            if isPassive { swap(&subject, &object) }
            // A place of action ("strikes in Mexico", "on Mexican soil") is not what is acted on.
            if !isPassive, object.1 > after, ["in", "inside", "within", "across", "throughout", "on"].contains(tokens[object.1 - 1].lowercased) {
                continue
            }
            // Groups are acted on; as subjects they are mostly a nearby mention, not the actor.
            if entities[subject.0].isGroup { continue }
            // "told El País" is a source, found by findSources.
            if type == .meets, isOutlet(object.0) { continue }
            let distance = (object.1 - subject.1)
            let confidence = distance <= 8 ? 0.75 : 0.6
            // "A and B signed X", "praised A and B": each conjunct takes part.
            for other in conjuncts(of: isPassive ? object.0 : subject.0, endingAt: isPassive ? object.1 : subject.1, before: true) {
                add(other, type == .targets && kind(object.0) == .policy ? .enacts : type, isPassive ? subject.0 : object.0, confidence - 0.1)
            }
            for other in conjuncts(of: object.0, endingAt: object.1, before: false) where !isPassive && kind(object.0) != .policy {
                add(subject.0, type, other, confidence - 0.1)
            }
            if type == .enacts || type == .targets, kind(object.0) == .policy {
                add(subject.0, .enacts, object.0, confidence)
                if let aimedAt = self.object(after: object.1 + 1), kind(aimedAt.0) != .policy {
                    add(object.0, .appliesTo, aimedAt.0, confidence - 0.1)
                    add(subject.0, .targets, aimedAt.0, confidence - 0.1)
                }
            } else {
                add(subject.0, type, object.0, confidence)
            }
        }
    }

    /// The mention joined to `entity` by "and": before it for subjects
    /// (`position` is the end of the subject), after it for objects (`position`
    /// is the object's start).
    private func conjuncts(of entity: Int, endingAt position: Int, before: Bool) -> [Int] {
        guard let item = mentions.first(where: {
            $0.entity == entity && (before ? $0.mention.tokens.upperBound == position : $0.mention.tokens.lowerBound == position)
        }) else { return [] }
        if before {
            // Skip the subject's own title scope ("Polish Prime Minister Anna Kowalczyk").
            let start = mentions.filter { isTitleScope($0) && $0.mention.tokens.upperBound <= item.mention.tokens.lowerBound
                && item.mention.tokens.lowerBound - $0.mention.tokens.upperBound <= 3 }.map(\.mention.tokens.lowerBound).min()
                ?? item.mention.tokens.lowerBound
            guard start > 1, tokens[start - 1].lowercased == "and",
                  let other = mentions.last(where: { $0.mention.tokens.upperBound == start - 1 && kind($0.entity) == kind(entity) })
            else { return [] }
            return [other.entity]
        }
        let end = item.mention.tokens.upperBound
        guard end + 1 < tokens.count, tokens[end].lowercased == "and",
              let other = mentions.first(where: { $0.mention.tokens.lowerBound == end + 1 && kind($0.entity) == kind(entity) })
        else { return [] }
        return [other.entity]
    }

    /// "X's designation of Y as Z": X enacts Z, Z applies to Y, X targets Y.
    private mutating func findDesignation(by designator: Int?, after index: Int) {
        guard let asIndex = tokens[index...].prefix(12).firstIndex(where: { $0.lowercased == "as" }),
              let policy = mentions.first(where: { $0.mention.tokens.lowerBound == asIndex + 1 && kind($0.entity) == .policy })
        else { return }
        if let designator { add(designator, .enacts, policy.entity, 0.85) }
        for designated in mentions where (index..<asIndex).contains(designated.mention.tokens.lowerBound) {
            add(policy.entity, .appliesTo, designated.entity, 0.85)
            if let designator { add(designator, .targets, designated.entity, 0.8) }
        }
    }

    private func trigger(at index: Int) -> (RelationType, Int)? {
        guard lexicon.triggerFirstWords.contains(tokens[index].lowercased) else { return nil }
        for length in stride(from: min(lexicon.longestTrigger, tokens.count - index), through: 1, by: -1) {
            let phrase = tokens[index..<(index + length)].map(\.lowercased).joined(separator: " ")
            if let type = lexicon.triggers[phrase] { return (type, length) }
        }
        return nil
    }

    private func insideMention(_ index: Int) -> Bool {
        mentions.contains { $0.mention.tokens.contains(index) }
    }

    /// The subject: the nearest name before the trigger in the same clause,
    /// or the last person named when a pronoun stands there.
    private func subject(before index: Int) -> (Int, Int)? {
        let clauseStart = tokens[..<index].lastIndex { $0.punctuationAfter == ";" }.map { $0 + 1 } ?? 0
        if let candidate = mentions.last(where: {
            $0.mention.tokens.upperBound <= index && $0.mention.tokens.lowerBound >= clauseStart
                && kind($0.entity) != .location && !isSourceOnly($0) && !isPrepositionalObject($0)
                && (!$0.mention.isPossessive || index - $0.mention.tokens.upperBound <= 2
                    || lexicon.cues.governmentNouns.contains(tokens[$0.mention.tokens.upperBound].lowercased))
        }), index - candidate.mention.tokens.upperBound <= 12,
           !tokens[candidate.mention.tokens.upperBound..<index].contains(where: { lexicon.cues.clauseBreaks.contains($0.lowercased) }) {
            return (candidate.entity, candidate.mention.tokens.upperBound)
        }
        if let lastPerson, tokens[clauseStart..<index].contains(where: { ["she", "he"].contains($0.lowercased) }) {
            return (lastPerson, index)
        }
        return nil
    }

    private func object(after index: Int, within reach: Int = 8) -> (Int, Int)? {
        guard let candidate = mentions.first(where: { $0.mention.tokens.lowerBound >= index }),
              candidate.mention.tokens.lowerBound - index <= reach,
              !tokens[index..<candidate.mention.tokens.lowerBound].contains(where: {
                  $0.punctuationAfter == ";" || lexicon.cues.clauseBreaks.contains($0.lowercased)
                      || lexicon.cues.reportedClauseOpeners.contains($0.lowercased)
              }),
              // A nearer verb owns the object: "declined offers to assist in combating cartels".
              !(index..<candidate.mention.tokens.lowerBound).contains(where: { trigger(at: $0) != nil })
        else { return nil }
        return (candidate.entity, candidate.mention.tokens.lowerBound)
    }

    private func isPrepositionalObject(_ item: RelationExtractor.Resolved) -> Bool {
        var start = item.mention.tokens.lowerBound
        while start > 0, ["the", "a", "an"].contains(tokens[start - 1].lowercased) { start -= 1 }
        return start > 0 && lexicon.cues.prepositions.contains(tokens[start - 1].lowercased)
    }

    /// "according to (an exclusive) NBC News": a source, not an actor.
    private func isSourceOnly(_ item: RelationExtractor.Resolved) -> Bool {
        let start = item.mention.tokens.lowerBound
        let window = tokens[max(0, start - 6)..<start].map(\.lowercased)
        guard let according = window.lastIndex(of: "according"), according + 1 < window.count else { return false }
        return window[according + 1] == "to"
    }

    /// A news outlet: a known one, or a name ending in "News", "Times", "Post"...
    private func isOutlet(_ entity: Int) -> Bool {
        let name = entities[entity].name
        return kind(entity) == .organization && (lexicon.cues.mediaOutlets.contains(name)
            || entities[entity].surfaces.contains { lexicon.cues.mediaOutlets.contains($0) }
            || name.split(separator: " ").last.map { lexicon.mediaHeads.contains(String($0)) } == true)
    }

    // MARK: Sources, places, countries

    /// "according to NBC News", "told El País", "Speaking on Fox News", and a
    /// source list line `CNN, "Trump Weighs Strikes..."`: the outlet reported
    /// the main actor of the sentence.
    mutating func findSources() {
        // Actors: not policies or places, and not the country in a title ("Mexican" Foreign Minister).
        let actors = mentions.filter {
            kind($0.entity) != .policy && kind($0.entity) != .location && !isTitleScope($0)
        }
        for item in mentions where isOutlet(item.entity) {
            let start = item.mention.tokens.lowerBound
            let articleSkipped = start > 0 && tokens[start - 1].lowercased == "the" ? start - 1 : start
            let before = articleSkipped > 0 ? tokens[articleSkipped - 1].lowercased : ""
            let isSourceList = start == 0 && (sentence.text.dropFirst(item.mention.surface.count).hasPrefix(", “")
                || sentence.text.dropFirst(item.mention.surface.count).hasPrefix(", \""))
            let actor: RelationExtractor.Resolved?
            if before == "told" {
                actor = actors.last { $0.mention.tokens.upperBound < start && $0.entity != item.entity }
            } else if isSourceOnly(item) || ["on", "to"].contains(before) && start <= 4 || isSourceList {
                actor = actors.first { $0.entity != item.entity && !isOutlet($0.entity) }
            } else {
                actor = nil
            }
            if let actor {
                add(item.entity, .reported, actor.entity, 0.7)
            }
        }
        for index in tokens.indices where ["reported", "reports", "revealed"].contains(tokens[index].lowercased) {
            if let outlet = mentions.last(where: { $0.mention.tokens.upperBound == index && isOutlet($0.entity) }),
               let actor = actors.first(where: { $0.entity != outlet.entity && $0.mention.tokens.lowerBound > index }) {
                add(outlet.entity, .reported, actor.entity, 0.7)
            }
        }
    }

    /// "the National Palace in Mexico City", "Dolores Hidalgo, Guanajuato".
    mutating func findPlaces() {
        for (item, next) in zip(mentions, mentions.dropFirst()) {
            let gap = tokens[item.mention.tokens.upperBound..<next.mention.tokens.lowerBound].map(\.lowercased)
            let commaJoined = gap.isEmpty && tokens[item.mention.tokens.upperBound - 1].punctuationAfter == ","
                && kind(item.entity) == .location
            if gap == ["in"] || commaJoined {
                add(item.entity, .locatedIn, next.entity, 0.7)
            }
        }
    }

    /// A body whose name or lexicon entry ties it to a country named in the
    /// same sentence: "U.S. State Department" member_of United States; a group
    /// like "Mexican drug cartels" located_in Mexico.
    /// A tie that comes from the name is stated once per document, not once
    /// per mention, unless a sentence names the country beside the body.
    mutating func findCountryTies(alreadyTied: inout Set<Int>) {
        let named = Set(mentions.filter { kind($0.entity) == .country }.map(\.entity))
        for item in mentions where kind(item.entity) == .organization {
            let body = entities[item.entity]
            let isStateBody = body.name.split(separator: " ").contains { lexicon.cues.governmentHeads.contains(String($0)) }
            guard let country = body.country, body.countryIsInName || isStateBody,
                  let countryEntity = entities.firstIndex(where: { $0.kind == .country && $0.name == country })
            else { continue }
            guard !alreadyTied.contains(item.entity) || named.contains(countryEntity) else { continue }
            alreadyTied.insert(item.entity)
            add(item.entity, body.isGroup ? .locatedIn : .memberOf, countryEntity, 0.8)
        }
    }
}
