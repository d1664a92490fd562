import NewsGraphCore

/// Relations from verbs and nouns with a subject and an object in one clause,
/// and from designations.
extension SentenceContext {
    /// A relation verb or noun with the nearest name before it as subject and
    /// the first name after it as object; passives swap them. Triggers at
    /// `skipping` were read from the sentence's parse.
    mutating func findVerbFrames(skipping: Set<Int> = []) {
        var index = 0
        while index < tokens.count {
            guard let (found, length) = trigger(at: index) else {
                index += 1
                continue
            }
            defer { index += length }
            var type = found
            // "try to block funding for X", "cut support for X", "would oppose funding for X":
            // stopping or refusing support opposes.
            if type == .supports, tokens[max(0, index - 2)..<index].contains(where: {
                Self.stoppingVerbs.contains($0.lowercased) && $0.punctuationAfter == nil
            }) {
                type = .opposes
            }
            if isRefused(type, at: index) { type = .opposes }
            if insideMention(index) || skipping.contains(index) { continue }
            let after = index + length
            if tokens[index].lowercased.hasPrefix("designat") {
                findDesignation(by: subject(before: index)?.0, after: after, trigger: index)
                continue
            }
            if tokens[after - 1].lowercased == "between" {
                findBetween(type, after: after, trigger: index)
                continue
            }
            // "Kenya won support from the World Bank", "faced criticism from China", "built with the
            // backing of the World Bank": a stance noun's "from" (or "of", after "with") names who
            // holds the stance; the clause's subject is what it is about.
            if type == .supports || type == .opposes, parsedTags?[index] == .noun, after + 1 < tokens.count,
               tokens[after].lowercased == "from"
                || tokens[after].lowercased == "of" && tokens[max(0, index - 3)..<index].contains(where: { $0.lowercased == "with" }),
               tokens[index].punctuationAfter == nil {
                // "criticism from the far-right Alternative for Germany": past a word or two describing the holder.
                let start = tokens[after + 1].lowercased == "the" ? after + 2 : after + 1
                if let holder = mentions.first(where: { (start...start + 2).contains($0.mention.tokens.lowerBound) }),
                   tokens[start..<holder.mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }),
                   !isAdjective(holder.entity, at: holder.mention.tokens.lowerBound),
                   let (subject, _) = subject(before: index), subject != holder.entity {
                    add(holder.entity, type, subject, 0.6, at: index)
                }
                continue
            }
            if Self.holderNouns.contains(tokens[index].lowercased), readHolderNoun(type, at: index) { continue }
            // "Japan has faced criticism at UN conferences": who faces, draws or receives
            // a stance is its object, not its actor.
            if (max(0, index - 3)..<index).contains(where: { Self.receivingVerbs.contains(tokens[$0].lowercased) }),
               !tokens[max(0, index - 3)..<index].contains(where: { $0.punctuationAfter != nil }) {
                continue
            }
            // "U.S. investment fund Bramblecrest": a noun right before a name says what the
            // name is; a relation noun takes its object after a preposition ("sanctions on X").
            // Not after "to" or an auxiliary: "threatened to sanction Azerbaijan", however tagged, is a verb.
            // A body's noun after a noun or an adjective is one however tagged: "investment fund".
            if let parsedTags, length == 1, index > 0, parsedTags[index] == .noun
                || lexicon.cues.bodyDescriptors.contains(tokens[index].lowercased) && [.noun, .properNoun, .adjective].contains(parsedTags[index - 1]),
               parsedTags[index - 1] != .auxiliary,
               tokens[index - 1].lowercased != "to", tokens[index].punctuationAfter == nil,
               mentions.contains(where: { $0.mention.tokens.lowerBound == after }) {
                continue
            }
            let isMembership = type == .leads || type == .memberOf
            if isMembership, after < tokens.count, tokens[after].lowercased == "to" { continue }
            guard var subject = subject(before: index) ?? policyMeant(byItBefore: index) else { continue }
            // "Raúl Bustamante, who heads the ministry, said it had suspended": "it" is the body the speaker serves.
            if kind(subject.0) == .person, let it = (subject.1..<index).first(where: { tokens[$0].lowercased == "it" }), it > 0,
               Self.sayingVerbs.contains(tokens[it - 1].lowercased) || tokens[it - 1].lowercased == "that" {
                guard let body = self.found.last(where: {
                    $0.source == subject.0 && [.leads, .memberOf].contains($0.type) && kind($0.target) == .organization
                }) else { continue }
                subject = (body.target, it + 1)
            }
            if type == .targets, !entities[subject.0].isGroup { targeter = subject.0 }
            var named = object(after: after, within: isMembership ? 3 : 8)
            if type == .meets, Self.tellingVerbs.contains(tokens[index].lowercased) || tokens[index].lowercased == "addressed",
               named.map({ $0.1 > after + 3 }) ?? true, let legislature = legislatureAddressed(at: after) {
                named = legislature
            }
            // "the head of Lisbon's Santa Maria hospital" heads what the possessive owns, not its owner.
            if isMembership, let owner = named, let item = mentions.first(where: { $0.mention.tokens.lowerBound == owner.1 }),
               item.mention.isPossessive, case let next = item.mention.tokens.upperBound, next < tokens.count, tokens[next].isCapitalized {
                guard let owned = nameOwned(by: item) else { continue }
                named = (owned.entity, next)
            }
            // "was signed in Tashkent by X": past where it was done, the passive's agent.
            if let place = named, kind(place.0) == .location,
               let end = mentions.first(where: { $0.mention.tokens.lowerBound == place.1 })?.mention.tokens.upperBound,
               end + 1 < tokens.count, tokens[end].lowercased == "by", tokens[end - 1].punctuationAfter == nil,
               let agent = object(after: end + 1, within: 4), isPassive(at: index, agent: agent.1) {
                named = agent
            }
            // "would join any strike called by the federation": another verb's agent is no object.
            if let agent = named, tokens[after..<agent.1].contains(where: { $0.lowercased == "by" }), !isPassive(at: index, agent: agent.1) {
                named = nil
            }
            // "Brazil didn't back Venezuela", "never met": a denied act is none; not
            // "X, of which Ethiopia is not, welcomed": a comma closes what "not" denies.
            let near = max(subject.1, index - 3)
            let verbClause = (tokens[near..<index].lastIndex { $0.punctuationAfter == "," }).map { $0 + 1 } ?? near
            if tokens[verbClause..<index].contains(where: { $0.endsInNot || Self.denials.contains($0.lowercased) }) {
                continue
            }
            // "sanctions against the same four officials", "met the three leaders": each of them.
            if named.map({ $0.1 > after + 1 }) ?? true, let group = group(near: after), !entities[subject.0].isGroup {
                for member in group.members { add(subject.0, type, member, 0.6, at: index) }
                continue
            }
            // "A and B will meet" or "met in Paris" (a place is where, not whom);
            // not "after the meeting": a verb, close after its subject.
            if type == .meets, named.map(isPlaceOfMeeting) ?? true {
                guard !Self.determiners.contains(tokens[index - 1].lowercased), index - subject.1 <= 3,
                      tokens[subject.1..<index].allSatisfy({ $0.punctuationAfter == nil })
                else { continue }
                findMeetingPartners(subject, trigger: index)
                continue
            }
            let isStance = type == .opposes || type == .supports
            // "accused the government of ignoring an agreement": the government is what the verb acts on;
            // "welcomed the Senate vote": the policy voted on, not the voters.
            guard var object = (isStance ? governmentsAct(after: after) ?? policyVotedOn(after: after) : nil) ?? named ?? (isStance ? agentOfAct(after: after) : nil)
                ?? proposerMeant(after: after)
                ?? (isStance || type == .enacts ? policyMeant(byItAt: after, subject: subject.0) ?? policyBeforeWhich(subject) : nil)
                ?? (isMembership && kind(subject.0) == .person ? bodyBeforeWhich(subject, verb: index) : nil)
                ?? (type == .targets && isAgentlessPassive(at: index) ? announcer(after: after) : nil)
            else { continue }
            // "pushed for Figueroa's removal": wanting someone's fall is a stance against them.
            if type == .supports, isFall(of: object.0, namedAt: object.1) { type = .opposes }
            // "led by Swedish member of the European Parliament Karin Lindqvist": the title's holder,
            // named right after it, is the member.
            if isMembership, let named = mentions.first(where: { $0.mention.tokens.lowerBound == object.1 }), !named.mention.isPossessive,
               case let end = named.mention.tokens.upperBound, tokens[end - 1].punctuationAfter == nil,
               let holder = mentions.first(where: { $0.mention.tokens.lowerBound == end && kind($0.entity) == .person }) {
                add(holder.entity, type, object.0, 0.75, at: index)
                continue
            }
            let isPassive = isPassive(at: index, agent: object.1)
            // "a stadium proposal backed by the mayor": what is acted on is the
            // noun before the participle; a name further back is not it. An
            // outlet that saw or quoted something reports its actor, though.
            // "Syrian government forces, backed by Russia": a state's forces are the state acting.
            let standsForState = kind(subject.0) == .country
            if isPassive, type != .reported, !tokens[subject.1..<index].allSatisfy({
                isPassiveFiller($0) || standsForState && ($0.roles.contains(.governmentNoun) || lexicon.cues.forceNouns.contains($0.lowercased))
            }), !(kind(subject.0) == .policy && isApposedNoun(subject.1..<index)) { continue }
            // "condemned the attack on Ukraine": an act named as what a stance
            // verb is about is not the subject's own act ("launched an
            // attack on" and "ordered strikes on" are).
            if index > 0, Self.determiners.contains(tokens[index - 1].lowercased),
               (subject.1..<index).contains(where: { trigger(at: $0).map { Self.stanceTypes.contains($0.type) } ?? false }) {
                continue
            }
            // "sanctions on four Georgian officials", "commander of the Georgian
            // police": a demonym before a noun describes what is acted on; it is not it.
            // But "condemned Russian aggression", "welcomed Chinese investment":
            // a stance on a state's act is a stance on the state.
            // "imposed tariffs on Colombian goods": a duty on a state's trade targets the state.
            let isTrade = type == .targets && kind(object.0) == .country && describesTrade(object.1)
            if !isPassive, !isTrade, isAdjective(object.0, at: object.1), !(type == .opposes || type == .supports) || !isAct(at: object.1 + 1) {
                // "met his Turkish counterpart Mevlut Cavusoglu" meets the person; "worked at
                // the German software company Altmark" belongs to the company.
                guard let demonym = mentions.first(where: { $0.mention.tokens.lowerBound == object.1 }) else { continue }
                if let (person, _) = titledPerson(after: demonym) {
                    object = (person.entity, person.mention.tokens.lowerBound)
                } else if isMembership, let body = describedBody(after: demonym) {
                    object = (body.entity, body.mention.tokens.lowerBound)
                } else {
                    continue
                }
            }
            if isPassive, isAdjective(subject.0, at: subject.1 - 1) { continue }
            // "backed by U.S. venture capital firm Halcyon": the agent is the body its country describes.
            if isPassive, kind(object.0) == .country, let agent = mentions.first(where: { $0.mention.tokens.lowerBound == object.1 }),
               let body = describedBody(after: agent) {
                object = (body.entity, body.mention.tokens.lowerBound)
            }
            // "signed by Japan's ambassador to Thailand, Kenji Morimoto": the agent is the
            // title's holder, and a policy signed is its owner's act too.
            if isPassive, let agent = mentions.first(where: { $0.mention.tokens.lowerBound == object.1 }),
               let holder = holderOfPossessiveTitle(agent) {
                if type == .enacts || type == .targets, kind(subject.0) == .policy { add(agent.entity, .enacts, subject.0, 0.65, at: index) }
                object = (holder.entity, holder.mention.tokens.lowerBound)
            }
            // "Three Dutch parties signed": a demonym before people who are not the state's describes them.
            if !isPassive, isAdjective(subject.0, at: subject.1 - 1), !actsForState(at: subject.1) { continue }
            if isPassive { swap(&subject, &object) }
            // "Whyte has been banned for four years, the AIU said": a passive with no agent
            // acts on its subject; a name after it is no object. The authority that
            // announces a ban or a charge is the one that imposed it.
            if !isPassive, !isMembership, subject.1 < index, isAgentlessPassive(at: index) {
                let end = mentions.first { $0.mention.tokens.lowerBound == object.1 }.map(endPastAcronym) ?? object.1 + 1
                guard type == .targets, end < tokens.count, Self.sayingVerbs.contains(tokens[end].lowercased),
                      [.organization, .country].contains(kind(object.0))
                else { continue }
                swap(&subject, &object)
                add(subject.0, type, object.0, 0.6, at: index)
                continue
            }
            // A place of action ("strikes in Mexico", "on Mexican soil", "meet in
            // the Ethiopian capital") is not what is acted on.
            var beforeObject = object.1 - 1
            while beforeObject > after, Self.articles.contains(tokens[beforeObject].lowercased) { beforeObject -= 1 }
            if !isPassive, object.1 > after, Self.placePrepositions.contains(tokens[beforeObject].lowercased) {
                continue
            }
            // "would challenge the levy at the Supreme Court": a court after "at" or
            // "before" is where the stance is taken, not what it is about.
            if !isPassive, object.1 > after, ["at", "before"].contains(tokens[beforeObject].lowercased),
               entities[object.0].name.words.contains(where: { Self.courtWords.contains(String($0)) }) {
                continue
            }
            // Groups are acted on; as subjects they are mostly a nearby mention, not the actor.
            if entities[subject.0].isGroup { continue }
            // Only an outlet reports ("according to" a think tank cites data, and
            // its object is the reporter anyway): outlets are read by findSources.
            if type == .reported, !isOutlet(subject.0) { continue }
            // "told El País" is a source, found by findSources.
            if type == .meets, isOutlet(object.0) { continue }
            let distance = (object.1 - subject.1)
            let confidence = distance <= 8 ? 0.75 : 0.6
            // "A and B signed X", "praised A and B": each conjunct takes part. A title set off
            // by a comma is the last one's: "Mwape and Beatrice Lungu, general secretary of ZUTU".
            let titlesLast = isMembership && !isPassive && tokens[subject.1 - 1].punctuationAfter == ","
            for other in conjuncts(of: isPassive ? object.0 : subject.0, endingAt: isPassive ? object.1 : subject.1, before: true)
            where !titlesLast {
                add(other, type == .targets && kind(object.0) == .policy ? .enacts : type, isPassive ? subject.0 : object.0, confidence - 0.1, at: index)
            }
            for other in conjuncts(of: object.0, endingAt: object.1, before: false) where !isPassive && kind(object.0) != .policy {
                add(subject.0, type, other, confidence - 0.1, at: index)
            }
            // "was signed by Vanuatu, Samoa and New Zealand": each agent acts.
            for other in conjuncts(of: subject.0, endingAt: subject.1, before: false) where isPassive {
                add(other, type == .targets && kind(object.0) == .policy ? .enacts : type, object.0, confidence - 0.1, at: index)
            }
            if type == .enacts || type == .targets, kind(object.0) == .policy {
                add(subject.0, .enacts, object.0, confidence, at: index)
                // "sanctions on Russia", not "signed ... at the parliament in The Hague".
                // Nor "signed a memorandum with the Indonesian developer X": a partner, and a demonym that describes.
                // "negotiate changes to the plan with the European Commission": past its article, the partner's "with".
                // "violates Convention 169 of the International Labour Organization": its issuer.
                if let aimedAt = self.object(after: object.1 + 1), aimedAt.0 != subject.0, kind(aimedAt.0) != .policy,
                   !isAdjective(aimedAt.0, at: aimedAt.1),
                   case let before = (0..<aimedAt.1).last(where: { !Self.articles.contains(tokens[$0].lowercased) }),
                   before.map({ !Self.placePrepositions.contains(tokens[$0].lowercased) && !["at", "with", "of"].contains(tokens[$0].lowercased) }) ?? true {
                    add(object.0, .appliesTo, aimedAt.0, confidence - 0.1, at: index)
                    add(subject.0, .targets, aimedAt.0, confidence - 0.1, at: index)
                }
            } else if type == .leads, !isPassive, ownsPart(object) || isOneOfMany(endingAt: index)
                        || kind(subject.0) == .person && headsAField(after: index + 1)
                        || kind(object.0) == .country && tokens[index].lowercased == "minister" {
                // "leads the Colombian government's team": a part of the state, whose leader belongs
                // to it; "a regional leader of CONAIE": one of its leaders; "head of oil research at
                // Harwood": of a part of it; "a former foreign minister of Ghana" serves the state (a
                // prime minister is read as "prime minister of").
                add(subject.0, .memberOf, object.0, confidence, at: index)
            } else {
                add(subject.0, type, object.0, confidence, at: index)
                // "blocked Helvara's planned acquisition of Weserbergland": what the deal would buy is acted on too.
                if !isPassive, type == .targets || type == .opposes, let bought = acquired(after: object) {
                    add(subject.0, type, bought, confidence - 0.1, at: index)
                }
            }
        }
    }

    /// "Helvara Kliniken's planned acquisition of Weserbergland Kliniken":
    /// the body a buyer's deal, named by its possessive, would buy.
    private func acquired(after buyer: (Int, Int)) -> Int? {
        guard let item = mentions.first(where: { $0.entity == buyer.0 && $0.mention.tokens.lowerBound == buyer.1 }),
              item.mention.isPossessive, case let start = item.mention.tokens.upperBound,
              let deal = (start..<min(tokens.count, start + 3)).first(where: { Self.acquisitionNouns.contains(tokens[$0].lowercased) }),
              tokens[start..<deal].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }),
              deal + 2 < tokens.count, tokens[deal].punctuationAfter == nil, tokens[deal + 1].lowercased == "of"
        else { return nil }
        let target = tokens[deal + 2].lowercased == "rival" || tokens[deal + 2].lowercased == "the" ? deal + 3 : deal + 2
        return mentions.first { $0.mention.tokens.lowerBound == target && kind($0.entity) == .organization }?.entity
    }

    private static let acquisitionNouns: Set<String> = ["acquisition", "takeover", "purchase", "buyout"]

    /// "refused to back a Saudi proposal", "declined to sign the agreement":
    /// support or an act withheld opposes.
    func isRefused(_ type: RelationType, at index: Int) -> Bool {
        (type == .supports || type == .enacts) && index >= 2 && tokens[index - 1].lowercased == "to"
            && Self.refusingVerbs.contains(tokens[index - 2].lowercased)
    }

    /// "Whyte has been banned for four years after testing positive for an
    /// anabolic steroid, the Athletics Integrity Unit (AIU) said": the body
    /// or state that announces what the clause reports, however far on.
    private func announcer(after start: Int) -> (Int, Int)? {
        mentions.first { item in
            let begin = item.mention.tokens.lowerBound
            let end = endPastAcronym(item)
            return begin > start && [.organization, .country].contains(kind(item.entity)) && end < tokens.count
                && Self.sayingVerbs.contains(tokens[end].lowercased)
                && (begin - 1...begin).contains { $0 > 0 && tokens[$0 - 1].punctuationAfter == "," }
        }.map { ($0.entity, $0.mention.tokens.lowerBound) }
    }

    /// Where a name ends, past the acronym in brackets after it: "the Athletics Integrity Unit (AIU)".
    private func endPastAcronym(_ item: RelationExtractor.Resolved) -> Int {
        let end = item.mention.tokens.upperBound
        return end < tokens.count && tokens[end].isAllCaps && tokens[end].punctuationAfter == ")" ? end + 1 : end
    }

    /// Whether an indefinite article opens the title noun at `index`, at most one word before it.
    private func isOneOfMany(endingAt index: Int) -> Bool {
        guard let article = (max(0, index - 2)..<index).last(where: { ["a", "an"].contains(tokens[$0].lowercased) }),
              tokens[article..<index].allSatisfy({ $0.punctuationAfter == nil })
        else { return false }
        return isOneOfMany(tokens[article...index].map(\.lowercased))
    }

    /// Whether the name at `object` owns the lower-case noun after it: "the
    /// Colombian government's team", "the party's youth wing", "the Senate
    /// health committee".
    private func ownsPart(_ object: (Int, Int)) -> Bool {
        guard let owner = mentions.first(where: { $0.mention.tokens.lowerBound == object.1 }) else { return false }
        var next = owner.mention.tokens.upperBound
        // "chairs the Senate health committee": a noun for a part, at most two words after the name.
        if !owner.mention.isPossessive, owner.mention.tokens.last.map({ tokens[$0].punctuationAfter == nil }) == true,
           let part = tokens[next..<min(tokens.count, next + 2)].firstIndex(where: { lexicon.cues.partNouns.contains($0.lowercased) }),
           tokens[next...part].allSatisfy({ !$0.isCapitalized }), tokens[next..<part].allSatisfy({ $0.punctuationAfter == nil }) {
            return true
        }
        // "the Colombian government's team": the state by its government.
        if !owner.mention.isPossessive {
            guard next < tokens.count, tokens[next].roles.contains(.governmentNoun), tokens[next].isPossessive else { return false }
            next += 1
        }
        return next < tokens.count && !tokens[next].isCapitalized && !insideMention(next)
    }

    /// Whether the verb at `verb` is passive with its agent at `agent`: "was
    /// killed in a raid by US forces", "was reportedly backed by Iran", or
    /// after a comma "the SDF, backed by the United States,".
    private func isPassive(at verb: Int, agent: Int) -> Bool {
        guard verb > 0, agent > verb else { return false }
        let isParticiple = followsPassiveAuxiliary(verb)
            || tokens[verb].lowercased.hasSuffix("ed") && (tokens[verb - 1].punctuationAfter == "," || tokens[verb + 1].lowercased == "by")
        var beforeAgent = agent - 1
        // "by the mayor", "by Mayor Mike Johnston": articles and titles stand between.
        while beforeAgent > verb, Self.articles.contains(tokens[beforeAgent].lowercased) || tokens[beforeAgent].roles.contains(.titleStart) {
            beforeAgent -= 1
        }
        // "assassinated by a suicide bomber of the Tamil Tigers": the agent's body after "of".
        if tokens[beforeAgent].lowercased == "of", let by = (verb + 1..<beforeAgent).first(where: { tokens[$0].lowercased == "by" }),
           by <= verb + 2, beforeAgent - by <= 4, tokens[verb..<beforeAgent].allSatisfy({ $0.punctuationAfter == nil }) {
            beforeAgent = by
        }
        // "by Uzbek Transport Minister Jasur Karimov": a title with its scope, capitalized, before the name.
        if tokens[beforeAgent].lowercased != "by", let by = (max(verb + 1, agent - 5)..<agent).last(where: { tokens[$0].lowercased == "by" }),
           case let title = tokens[(by + 1)..<agent], title.allSatisfy({ $0.isCapitalized && $0.punctuationAfter == nil }),
           title.contains(where: { !$0.roles.isDisjoint(with: .title) }) {
            beforeAgent = by
        }
        return isParticiple && tokens[beforeAgent].lowercased == "by"
    }

    /// "has been banned", "were arrested": a participle after a passive auxiliary.
    private func isAgentlessPassive(at verb: Int) -> Bool {
        (tokens[verb].lowercased.hasSuffix("ed") || tokens[verb].lowercased.hasSuffix("en")) && followsPassiveAuxiliary(verb)
    }

    /// "was backed", "has been quietly bought": a passive auxiliary right before the verb, or before its adverb.
    func followsPassiveAuxiliary(_ verb: Int) -> Bool {
        guard verb > 0 else { return false }
        var before = verb - 1
        if tokens[before].lowercased.hasSuffix("ly"), before > 0 { before -= 1 }
        return Self.passiveAuxiliaries.contains(tokens[before].lowercased)
    }

    /// The words a passive verb's subject may stand apart by: "was also
    /// rejected", "had been strongly backed".
    func isPassiveFiller(_ token: Token) -> Bool {
        let word = token.lowercased
        return Self.passiveAuxiliaries.contains(word) || word.hasSuffix("ly") || Self.passiveAdverbs.contains(word)
    }

    private static let denials: Set<String> = ["not", "never"]
    private static let stoppingVerbs: Set<String> = [
        "block", "blocked", "blocking", "blocks", "cut", "cuts", "cutting", "halt", "halted", "halting", "halts", "end",
        "ended", "ending", "ends", "withdraw", "withdrew", "withdrawn", "withdrawing", "suspend", "suspended",
        "suspending", "freeze", "froze", "frozen", "freezing", "stop", "stopped", "stopping", "scrap", "scrapped",
        "oppose", "opposed", "opposes", "opposing", "reject", "rejected", "rejects", "rejecting",
    ]
    private static let refusingVerbs: Set<String> = ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining"]
    private static let receivingVerbs: Set<String> = [
        "faced", "faces", "face", "facing", "drew", "draws", "drawn", "received", "receives", "attracted", "attracts",
        "sparked", "prompted",
    ]
    private static let passiveAdverbs = ["also", "already", "then", "later", "since", "had", "has", "have", "not", "never", "be"]
    /// Articles and possessive determiners before a noun: "the", "its", "her".
    static let determiners = ["the", "a", "an", "its", "their", "his", "her"]
    private static let stanceTypes: [RelationType] = [.opposes, .supports, .meets]

    // Arrays: a few short words are compared faster than one is hashed.
    /// The auxiliaries of a passive: "was backed", "will be named".
    static let passiveAuxiliaries = ["was", "were", "been", "being", "is", "are", "be"]
    private static let placePrepositions = ["in", "inside", "within", "across", "throughout", "on"]

    /// The mentions joined to `entity` by "and", with the rest of a comma
    /// list that ends in it: before it for subjects (`position` is the end of
    /// the subject), after it for objects (`position` is the object's start).
    func conjuncts(of entity: Int, endingAt position: Int, before: Bool) -> [Int] {
        guard let item = mentions.first(where: {
            $0.entity == entity && (before ? $0.mention.tokens.upperBound == position : $0.mention.tokens.lowerBound == position)
        }) else { return [] }
        if before {
            // Skip the subject's own title scope ("Polish Prime Minister Anna Kowalczyk").
            let start = mentions.filter { isTitleScope($0) && $0.mention.tokens.upperBound <= item.mention.tokens.lowerBound
                && item.mention.tokens.lowerBound - $0.mention.tokens.upperBound <= 3 }.map(\.mention.tokens.lowerBound).min()
                ?? item.mention.tokens.lowerBound
            // "the United States and the EU signed": past an article before the name.
            let joint = start > 1 && tokens[start - 1].lowercased == "the" ? start - 1 : start
            guard joint > 1, tokens[joint - 1].lowercased == "and",
                  var other = mentions.last(where: { $0.mention.tokens.upperBound == joint - 1 && kind($0.entity) == kind(entity) })
            else { return [] }
            // "Fiji, Samoa, Tonga and Vanuatu signed": the names before it in the list, each set off by a comma.
            var joined = [other.entity]
            while let previous = listItem(before: other.mention.tokens.lowerBound, kind: kind(entity)), joined.count < 12 {
                joined.append(previous.entity)
                other = previous
            }
            return joined
        }
        var end = item.mention.tokens.upperBound
        var joined: [Int] = []
        // "met Ruto, Museveni and Hassan": the names after it in the list, then the one after "and".
        while let next = listItem(after: end, kind: kind(entity)), joined.count < 12 {
            joined.append(next.entity)
            end = next.mention.tokens.upperBound
        }
        guard end + 1 < tokens.count, tokens[end].lowercased == "and" else { return [] }
        // "a member of both NATO and the EU".
        let next = tokens[end + 1].lowercased == "the" ? end + 2 : end + 1
        guard let first = mentions.first(where: { $0.mention.tokens.lowerBound == next }) else { return [] }
        // "by New Zealand Immigration Minister Aroha Tipene and Australian Home Affairs Minister Claire Donnelly".
        let other = kind(entity) == .person && kind(first.entity) != .person ? titleHolder(scopedBy: first) : first
        guard let other, kind(other.entity) == kind(entity) else { return [] }
        return joined + [other.entity]
    }

    /// The name of `kind` that ends with a comma right before `start` (past an article).
    private func listItem(before start: Int, kind wanted: EntityKind) -> RelationExtractor.Resolved? {
        let joint = start > 0 && tokens[start - 1].lowercased == "the" ? start - 1 : start
        guard joint > 0 else { return nil }
        return mentions.last {
            $0.mention.tokens.upperBound == joint && tokens[joint - 1].punctuationAfter == "," && kind($0.entity) == wanted
                && !isDemonym($0.mention)
        }
    }

    /// The name of `kind` after the comma that ends the name ending at `end` (past an article).
    /// Not "Philippine, Japanese and Australian navies": adjectives of a noun after the list.
    /// A person may be named after the title's scope: ", Thai Interior Ministry permanent secretary X".
    private func listItem(after end: Int, kind wanted: EntityKind) -> RelationExtractor.Resolved? {
        guard end > 0, end < tokens.count, tokens[end - 1].punctuationAfter == "," else { return nil }
        let next = tokens[end].lowercased == "the" ? end + 1 : end
        guard let item = mentions.first(where: { $0.mention.tokens.lowerBound == next }) else { return nil }
        if wanted == .person, kind(item.entity) != .person, let holder = titleHolder(scopedBy: item), kind(holder.entity) == .person {
            return holder
        }
        return kind(item.entity) == wanted && !isDemonym(item.mention) ? item : nil
    }

    /// "Japan's ambassador to Thailand, Kenji Morimoto", "the union's general
    /// secretary Ana Reis": the person who holds the title a possessive owner
    /// names, up to a comma and a place the title is to or in.
    func holderOfPossessiveTitle(_ owner: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        guard owner.mention.isPossessive, [.country, .organization].contains(kind(owner.entity)) else { return nil }
        let start = owner.mention.tokens.upperBound
        guard var end = (1...4).reversed().map({ start + $0 }).first(where: { end in
            end <= tokens.count && tokens[start..<end].allSatisfy { !$0.isCapitalized }
                && tokens[start..<(end - 1)].allSatisfy { $0.punctuationAfter == nil } && isTitleWords(tokens[start..<end])
        }) else { return nil }
        // "to Thailand", "in Geneva": where the title serves.
        if end + 1 < tokens.count, tokens[end - 1].punctuationAfter == nil, ["to", "in"].contains(tokens[end].lowercased),
           let place = mentions.first(where: { $0.mention.tokens.lowerBound == end + 1 && [.country, .location].contains(kind($0.entity)) }) {
            end = place.mention.tokens.upperBound
        }
        return mentions.first {
            $0.mention.tokens.lowerBound == end && kind($0.entity) == .person && tokens[end - 1].punctuationAfter.map { $0 == "," } ?? true
        }
    }

    private func isDemonym(_ mention: Mention) -> Bool {
        lexicon.isDemonym(mention.surface)
    }

    /// "X's designation of Y as Z": X enacts Z, Z applies to Y, X targets Y.
    /// With no "as", "the FCDO designated Stoyanov and three companies under
    /// the regulations": X targets whom it names right after the verb.
    mutating func findDesignation(by designator: Int?, after index: Int, trigger: Int) {
        guard let asIndex = tokens[index...].prefix(12).firstIndex(where: { $0.lowercased == "as" }),
              let policy = mentions.first(where: { $0.mention.tokens.lowerBound == asIndex + 1 && kind($0.entity) == .policy })
        else {
            guard let designator, index < tokens.count, tokens[trigger].lowercased.hasSuffix("ed") else { return }
            // "Golden Tide was designated by the U.S. Treasury Department": the agent designates the subject.
            if tokens[index].lowercased == "by", trigger > 0, Self.passiveAuxiliaries.contains(tokens[trigger - 1].lowercased) {
                let start = index + 1 < tokens.count && tokens[index + 1].lowercased == "the" ? index + 2 : index + 1
                if let agent = mentions.first(where: { $0.mention.tokens.lowerBound == start && kind($0.entity) != .policy }) {
                    add(agent.entity, .targets, designator, 0.75, at: trigger)
                }
                return
            }
            var word = index
            for named in mentions where named.mention.tokens.lowerBound >= index {
                guard named.mention.tokens.lowerBound - word <= 3,
                      tokens[word..<named.mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized && $0.lowercased != "as" }),
                      [.person, .organization].contains(kind(named.entity))
                else { break }
                add(designator, .targets, named.entity, 0.75, at: trigger)
                word = named.mention.tokens.upperBound
                if tokens[word - 1].punctuationAfter.map({ $0 != "," }) ?? false { break }
            }
            return
        }
        if let designator { add(designator, .enacts, policy.entity, 0.85, at: trigger) }
        for designated in mentions where (index..<asIndex).contains(designated.mention.tokens.lowerBound) {
            add(policy.entity, .appliesTo, designated.entity, 0.85, at: trigger)
            if let designator { add(designator, .targets, designated.entity, 0.8, at: trigger) }
        }
    }

    func trigger(at index: Int) -> (type: RelationType, length: Int)? { triggers[index] }

    /// "told parliament", "told the House", "addressed the assembly": the
    /// article's one legislature, addressed by its noun.
    private func legislatureAddressed(at start: Int) -> (Int, Int)? {
        var word = start
        if word < tokens.count, tokens[word].lowercased == "the" { word += 1 }
        if let owner = mentions.first(where: { $0.mention.tokens.lowerBound == word }), owner.mention.isPossessive,
           kind(owner.entity) == .country {
            word = owner.mention.tokens.upperBound
        }
        guard word < tokens.count, mentions.allSatisfy({ !$0.mention.tokens.contains(word) }),
              MentionRecognizer.legislatureNouns.contains(tokens[word].lowercased) || ["assembly", "house"].contains(tokens[word].lowercased),
              let legislature = soleLegislature
        else { return nil }
        return (legislature, word)
    }

    /// "welcomed the government's decision", "accused the government of
    /// ignoring": the state the article is about, when no name says which.
    private func governmentsAct(after index: Int) -> (Int, Int)? {
        guard let mainCountry, index + 1 < tokens.count, tokens[index].lowercased == "the",
              tokens[index + 1].roles.contains(.governmentNoun)
        else { return nil }
        let next = index + 2
        if tokens[index + 1].isPossessive {
            guard next < tokens.count, isProposalNoun(next) || isAct(at: next) else { return nil }
        } else if next + 1 < tokens.count, tokens[next].lowercased == "of", tokens[next + 1].isCapitalized {
            return nil  // "the government of Chile" names its state
        }
        return (mainCountry, index + 1)
    }

    /// "condemned the strikes by Russia": the agent of the act a stance verb
    /// is about, named by "by" right after the act's noun.
    private func agentOfAct(after index: Int) -> (Int, Int)? {
        var act = index
        while act < tokens.count, Self.determiners.contains(tokens[act].lowercased) { act += 1 }
        guard act + 2 < tokens.count, isAct(at: act), tokens[act].punctuationAfter == nil, tokens[act + 1].lowercased == "by"
        else { return nil }
        var start = act + 2
        if tokens[start].lowercased == "the" { start += 1 }
        return mentions.first { $0.mention.tokens.lowerBound == start && kind($0.entity) != .policy }
            .map { ($0.entity, $0.mention.tokens.lowerBound) }
    }

    /// Whether the noun at `index` names an act ("aggression", "intervention",
    /// "strikes", "plan") rather than people or things ("officials", "police"):
    /// a relation word, a noun made from a verb, or one of the cues' act nouns.
    func isAct(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        var word = tokens[index].lowercased
        if word.hasSuffix("s") { word.removeLast() }
        return trigger(at: index) != nil || lexicon.cues.actNouns.contains(word)
            || Self.actSuffixes.contains { word.count > $0.count + 3 && word.hasSuffix($0) }
    }

    private static let actSuffixes = ["tion", "sion", "ment", "ence", "ance"]

    /// Whether the noun at `index`, after a demonym, is the state acting: its
    /// officials or forces ("Mexican officials", "Russian troops") or its act
    /// ("Russian strikes"); other nouns are people or things that only have
    /// the nationality ("Three Dutch parties", "Italian intermediary Marco Stellini").
    func actsForState(at index: Int) -> Bool {
        let word = tokens[index].lowercased
        return lexicon.cues.stateOffices.contains(word) || lexicon.cues.forceNouns.contains(word) || isAct(at: index)
            || !tokens[index].roles.isDisjoint(with: .title)
    }

    /// A country's demonym at `position` that modifies the lower-case noun after it.
    func isAdjective(_ entity: Int, at position: Int) -> Bool {
        guard kind(entity) == .country, position + 1 < tokens.count, tokens[position].punctuationAfter == nil,
              !tokens[position + 1].isCapitalized, lexicon.isDemonym(tokens[position].text)
        else { return false }
        // "the Syrian government", "the Iranian regime", "the Malian transitional
        // authorities" are the state itself.
        let nounPhrase = tokens[(position + 1)..<min(tokens.count, position + 3)]
        let end = nounPhrase.firstIndex { $0.punctuationAfter != nil || $0.isCapitalized }.map { $0 + 1 } ?? nounPhrase.endIndex
        if nounPhrase[..<end].contains(where: { $0.roles.contains(.governmentNoun) || $0.lowercased == "authorities" }) { return false }
        return !isStateNoun(at: position + 1)
    }

    /// "the case against the Dutch state was brought": "state" ending its
    /// noun phrase is the state; "Dutch state media" is the state's media.
    private func isStateNoun(at word: Int) -> Bool {
        guard tokens[word].lowercased == "state" else { return false }
        guard word + 1 < tokens.count, tokens[word].punctuationAfter == nil else { return true }
        let next = tokens[word + 1]
        return next.roles.contains(.preposition) || Self.stateNounFollowers.contains(next.lowercased)
    }

    private static let stateNounFollowers: Set<String> = [
        "was", "is", "has", "had", "will", "would", "must", "and", "or", "to", "that", "which", "who",
    ]

    /// "Kremlin critic Alexei Navalny", "Trump ally Steve Bannon": a noun for
    /// who holds a stance, right before a person's name, is that person's: the
    /// name before the noun is what the stance is on. "Conservative labour
    /// critic Gordon McLeod": with a field between, the noun is a portfolio,
    /// held for the body named before it. Returns whether it read the noun so.
    private mutating func readHolderNoun(_ type: RelationType, at index: Int) -> Bool {
        guard tokens[index].punctuationAfter == nil,
              let holder = mentions.first(where: { $0.mention.tokens.lowerBound == index + 1 }), kind(holder.entity) == .person
        else { return false }
        if let owner = mentions.first(where: { $0.mention.tokens.upperBound == index }), owner.entity != holder.entity,
           tokens[index - 1].punctuationAfter == nil {
            add(holder.entity, type, owner.entity, 0.7, at: index)
        } else if index > 1, !tokens[index - 1].isCapitalized, tokens[index - 1].punctuationAfter == nil,
                  let owner = mentions.first(where: { $0.mention.tokens.upperBound == index - 1 }), kind(owner.entity) == .organization,
                  tokens[index - 2].punctuationAfter == nil {
            add(holder.entity, .memberOf, owner.entity, 0.7, at: index)
        }
        return true
    }

    private static let holderNouns: Set<String> = ["critic", "critics", "opponent", "ally", "supporter", "backer"]

    func insideMention(_ index: Int) -> Bool {
        mentions.contains { $0.mention.tokens.contains(index) }
    }

    /// The subject: the nearest name before the trigger in the same clause,
    /// or the last person named when a pronoun stands there.
    func subject(before index: Int) -> (Int, Int)? {
        let clauseStart = tokens[..<index].lastIndex { $0.punctuationAfter == ";" }.map { $0 + 1 } ?? 0
        // "thanked Russia for its position and accused the RSF": a verb joined on by
        // "and" shares the subject of the relation verb before it, whose object stands between.
        if index >= 2, clauseStart < index - 1, tokens[index - 1].lowercased == "and", tokens[index - 2].punctuationAfter == nil,
           let earlier = (clauseStart..<(index - 1)).last(where: { trigger(at: $0) != nil && !insideMention($0) }),
           mentions.contains(where: { $0.mention.tokens.lowerBound > earlier && $0.mention.tokens.upperBound < index }) {
            return subject(before: earlier)
        }
        // "said Mauricio Pardo, director of think tank Fedesarrollo, who backed": "who" is a person.
        if let who = (max(clauseStart, index - 3)..<index).last(where: { tokens[$0].lowercased == "who" }), who > 0,
           text(after: who - 1).contains(","), tokens[(who + 1)..<index].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }),
           let person = mentions.last(where: {
               $0.mention.tokens.upperBound <= who && $0.mention.tokens.lowerBound >= clauseStart && kind($0.entity) == .person
           }) {
            return (person.entity, person.mention.tokens.upperBound)
        }
        // "Khan said 600 factories had shut, and accused the union of": a verb after ", and"
        // with no subject of its own shares the speaker's.
        if index >= 2, tokens[index - 1].lowercased == "and", tokens[index - 2].punctuationAfter == ",",
           let said = (clauseStart..<(index - 2)).last(where: { Self.sayingVerbs.contains(tokens[$0].lowercased) }),
           let speaker = subject(before: said), kind(speaker.0) == .person || kind(speaker.0) == .organization {
            return speaker
        }
        // "Ghedamsi told AFP, adding that the defence would appeal": the speaker goes on, not whom they told.
        if let adding = (clauseStart..<index).last(where: { ["adding", "saying"].contains(tokens[$0].lowercased) }), adding >= 2,
           tokens[adding - 1].punctuationAfter == ",",
           let said = (clauseStart..<(adding - 1)).last(where: { Self.sayingVerbs.contains(tokens[$0].lowercased) }),
           let speaker = subject(before: said), kind(speaker.0) == .person || kind(speaker.0) == .organization {
            return speaker
        }
        if let candidate = mentions.last(where: {
            $0.mention.tokens.upperBound <= index && $0.mention.tokens.lowerBound >= clauseStart
                && kind($0.entity) != .location && !isSourceOnly($0) && !isPrepositionalObject($0)
                && !isQuoted($0, before: index, from: clauseStart)
                && (!$0.mention.isPossessive || index - $0.mention.tokens.upperBound <= 2
                    || tokens[$0.mention.tokens.upperBound].roles.contains(.governmentNoun))
        }), case let inRelativeClause = closesRelativeClause(after: candidate, before: index),
           index - candidate.mention.tokens.upperBound <= 12 || inRelativeClause,
           inRelativeClause || !tokens[candidate.mention.tokens.upperBound..<index].contains(where: { $0.roles.contains(.clauseBreak) }) {
            // "Petra Lang, a Greens lawmaker in the Bundestag, opposed", "Hezbollah,
            // the Iran-backed Lebanese group, sent fighters to support": a name
            // inside an apposition describes the subject; it is not the subject.
            let closed = tokens[(candidate.mention.tokens.upperBound - 1)..<index].firstIndex { $0.punctuationAfter == "," }
            if let closed, let described = mentions.last(where: {
                let end = pastAbbreviation($0.mention.tokens.upperBound)
                return $0.mention.tokens.lowerBound >= clauseStart && end < candidate.mention.tokens.lowerBound
                    && text(after: end - 1).contains(",")
                    && (Self.appositionOpeners.contains(tokens[end].lowercased) || opensRelativeClause(at: end))
                    && kind($0.entity) != .location
            }), !(pastAbbreviation(described.mention.tokens.upperBound)..<closed).contains(where: { text(after: $0).hasPrefix(", ") }) {
                return (described.entity, described.mention.tokens.upperBound)
            }
            return (candidate.entity, candidate.mention.tokens.upperBound)
        }
        if let pronoun = tokens[clauseStart..<index].firstIndex(where: { $0.lowercased == "she" || $0.lowercased == "he" }),
           let person = pronounReferent(at: pronoun) {
            return (person, index)
        }
        return nil
    }

    /// The name right after a possessive: what it owns ("Mexico's Sinaloa Cartel").
    func nameOwned(by owner: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        guard owner.mention.isPossessive else { return nil }
        return mentions.first { $0.mention.tokens.lowerBound == owner.mention.tokens.upperBound }
    }

    /// Whether the demonym at `start` describes a state's trade ("Colombian goods").
    private func describesTrade(_ start: Int) -> Bool {
        guard let demonym = mentions.first(where: { $0.mention.tokens.lowerBound == start }),
              case let noun = demonym.mention.tokens.upperBound, noun < tokens.count
        else { return false }
        return Self.tradeNouns.contains(tokens[noun].lowercased)
    }

    private static let tradeNouns: Set<String> = ["goods", "imports", "exports", "products", "produce", "shipments"]

    private static func opensParticipleClause(_ word: Token) -> Bool {
        !word.isCapitalized && word.lowercased.hasSuffix("ing") && word.lowercased != "including" && word.text.utf8.count > 5
    }

    /// The word after a name's abbreviation in parentheses ("The Korea Internet
    /// Developers Association (KIDA), which"), or `end` when none follows.
    private func pastAbbreviation(_ end: Int) -> Int {
        guard end < tokens.count, text(after: end - 1).contains("("),
              let close = (end..<min(tokens.count, end + 3)).first(where: { text(after: $0).contains(")") })
        else { return end }
        return close + 1
    }

    /// "The Party for Freedom, which won the most seats but was left out of
    /// the talks, condemned", "The East African Community, of which Kenya is
    /// a member, welcomed": a relative clause between a subject and its
    /// verb, set off by commas, whatever it holds.
    private func closesRelativeClause(after subject: RelationExtractor.Resolved, before verb: Int) -> Bool {
        let end = subject.mention.tokens.upperBound
        guard end + 1 < verb, verb - end <= 24, [",", ")"].contains(tokens[end - 1].punctuationAfter), tokens[verb - 1].punctuationAfter == ",",
              opensRelativeClause(at: end)
        else { return false }
        // The clause closes at the comma before the verb, and at no comma before it.
        return !tokens[end..<(verb - 1)].contains { $0.punctuationAfter == "," || $0.punctuationAfter == ";" }
    }

    func object(after index: Int, within reach: Int = 8) -> (Int, Int)? {
        guard let candidate = mentions.first(where: { $0.mention.tokens.lowerBound >= index }),
              candidate.mention.tokens.lowerBound - index <= reach,
              !tokens[index..<candidate.mention.tokens.lowerBound].contains(where: {
                  $0.punctuationAfter == ";" || !$0.roles.isDisjoint(with: [.clauseBreak, .reportedClauseOpener])
              }),
              // A nearer verb owns the object: "declined offers to assist in combating cartels".
              !(index..<candidate.mention.tokens.lowerBound).contains(where: { trigger(at: $0) != nil }),
              // "criticised the decision as "a missed opportunity for European
              // industry"": a quotation describes the object; it does not name it.
              !opensQuotation(between: index, and: candidate.mention.tokens.lowerBound),
              // "'... in defending what is ours,' Senate President Jose Villanueva said": the quotation's
              // end closes what its verbs act on; the speaker after it is none of them.
              !(index..<candidate.mention.tokens.lowerBound).contains(where: closesQuotation),
              // "killed dozens, and Egypt condemned": ", and" after a word that names
              // nothing opens a clause; after a name it goes on with a list.
              !(index..<max(index, candidate.mention.tokens.lowerBound - 1)).contains(where: {
                  tokens[$0].punctuationAfter == "," && Self.coordinators.contains(tokens[$0 + 1].lowercased) && !insideMention($0)
              }),
              // "rejected accusations of interference, saying the council was independent": a
              // participle after a comma opens a clause of its own ("including" goes on with a list).
              !(index..<max(index, candidate.mention.tokens.lowerBound - 1)).contains(where: {
                  tokens[$0].punctuationAfter == "," && Self.opensParticipleClause(tokens[$0 + 1])
              }),
              // "announced the agreement, which Kiprotich called historic": a relative
              // clause after a comma has names of its own.
              !(index..<candidate.mention.tokens.lowerBound).contains(where: {
                  $0 > 0 && tokens[$0 - 1].punctuationAfter == "," && Self.relativePronouns.contains(tokens[$0].lowercased)
              }),
              // "welcomed the ruling and urged the court to break Tessellate up":
              // a verb joined on by "and" has objects of its own.
              !opensVerbPhrase(between: index, and: candidate.mention.tokens.lowerBound),
              // "..., NOS reported": who reports the sentence is no object in it.
              candidate.mention.tokens.upperBound >= tokens.count
                || !tokens[candidate.mention.tokens.upperBound].roles.contains(.reportingVerb)
        else { return nil }
        // "a unit of Panama-based investment group Grupo Istmo": the body, not where it is based.
        if tokens[candidate.mention.tokens.upperBound - 1].isBasedIn {
            return describedBody(after: candidate).map { ($0.entity, $0.mention.tokens.lowerBound) }
        }
        // "backed by U.S. venture capital firm Halcyon Ridge Capital": the body, not its country.
        // Its place stays the country's: what stands before it ("by") says how it is acted on.
        if let body = bodyDescribed(byCountryAt: candidate.mention.tokens.lowerBound) {
            return (body.entity, candidate.mention.tokens.lowerBound)
        }
        // "talks with Turkish President Recep Tayyip Erdogan": the person, not the title's country.
        if let titled = titleHolder(scopedBy: candidate) {
            return (titled.entity, titled.mention.tokens.lowerBound)
        }
        return possessed(by: candidate).map { ($0.entity, $0.mention.tokens.lowerBound) }
            ?? (candidate.entity, candidate.mention.tokens.lowerBound)
    }

    /// Whether a verb after "and", "but" or "then" stands in `start..<end`, by
    /// the parse, with words of its own before `end`: "and urged Carrión's
    /// government" still reaches the government, as "urged" does.
    private func opensVerbPhrase(between start: Int, and end: Int) -> Bool {
        guard let parsedTags, start < end else { return false }
        return (max(start, 1)..<end).contains { verb in
            parsedTags[verb] == .verb && Self.verbJoiners.contains(tokens[verb - 1].lowercased) && !insideMention(verb)
                && !tokens[(verb + 1)..<end].allSatisfy { Self.determiners.contains($0.lowercased) }
        }
    }

    /// "accused him of \"taxing the poor to please Washington\" and said his party
    /// would challenge": a name inside a quotation closed before the verb is
    /// the speaker's word, not the verb's subject.
    private func isQuoted(_ candidate: RelationExtractor.Resolved, before verb: Int, from clauseStart: Int) -> Bool {
        let end = candidate.mention.tokens.upperBound
        return (end - 1..<verb).contains(where: closesQuotation(after:))
            && opensQuotation(between: clauseStart, and: candidate.mention.tokens.lowerBound)
    }

    /// Whether a quotation opens before a word of `start...end`: a left quote
    /// mark, or a straight one after a space; not a name given by "titled"
    /// or "known as".
    func opensQuotation(between start: Int, and end: Int) -> Bool {
        guard start < end, end < tokens.count else { return false }
        var text = sentence.text
        return text.withUTF8 { bytes in
            for word in max(start, 1)...end where !isNamed(word) {
                let gap = bytes[tokens[word - 1].offsets.upperBound..<tokens[word].offsets.lowerBound]
                if gap.last == UInt8(ascii: "\"") && gap.dropLast().last == UInt8(ascii: " ") { return true }
                // “ is E2 80 9C in UTF-8.
                if gap.count >= 3, gap.indices.dropLast(2).contains(where: { gap[$0] == 0xE2 && gap[$0 + 1] == 0x80 && gap[$0 + 2] == 0x9C }) {
                    return true
                }
            }
            return false
        }
    }

    /// "titled "Arctic Bridge"", "known as "Comandante Tomás"" (not "criticised the deal as "a betrayal"").
    private func isNamed(_ word: Int) -> Bool {
        let before = tokens[word - 1].lowercased
        return before == "as" ? word > 1 && tokens[word - 2].lowercased == "known" : Self.namingWords.contains(before)
    }

    /// The body a possessive names right after it: "the head of South Korea's
    /// Defense Acquisition Program Administration" heads the administration.
    func possessed(by owner: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        guard owner.mention.isPossessive,
              let next = mentions.first(where: { $0.mention.tokens.lowerBound >= owner.mention.tokens.upperBound }),
              next.mention.tokens.lowerBound == owner.mention.tokens.upperBound, kind(next.entity) == .organization
        else { return nil }
        return next
    }

    func isPrepositionalObject(_ item: RelationExtractor.Resolved) -> Bool {
        var start = item.mention.tokens.lowerBound
        while start > 0, Self.articles.contains(tokens[start - 1].lowercased) { start -= 1 }
        return start > 0 && tokens[start - 1].roles.contains(.preposition)
    }

    static let articles: Set<String> = ["the", "a", "an"]
    static let coordinators: Set<String> = ["and", "or"]
    private static let verbJoiners = ["and", "but", "then"]
    private static let appositionOpeners: Set<String> = ["a", "an", "the", "who", "which", "whose"]

    /// "which", "who", "whose", or a preposition and "which": "of which Kenya is a member".
    private func opensRelativeClause(at word: Int) -> Bool {
        ["which", "who", "whose"].contains(tokens[word].lowercased)
            || word + 1 < tokens.count && tokens[word].roles.contains(.preposition)
                && ["which", "whom"].contains(tokens[word + 1].lowercased)
    }

    /// "according to (an exclusive) NBC News": a source, not an actor.
    func isSourceOnly(_ item: RelationExtractor.Resolved) -> Bool {
        let start = item.mention.tokens.lowerBound
        guard let according = tokens[max(0, start - 6)..<start].lastIndex(where: { $0.lowercased == "according" }),
              according + 1 < start, tokens[according + 1].lowercased == "to"
        else { return false }
        // "According to officials, the European Union imposed…": the comma closes the source.
        return !tokens[(according + 1)..<start].contains { $0.punctuationAfter != nil }
    }

    func isOutlet(_ entity: Int) -> Bool { facts.isOutlet[entity] }
}
