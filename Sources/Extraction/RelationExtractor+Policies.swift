/// "Solvera received 140 million euros under the PERTE VEC programme",
/// "Under the agreement, Hyundai Rotem will deliver 54 tanks": what a clause
/// says is done under a policy.
extension SentenceContext {
    /// "the Jordan–Germany Humanitarian Admission Agreement": states whose
    /// names, joined by a dash, open a policy's name are its parties. Only
    /// states the article names: the name alone makes no entity.
    mutating func findPartiesNamedInPolicies() {
        for item in mentions where kind(item.entity) == .policy {
            guard let first = entities[item.entity].name.words.first,
                  case let parts = first.split(whereSeparator: { $0 == "-" || $0 == "–" }), parts.count > 1
            else { continue }
            let states = parts.compactMap { lexicon.country(named: String($0)) }
            guard states.count == parts.count else { continue }
            for party in states.compactMap(countryEntity(named:)) {
                add(party, .enacts, item.entity, 0.7)
            }
        }
    }

    /// A state acting under a policy invokes it (enacts, in the guidelines'
    /// words); a body or person acted for under it is covered by it (applies_to).
    mutating func findGoverningPolicies() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) && tokens[index].lowercased == "under" {
            var next = index + 1
            while next < tokens.count, Self.articles.contains(tokens[next].lowercased) { next += 1 }
            // "under Britain's Global Human Rights sanctions regime": past the policy's owner.
            if let owner = mentions.first(where: { $0.mention.tokens.lowerBound == next }), owner.mention.isPossessive {
                next = owner.mention.tokens.upperBound
            }
            // "under the public-interest provisions of the Competition Act": past the part of the policy.
            if let of = (next..<min(tokens.count - 1, next + 5)).first(where: { tokens[$0].lowercased == "of" }),
               tokens[next..<of].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }) {
                next = of + 1
                while next < tokens.count, Self.articles.contains(tokens[next].lowercased) { next += 1 }
            }
            // The policy's noun phrase may open with words of its name read apart ("Global Human Rights").
            guard let policy = mentions.first(where: { $0.mention.tokens.lowerBound >= next }), kind(policy.entity) == .policy,
                  policy.mention.tokens.lowerBound - next <= 4,
                  tokens[next..<policy.mention.tokens.lowerBound].allSatisfy({ $0.isCapitalized && $0.punctuationAfter == nil })
            else { continue }
            let actor: Int?
            if index == 0 {
                // "Under the agreement, Hyundai Rotem will deliver": the subject after
                // the phrase's comma, past a clause on the policy ("Under the
                // protocol, which both sides signed, the ELN committed"), or a participle's
                // ("Under the law, amended by parliament in 2021, a governor").
                guard var comma = tokens[next...].firstIndex(where: { $0.punctuationAfter == "," }) else { continue }
                if comma + 1 < tokens.count, Self.relativeOpeners.contains(tokens[comma + 1].lowercased)
                    || !tokens[comma + 1].isCapitalized && tokens[comma + 1].lowercased.hasSuffix("ed") {
                    guard let closing = tokens[(comma + 1)...].firstIndex(where: { $0.punctuationAfter == "," }) else { continue }
                    comma = closing
                }
                actor = mentions.first {
                    $0.mention.tokens.lowerBound > comma && $0.mention.tokens.lowerBound <= comma + 3 && kind($0.entity) != .policy
                }?.entity
            } else if let (subject, end) = subject(before: index),
                      // "was still a French citizen and was therefore ineligible under Article 55": a demonym acts for no one.
                      !mentions.contains(where: { $0.mention.tokens.upperBound == end && isAdjective($0.entity, at: $0.mention.tokens.lowerBound) }) {
                // "the request filed by Angola's Prosecutor General's Office under the treaty": who acts invokes it.
                if isAgent(endingAt: end) {
                    if kind(subject) != .policy, kind(subject) != .location { add(subject, .enacts, policy.entity, 0.65) }
                    continue
                }
                actor = subject
            } else {
                // "The four face asset freezes under Britain's sanctions regime": each of them.
                if let group = groups[0] {
                    for member in group.members { add(policy.entity, .appliesTo, member, 0.6) }
                }
                continue
            }
            guard let actor, kind(actor) != .policy, kind(actor) != .location else { continue }
            // "The tribunal assessed the deal under the Competition Act": a state's body acting under a law
            // invokes it. "lending Madagascar $320 million under an Extended Credit Facility": a state
            // borrows under a loan.
            if kind(actor) == .country, MentionRecognizer.isLendingInstrument(entities[policy.entity].name) {
                add(policy.entity, .appliesTo, actor, 0.65)
            } else if kind(actor) == .country || isStateBody(actor) || servesState(actor) {
                add(actor, .enacts, policy.entity, 0.65)
            } else {
                add(policy.entity, .appliesTo, actor, 0.65)
            }
        }
    }

    /// "The law would require CEZ to close its coal units", "the accord
    /// commits Kyrgyzstan to release water", "the regime, which already
    /// covers several GRU officers": whom a policy obliges or covers, it
    /// applies to.
    /// "It also applies to Otávio Lins": "it" opening a sentence is the policy last named.
    mutating func findPolicyObligations() {
        var policies = mentions.filter { kind($0.entity) == .policy }.map { (entity: $0.entity, end: $0.mention.tokens.upperBound) }
        if tokens.first?.lowercased == "it", let lastPolicy { policies.append((lastPolicy, 1)) }
        for (policy, end) in policies {
            var verb = end
            if verb < tokens.count, tokens[verb - 1].punctuationAfter == ",", ["which", "that"].contains(tokens[verb].lowercased) {
                verb += 1
            }
            while verb < tokens.count, verb - end <= 3, Self.wordsBeforeVerb.contains(tokens[verb].lowercased) {
                verb += 1
            }
            guard verb + 2 < tokens.count else { continue }
            let appliesTo = Self.applyingVerbs.contains(tokens[verb].lowercased) && tokens[verb + 1].lowercased == "to"
            guard appliesTo || Self.obligingVerbs.contains(tokens[verb].lowercased),
                  let object = object(after: verb + (appliesTo ? 2 : 1), within: 3), kind(object.0) != .policy
            else { continue }
            add(policy, .appliesTo, object.0, 0.65, at: verb)
        }
    }

    private static let applyingVerbs: Set<String> = ["applies", "apply", "applied"]

    /// "Ridely had breached the GDPR", "Stellar violated the FIFA Statutes",
    /// "used contract terms to stop developers, in breach of the Act": a rule
    /// broken applies to whoever broke it.
    mutating func findBreaches() {
        for verb in tokens.indices {
            let word = tokens[verb].lowercased
            let isNoun = Self.breachNouns.contains(word) && verb > 0 && tokens[verb - 1].lowercased == "in"
                && verb + 1 < tokens.count && tokens[verb + 1].lowercased == "of"
            guard isNoun || Self.breakingVerbs.contains(word), let policy = brokenRule(from: isNoun ? verb + 2 : verb + 1),
                  let breaker = subject(before: isNoun ? verb - 1 : verb), breaker.0 != policy, kind(breaker.0) != .policy,
                  // "Korean rules may breach the agreement": the verb's own subject, not a name further
                  // back; past an apposition ("Stellar, the agency run by X, breached").
                  isNoun || breaker.1 <= verb && tokens[((breaker.1..<verb).last { tokens[$0].punctuationAfter == "," }.map { $0 + 1 }
                      ?? breaker.1)..<verb].allSatisfy(isBeforeBreach)
            else { continue }
            add(policy, .appliesTo, breaker.0, 0.6, at: verb)
        }
    }

    /// The policy named right at `start`, past articles and its owner's possessive.
    private func brokenRule(from start: Int) -> Int? {
        var word = start
        while word < tokens.count {
            if Self.articles.contains(tokens[word].lowercased) {
                word += 1
            } else if let owner = mentions.first(where: { $0.mention.tokens.lowerBound == word }), owner.mention.isPossessive {
                word = owner.mention.tokens.upperBound
            } else {
                break
            }
        }
        return mentions.first { $0.mention.tokens.lowerBound == word && kind($0.entity) == .policy }?.entity
    }

    private static let breachNouns: Set<String> = ["breach", "violation", "contravention"]

    /// "had breached", "was found to have breached", "may breach": an auxiliary, modal or adverb.
    private func isBeforeBreach(_ token: Token) -> Bool {
        isPassiveFiller(token) || Self.wordsBeforeVerb.contains(token.lowercased) || ["might", "to", "found"].contains(token.lowercased)
    }

    /// "would require", "already covers": modals and adverbs between a policy and its verb, or before a breach.
    private static let wordsBeforeVerb: Set<String> = ["would", "will", "could", "may", "also", "already", "now", "still"]
    private static let obligingVerbs: Set<String> = [
        "require", "requires", "required", "commit", "commits", "committed", "oblige", "obliges", "obliged", "force",
        "forces", "compel", "compels", "cover", "covers", "covered", "bar", "bars",
    ]

    /// Whether the name ending at `end` follows "by", past articles and its owner's possessive.
    private func isAgent(endingAt end: Int) -> Bool {
        guard var start = mentions.last(where: { $0.mention.tokens.upperBound == end })?.mention.tokens.lowerBound else { return false }
        while let owner = mentions.last(where: { $0.mention.tokens.upperBound == start && $0.mention.isPossessive }) {
            start = owner.mention.tokens.lowerBound
        }
        while start > 0, Self.articles.contains(tokens[start - 1].lowercased) { start -= 1 }
        return start > 0 && tokens[start - 1].lowercased == "by"
    }

    /// "Environment Minister Helen Marsh refused the application under the
    /// Act": a person who leads or belongs to a state or its body acts for it.
    private func servesState(_ person: Int) -> Bool {
        guard kind(person) == .person else { return false }
        // "Labour Minister Danielle Tremblay used her powers under Section 107": a minister holds the state's office.
        if mentions.contains(where: { $0.entity == person && $0.mention.role.map(Self.isStateOffice) == true }) { return true }
        let ties = (tiesOfPerson[person] ?? []).union(found.lazy.filter {
            $0.source == person && ($0.type == .leads || $0.type == .memberOf)
        }.map(\.target))
        return ties.contains { kind($0) == .country || isStateBody($0) }
    }

    /// A body whose name says the state governs through it: a ministry, an
    /// office, a court, a regulator (not an army: "the National Liberation
    /// Army" is no state's).
    private func isStateBody(_ entity: Int) -> Bool {
        kind(entity) == .organization && entities[entity].name.words.contains { Self.authorityHeads.contains(String($0)) }
    }

    private static let authorityHeads: Set<String> = [
        "Administration", "Agency", "Assembly", "Authority", "Bureau", "Cabinet", "Commission", "Congress", "Court",
        "Department", "Directorate", "Inspectorate", "Legislature", "Ministry", "Office", "Parliament", "Police",
        "Regulator", "Secretariat", "Senate", "Treasury", "Tribunal",
    ]

    private static func isStateOffice(_ role: Mention.Role) -> Bool {
        role.kind == .headOfState || role.title.lowercased().contains("minister")
    }

    private static let relativeOpeners: Set<String> = ["which", "who", "that", "whose"]
}
