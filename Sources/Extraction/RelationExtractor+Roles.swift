import NewsGraphCore

/// Relations from titles and roles: "Mexican President X", "X, a fellow at Y",
/// "led by X", "its president, X", "White House spokesperson X".
extension SentenceContext {
    /// "Mexican President Claudia Sheinbaum", "FBI Director X", "Defense Secretary X".
    mutating func findRoles() {
        // By index: copying every mention to find the few with a title costs more than the patterns.
        for position in mentions.indices where mentions[position].mention.role != nil {
            let item = mentions[position]
            guard let role = item.mention.role else { continue }
            let scope = position > 0 ? mentions[position - 1] : nil
            // "... with the Therapeutic Goods Administration," Chief Executive X said": a quotation's or a clause's end parts them.
            if let scope, isTitleBetween(scope.mention.tokens.upperBound..<item.mention.tokens.lowerBound),
               tokens[scope.mention.tokens.upperBound - 1].punctuationAfter == nil,
               [.country, .organization].contains(kind(scope.entity)) {
                // "navy spokesman Commander X": a member's title before a rank says what X is to the body.
                let isMembersTitle = tokens[scope.mention.tokens.upperBound..<item.mention.tokens.lowerBound].contains {
                    !$0.isCapitalized && lexicon.memberTitles.contains($0.lowercased)
                }
                let leads = role.kind == .headOfState || role.kind == .leader && kind(scope.entity) == .organization && !isMembersTitle
                add(item.entity, leads ? .leads : .memberOf, scope.entity, 0.9)
                if kind(scope.entity) == .country, let ministry = ministry(between: scope, and: item, of: role) {
                    add(item.entity, .leads, ministry, 0.8)
                }
            } else if role.kind == .headOfState, let country = entities[item.entity].ledCountry {
                add(item.entity, .leads, country, 0.6)
            } else if let (chamber, type) = chamberSeat(of: role) {
                add(item.entity, type, chamber, 0.8)  // a commissioner sits in the Commission unless it bears her field
            } else if let department = department(of: role.title, field: role.scope) {
                add(item.entity, role.kind == .member ? .memberOf : .leads, department, 0.8)
                findStoryCountry(of: item, role: role)
            } else if let ofCountry = mention(after: item.mention.tokens.upperBound, word: "of") ?? mention(after: item.mention.tokens.upperBound, word: "to"),
                      kind(ofCountry) == .country {
                add(item.entity, role.kind == .headOfState ? .leads : .memberOf, ofCountry, 0.8)
            } else if role.scope == nil, let (body, type) = bodyServed(by: role.title, of: item) {
                add(item.entity, type, body, 0.6)
            } else {
                findStoryCountry(of: item, role: role)
            }
        }
    }

    /// "signed by Prime Ministers Arben Dervishi of Albania and Nikola
    /// Trajkovski of North Macedonia": a title in the plural before names
    /// joined by "and" is each one's, and "of" after a name gives their state.
    mutating func findPluralTitleHolders() {
        for position in mentions.indices where kind(mentions[position].entity) == .person && mentions[position].mention.role == nil {
            let start = mentions[position].mention.tokens.lowerBound
            guard start > 0, tokens[start - 1].isCapitalized, tokens[start - 1].text.hasSuffix("s") else { continue }
            let titles = (1...min(3, start)).reversed().map { length in
                let words = tokens[(start - length)..<start].map(\.lowercased)
                return (words.dropLast() + [String(words.last!.dropLast())]).joined(separator: " ")
            }
            guard let title = titles.first(where: isTitle) else { continue }
            var holder = position
            while holder < mentions.count, kind(mentions[holder].entity) == .person {
                var end = mentions[holder].mention.tokens.upperBound
                if let state = mention(after: end, word: "of"), kind(state) == .country,
                   let stateMention = mentions.first(where: { $0.entity == state && $0.mention.tokens.lowerBound > end }) {
                    add(mentions[holder].entity, lexicon.headOfStateTitles.contains(title) ? .leads : .memberOf, state, 0.8)
                    end = stateMention.mention.tokens.upperBound
                }
                guard end < tokens.count, tokens[end].lowercased == "and",
                      let next = mentions.firstIndex(where: { $0.mention.tokens.lowerBound == end + 1 })
                else { break }
                holder = next
            }
        }
    }

    /// "White House spokesperson Anna Kelly", "U.S. Ambassador to Mexico, Ronald
    /// Johnson": a body, a title, a person.
    mutating func findTitledStaff() {
        for index in mentions.indices.dropLast() {
            var position = mentions[index].mention.tokens.upperBound
            let start = mentions[index].mention.tokens.lowerBound
            // "RSF field commander X": a lower-case field before the title; its holder
            // commands a part of the body, so belongs to it rather than leading it.
            let field = position + 2 < tokens.count && !tokens[position].isCapitalized && tokens[position].punctuationAfter == nil
                && tokens[position].roles.isDisjoint(with: WordRoles.title.union(.titleStart)) && tokens[position + 1].roles.contains(.titleStart)
                && tokens[position - 1].punctuationAfter == nil && kind(mentions[index].entity) == .organization
                && !Self.territorialWords.contains(tokens[position].lowercased)  // "Batken regional governor" heads a region
            // "CUPW national president Marc Gagnon": a word for the whole body's reach is no field.
            let wholeReach = !field && position + 1 < tokens.count && Self.wholeReachWords.contains(tokens[position].lowercased)
                && tokens[position].punctuationAfter == nil && tokens[position + 1].roles.contains(.titleStart)
                && kind(mentions[index].entity) == .organization
            if field || wholeReach { position += 1 }
            // "The group's Americas director, Paula Herrera": after a possessive the name is the title's field.
            guard position < tokens.count, tokens[position].roles.contains(.titleStart),
                  [.organization, .country].contains(kind(mentions[index].entity)),
                  start == 0 || !tokens[start - 1].isPossessive else { continue }
            let item = mentions[index], next = mentions[index + 1]
            guard let length = (1...3).reversed().first(where: { length in
                position + length <= tokens.count && isTitleWords(tokens[position..<(position + length)])
            }) else { continue }
            let title = tokens[position..<(position + length)].map(\.lowercased).joined(separator: " ")
            position += length
            var person = next
            if position < tokens.count, tokens[position].lowercased == "to", next.mention.tokens.lowerBound == position + 1,
               let after = mentions.first(where: { $0.mention.tokens.lowerBound >= next.mention.tokens.upperBound }) {
                person = after
                position = next.mention.tokens.upperBound
            }
            // "the French president, met Olaf Scholz": a title ends at a comma or a
            // lower-case word; a comma may close it only before its holder's
            // name in apposition ("U.S. Ambassador to Mexico, Ronald Johnson, said").
            let inApposition = person.mention.tokens.lowerBound == position && tokens[position - 1].punctuationAfter == ","
                && (person.mention.tokens.upperBound == tokens.count || tokens[person.mention.tokens.upperBound - 1].punctuationAfter == ",")
            guard kind(person.entity) == .person, person.mention.role == nil,
                  (position...position + 1).contains(person.mention.tokens.lowerBound),
                  tokens[position - 1].punctuationAfter == nil || inApposition,
                  tokens[position..<person.mention.tokens.lowerBound].allSatisfy(\.isCapitalized),
                  let type = office(leader: isLeaderTitle(title) && !field, title: title, of: item.entity)
            else { continue }
            add(person.entity, type, item.entity, 0.8)
        }
    }

    private static let wholeReachWords: Set<String> = ["national", "federal", "international", "global"]

    private static let territorialWords: Set<String> = [
        "regional", "provincial", "municipal", "state", "district", "county", "city", "local", "national", "federal",
    ]

    /// "Lao Energy and Mines Minister X": the ministry named by the field
    /// between a state and its minister's title, which the minister heads.
    private func ministry(between state: RelationExtractor.Resolved, and holder: RelationExtractor.Resolved, of role: Mention.Role) -> Int? {
        let titleLength = role.title.split(separator: " ").count
        let field = tokens[state.mention.tokens.upperBound..<(holder.mention.tokens.lowerBound - titleLength)]
        // "Deputy Energy Minister X", "Acting Energy Minister X" head no ministry.
        guard titleLength == 1, isLeaderTitle(role.title.lowercased()), !field.isEmpty,
              field.allSatisfy({
                  $0.isCapitalized && !lexicon.titleModifiers.contains($0.lowercased)
                      && !MentionRecognizer.subordinateModifiers.contains($0.lowercased) || $0.lowercased == "and"
              })
        else { return nil }
        return department(of: role.title, field: field.map(\.text).joined(separator: " "))
    }

    /// Whether the words between a title's owner and its holder are the
    /// title: up to three words, or five with two fields joined by "and"
    /// ("Lao Energy and Mines Minister X", not "Britain and Prime Minister X").
    private func isTitleBetween(_ words: Range<Int>) -> Bool {
        let joined = words.dropFirst().contains { tokens[$0].lowercased == "and" }
        // "... for the Czech economy," Industry and Trade Minister X": a quotation's end parts them.
        return words.count <= (joined ? 5 : 3) && words.allSatisfy {
            !closesQuotation(after: $0) && (isTitleWord(tokens[$0]) || $0 > words.lowerBound && tokens[$0].lowercased == "and")
        }
    }

    /// A word of "Mexico's newly elected President": between a title's owner
    /// and its holder stand only titles and their modifiers ("Iran have
    /// supported President X" names no owner).
    func isTitleWord(_ token: Token) -> Bool {
        token.isCapitalized || !token.roles.isDisjoint(with: [.titleStart, .titleModifier, .leaderTitle, .memberTitle])
            || lexicon.isTitle(token.text) || lexicon.titleModifiers.contains(token.lowercased)
    }

    func isTitleWords(_ words: ArraySlice<Token>) -> Bool {
        isTitle(words.map(\.lowercased).joined(separator: " "))
    }

    /// "California-based Orbital Software", "Orbital Software, the
    /// California-based maker": located in the place; "Hezbollah, the
    /// Iran-backed Lebanese group": supported by the state; "the Russia-led
    /// CSTO": led by it.
    mutating func findBases() {
        for index in mentions.indices {
            let place = mentions[index]
            // The compound is the mention's last word: "New York-based".
            let position = place.mention.tokens.upperBound - 1
            let compound = tokens[position].placeCompound
            guard compound == .based || compound != nil && kind(place.entity) == .country else { continue }
            // "Dallas-based Texas Instruments", "the Chicago-based airline United".
            let body = mentions.first {
                (position + 1...position + 3).contains($0.mention.tokens.lowerBound) && kind($0.entity) == .organization
                    && tokens[(position + 1)..<$0.mention.tokens.lowerBound].allSatisfy { !$0.isCapitalized }
                    && tokens[position..<$0.mention.tokens.lowerBound].allSatisfy { $0.punctuationAfter == nil }
            }
                ?? mentions.last { $0.mention.tokens.upperBound <= place.mention.tokens.lowerBound
                    && place.mention.tokens.lowerBound - $0.mention.tokens.upperBound <= 3
                    && kind($0.entity) == .organization }
            guard let body else { continue }
            switch compound {
            case .based: add(body.entity, .locatedIn, place.entity, 0.8)
            case .backed: add(place.entity, .supports, body.entity, 0.75)
            // "the Russia-led Collective Security Treaty Organization": only the body named after it.
            case .led where body.mention.tokens.lowerBound > position: add(place.entity, .leads, body.entity, 0.75, at: position)
            default: break
            }
        }
    }

    /// The "Mexican" of "Mexican President Claudia Sheinbaum".
    func isTitleScope(_ item: RelationExtractor.Resolved) -> Bool {
        titleHolder(scopedBy: item) != nil
    }

    /// The "Claudia Sheinbaum" of "Mexican President Claudia Sheinbaum" for its
    /// "Mexican", and of "Orbital Software chief executive Priya Raman" for the body.
    func titleHolder(scopedBy item: RelationExtractor.Resolved) -> RelationExtractor.Resolved? {
        mentions.first { other in
            (other.mention.role != nil || kind(other.entity) == .person) && other.mention.tokens.lowerBound > item.mention.tokens.upperBound
                && other.mention.tokens.lowerBound - item.mention.tokens.upperBound <= 3
                && tokens[item.mention.tokens.upperBound..<other.mention.tokens.lowerBound].allSatisfy(isTitleWord)
        }
    }

    /// "Venezuela ... its president, Nicolás Maduro", "Its chief executive,
    /// Henrik Dahl", "Hungary, whose foreign minister, Ádám Kertész",
    /// "Sonangol's chief executive, Sebastião Gaspar": the title's owner is the
    /// body named in the possessive, or the last country or body named before
    /// "its", or at a sentence's start the body the sentence before named first.
    mutating func findPossessiveTitles() {
        // "its", or a body's possessive: "Sonangol's chief executive, X", "the commission's chairperson, X".
        var namedOwners: [Int: Int] = [:]
        for item in mentions where item.mention.isPossessive && [.country, .organization].contains(kind(item.entity)) {
            namedOwners[item.mention.tokens.upperBound - 1] = item.entity
        }
        for index in tokens.indices.dropLast(2) {
            let namedOwner = namedOwners[index]
            guard namedOwner != nil || Self.possessiveDeterminers.contains(tokens[index].lowercased) else { continue }
            // A title of one word or two: "its president", "its chief executive",
            // "whose foreign minister" (a field before a title), or a title after a
            // field of up to four words ("its tertiary education spokesperson",
            // "Morocco's health and social protection minister").
            let titles = [1, 2, 3, 4, 5].compactMap { length -> (title: String, length: Int, isOfPart: Bool)? in
                // "the commission's chairperson, Justice X": a title ends at a comma.
                guard index + length < tokens.count, tokens[(index + 1)..<(index + length)].allSatisfy({ $0.punctuationAfter == nil })
                else { return nil }
                let words = tokens[(index + 1)...(index + length)].map(\.lowercased)
                let title = words.joined(separator: " ")
                if length < 3, isTitle(title) { return (Self.withoutCo(title), length, false) }
                // "its executive chairman" chairs the whole body.
                if length == 2, words[0] == "executive", isLeaderTitle(words[1]) { return (words[1], length, false) }
                // "whose American owner": a demonym says where the holder is from, not a part of the body.
                if length == 2, lexicon.isDemonym(tokens[index + 1].text), isTitle(words[1]) { return (Self.withoutCo(words[1]), length, false) }
                // "its Americas director", "its mission chief": the head of a part of the body is its member.
                guard length > 1, isTitle(words[length - 1]),
                      length == 2 || words.dropLast().allSatisfy({ !isTitle($0) && !lexicon.titleModifiers.contains($0) })
                else { return nil }
                // A longer field is two joined by "and" ("Transport and Communications Minister"),
                // not a clause ("whose deputies have accused Chile's president").
                if length > 3 {
                    let field = tokens[(index + 1)..<(index + length)]
                    guard field.contains(where: { $0.lowercased == "and" }), field.allSatisfy({ !$0.isPossessive }) else { return nil }
                }
                return (Self.withoutCo(words[length - 1]), length, true)
            }
            guard var (title, length, isOfPart) = titles.last else { continue }
            // "Its founder and managing partner, X": a second title joined by "and"; the leader's is the tie.
            let and = index + length + 1
            if and + 1 < tokens.count, tokens[and - 1].punctuationAfter == nil, tokens[and].lowercased == "and",
               let second = [2, 1].first(where: { and + $0 < tokens.count
                   && isTitle(tokens[(and + 1)...(and + $0)].map(\.lowercased).joined(separator: " ")) }) {
                let secondTitle = Self.withoutCo(tokens[(and + 1)...(and + second)].map(\.lowercased).joined(separator: " "))
                if isLeaderTitle(secondTitle) { (title, isOfPart) = (secondTitle, false) }
                length += 1 + second
            }
            // "Cambodia's Minister of Water Resources, Chea Sophal": the title's field, then the holder.
            let field = fieldEnd(after: index + length)
            let holderStart = field.map { $0...$0 } ?? (index + length + 1)...(index + length + 4)
            guard let person = mentions.first(where: {
                      kind($0.entity) == .person && holderStart.contains($0.mention.tokens.lowerBound)
                          && (field != nil || describesHolder((index + length + 1)..<$0.mention.tokens.lowerBound))
                  }),
                  var owner = namedOwner ?? determinedOwner(at: index)
            else { continue }
            // "Two trawlers held by Guinea-Bissau belong to Soprapêche. Its chief executive":
            // a title no state has is the organization's the sentence before named.
            if namedOwner == nil, kind(owner) == .country, owner == previousBody, let previousOrganization,
               !lexicon.headOfStateTitles.contains(title),
               !lexicon.cues.stateOffices.contains(String(title.split(separator: " ").last ?? "")) {
                owner = previousOrganization
            }
            // No state has a company's chairman, nor a state's office an owner: "its" then means a body the text leaves unsaid.
            if Self.companyHeadTitles.contains(title) && kind(owner) == .country || title == "owner" && isStateOffice(owner) { continue }
            // "its captain" after a court: a court has judges and officers of its own, no captain, so "its" means something else.
            if namedOwner == nil, entities[owner].name.words.contains(where: { Self.courtWords.contains(String($0)) }),
               !Self.courtTitles.contains(title) {
                continue
            }
            if let type = office(leader: isLeaderTitle(title) && !isOfPart, title: title, of: owner) {
                add(person.entity, type, owner, 0.75)
            }
            // "Cameroon's Minister of Arts and Culture, X" heads the Ministry of Arts and Culture the article names.
            if let field, kind(owner) == .country, tokens[index + length + 1].lowercased == "of",
               let ministry = department(of: title, field: tokens[(index + length + 2)..<field].map(\.text).joined(separator: " ")) {
                add(person.entity, .leads, ministry, 0.75)
            }
        }
    }

    /// Whether the words between a title and its holder's name describe the
    /// holder: a word at most, or up to three that are a demonym or nouns in
    /// lower case ("Its owner, Russian businessman Gennady Orlikov"), not a
    /// clause ("its chairman, who met X").
    private func describesHolder(_ words: Range<Int>) -> Bool {
        words.count <= 1 || words.count <= 3 && words.allSatisfy {
            let word = tokens[$0]
            return word.punctuationAfter == nil && (!word.isCapitalized || lexicon.isDemonym(word.text))
                && !Self.relativePronouns.contains(word.lowercased) && word.roles.isDisjoint(with: [.preposition, .reportingVerb])
                && !["and", "or"].contains(word.lowercased)
        }
    }

    /// After a title's last word at `title`, the word after the field it names
    /// up to the comma before a person: "Minister of Water Resources, X",
    /// "mission chief for Chile, X", "representative in Ghana, X", "Minister
    /// of Economy, Trade and Industry, X" (a list of fields holds commas),
    /// "vice-president for transport, X" (a field of a word or two in lower case).
    private func fieldEnd(after title: Int) -> Int? {
        guard title + 2 < tokens.count, tokens[title].punctuationAfter == nil,
              Self.fieldPrepositions.contains(tokens[title + 1].lowercased) else { return nil }
        for last in (title + 2)..<min(tokens.count - 1, title + 4) {
            let field = tokens[(title + 2)...last]
            guard field.allSatisfy({ !$0.isCapitalized && $0.roles.isDisjoint(with: .preposition) }),
                  field.dropLast().allSatisfy({ $0.punctuationAfter == nil }) else { break }
            if tokens[last].punctuationAfter == ",",
               mentions.contains(where: { $0.mention.tokens.lowerBound == last + 1 && kind($0.entity) == .person }) {
                return last + 1
            }
        }
        for word in (title + 2)..<min(tokens.count - 1, title + 10) {
            // "Minister of Finance Rogelio Ramírez": the holder's name right after the field.
            if word > title + 2, tokens[word - 1].punctuationAfter == nil,
               mentions.contains(where: { $0.mention.tokens.lowerBound == word && kind($0.entity) == .person }) {
                return word
            }
            guard tokens[word].isCapitalized || Self.fieldJoiners.contains(tokens[word].lowercased) else { return nil }
            if tokens[word].punctuationAfter == "," {
                guard tokens[word].isCapitalized else { return nil }
                if mentions.contains(where: { $0.mention.tokens.lowerBound == word + 1 && kind($0.entity) == .person }) { return word + 1 }
                continue
            }
            if tokens[word].punctuationAfter != nil { return nil }
        }
        return nil
    }

    private static let fieldPrepositions: Set<String> = ["of", "for", "in", "at"]

    private static let fieldJoiners: Set<String> = ["and", "the", "of", "for", "&"]

    /// Words that give a title or a policy to a body named elsewhere.
    static let possessiveDeterminers: Set<String> = ["its", "their", "whose"]

    /// The body "its" or "their" at `index` stands for: the last named before
    /// it, or when the sentence names nothing before it, the one the sentence
    /// before named first.
    /// "whose" stands only for the name right before it ("Colorado, whose
    /// attorney general" is no body's).
    func determinedOwner(at index: Int) -> Int? {
        if tokens[index].lowercased == "whose" {
            guard let before = mentions.last(where: { $0.mention.tokens.upperBound <= index }),
                  [.country, .organization].contains(kind(before.entity))
            else { return nil }
            if before.mention.tokens.upperBound == index { return before.entity }
            // "the Coastal Alliance, a four-seat party whose leader": the body its description names.
            let description = tokens[before.mention.tokens.upperBound..<index]
            guard tokens[before.mention.tokens.upperBound - 1].punctuationAfter == ",", description.count <= 4,
                  let first = description.first, Self.articles.contains(first.lowercased),
                  description.allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }),
                  let noun = description.last, lexicon.namesKindOfBody(noun)
            else { return nil }
            return before.entity
        }
        // "'We will not allow a few to damage Egyptian tennis,' its president said": what the quotation names is not "its".
        let quoteEnd = lastQuotationEnd(before: index)
        let named = mentions.filter { $0.mention.tokens.upperBound <= index && $0.mention.tokens.lowerBound > quoteEnd }
        // "Japan plans to supply the Philippine navy ... under its programme": a demonym describes; it owns nothing.
        let body = named.last { [.country, .organization].contains(kind($0.entity)) && !isAdjective($0.entity, at: $0.mention.tokens.lowerBound) }
        // "'Nobody buys two clubs,' said its president, X": with no name before it, "its" is the last sentence's body.
        return body?.entity ?? (named.isEmpty ? previousBody : nil)
    }

    /// Whether `words`, in lower case, are a title; "co-leader" is one as "leader" is.
    func isTitle(_ words: String) -> Bool {
        let title = Self.withoutCo(words)
        return lexicon.leaderTitles.contains(title) || lexicon.memberTitles.contains(title)
    }

    /// Whether `title`, in lower case, heads what it is a title of; "co-chair" as "chair" does.
    func isLeaderTitle(_ title: String) -> Bool {
        lexicon.leaderTitles.contains(Self.withoutCo(title))
    }

    /// "co-leader" holds the office "leader" does, shared.
    static func withoutCo(_ title: String) -> String {
        title.hasPrefix("co-") && title.count > 3 ? String(title.dropFirst(3)) : title
    }

    /// What a title makes its holder of a body: a leader leads it, but of a
    /// country only a head of state does — its ministers and commanders are members.
    func tie(leader: Bool, title: String, to body: Int) -> RelationType {
        // "the housing minister in the Tasmanian Government": a government is led as its state is.
        let isState = kind(body) == .country || entities[body].name.words.contains { Self.governmentWords.contains(String($0)) }
        return leader && (!isState || lexicon.headOfStateTitles.contains(title)) ? .leads : .memberOf
    }

    private static let governmentWords: Set<String> = ["Government", "Cabinet"]

    /// ``tie(leader:title:to:)`` for a title read beside a country's name or
    /// demonym, nil where it only gives a nationality: "the Portuguese
    /// striker X", "Sweden's best-known singer, X" hold no office of the state.
    func office(leader: Bool, title: String, of body: Int) -> RelationType? {
        let title = Self.withoutCo(title)
        // "whose American owner, Dale Ruskin": no state has an owner; the demonym says where the owner is from.
        if kind(body) == .country, title == "owner" { return nil }
        if kind(body) == .country, !leader, let last = title.split(separator: " ").last,
           !lexicon.cues.stateOffices.contains(String(last)) {
            return nil
        }
        return tie(leader: leader, title: title, to: body)
    }

    /// "Phuong Nam Steel said it would cut output. ... Chairman Le Van Khanh
    /// said": a title that only a body's head holds, with no body named by
    /// it nor before it in the sentence, heads the body the sentence before
    /// named first. A title held only in one kind of body ties its holder so
    /// to a body of that kind: "Governor X" heads a bank (a state has
    /// governors too), "Justice X" sits on a court.
    private func bodyServed(by title: String, of person: RelationExtractor.Resolved) -> (Int, RelationType)? {
        let title = title.lowercased()
        let end = person.mention.tokens.upperBound
        let ofKind = Self.titlesOfKinds[title]
        // Bodies named inside a quotation before the title are the speaker's subject, not the speaker's own.
        let quoteEnd = lastQuotationEnd(before: person.mention.tokens.lowerBound)
        guard Self.bodyHeadTitles.contains(title) || ofKind != nil, let body = speakingBody(quoteEnd: quoteEnd) ?? previousBody,
              kind(body) == .organization, !isOutlet(body), end >= tokens.count || !["of", "at"].contains(tokens[end].lowercased),
              // "Justice Esther Nyirenda, who chairs the electoral commission": the clause says whom she serves.
              end >= tokens.count || tokens[end - 1].punctuationAfter != "," || tokens[end].lowercased != "who",
              mayHold(title, in: body),
              // A company's chief heads no ministry, regulator or exchange the sentence before named.
              !Self.companyHeadTitles.contains(title) || !isStateOffice(body) && !entities[body].name.words.contains(where: {
                  Self.marketBodyWords.contains(String($0))
              }),
              !mentions.contains(where: {
                  $0.mention.tokens.upperBound <= person.mention.tokens.lowerBound && $0.mention.tokens.lowerBound > quoteEnd
                      && $0.entity != body && [.organization, .country].contains(kind($0.entity))
              })
        else { return nil }
        return (body, ofKind?.type ?? .leads)
    }

    /// "KLM, the Dutch carrier, said the ruling ... "A cut of this size ...,"
    /// chief executive X said": the body a sentence opens with, before the
    /// quotation that its officer then speaks.
    private func speakingBody(quoteEnd: Int) -> Int? {
        guard quoteEnd >= 0, let first = mentions.first, first.mention.tokens.lowerBound <= 1,
              first.mention.tokens.upperBound <= quoteEnd, kind(first.entity) == .organization,
              let opening = sentence.text.unicodeScalars.first, !"\"“'‘".unicodeScalars.contains(opening)
        else { return nil }
        return first.entity
    }

    /// Whether a body may hold the title: a governor's office is a bank's, not the parliament's that fills it.
    func mayHold(_ title: String, in body: Int) -> Bool {
        Self.titlesOfKinds[title].map { entities[body].name.words.contains(where: $0.words.contains) } ?? true
    }

    private static let titlesOfKinds: [String: (words: Set<String>, type: RelationType)] = [
        "governor": (["Bank"], .leads), "chief justice": (["Court"], .leads),
        "justice": (["Court", "Tribunal"], .memberOf), "judge": (["Court", "Tribunal"], .memberOf),
    ]

    /// "Chief executive Martin Oakes said": a head's title in lower case
    /// before a name, read as ``bodyServed(by:of:)`` reads a capitalized one.
    /// Not after a body's possessive ("the company's chief executive X"), read as a possessive title.
    mutating func findLowercaseHeadTitles() {
        for person in mentions where kind(person.entity) == .person && person.mention.role == nil {
            let start = person.mention.tokens.lowerBound
            for length in [3, 2, 1] where start - length >= 0 {
                let words = tokens[(start - length)..<start]
                guard words.dropFirst().allSatisfy({ !$0.isCapitalized }), words.allSatisfy({ $0.punctuationAfter == nil }),
                      !words.first!.isCapitalized || start - length == 0,
                      start - length == 0 || !tokens[start - length - 1].isPossessive,
                      case let title = words.map(\.lowercased).joined(separator: " "), Self.bodyHeadTitles.contains(title),
                      let (body, type) = bodyServed(by: title, of: person)
                else { continue }
                add(person.entity, type, body, 0.6)
                break
            }
        }
    }

    private static let companyHeadTitles: Set<String> = [
        "chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "chairperson", "managing director",
    ]

    /// "the Foreign, Commonwealth and Development Office": a body whose name has a government's head word.
    private func isStateOffice(_ body: Int) -> Bool {
        entities[body].name.words.contains { lexicon.cues.governmentHeads.contains(String($0)) }
    }
    private static let marketBodyWords: Set<String> = ["Authority", "Exchange", "Regulator"]
    private static let bodyHeadTitles = companyHeadTitles.union([
        "executive director", "director-general", "director general", "secretary-general", "secretary general",
    ])

    /// "Finance Minister X said ... if Ghana was to stay on track": an office of a
    /// state, titled with no state, is the story's country's when the sentence names it.
    /// Not a state's own office, the province's: "state Fisheries Minister X", "provincial Health Minister Y".
    private mutating func findStoryCountry(of person: RelationExtractor.Resolved, role: Mention.Role) {
        let titleStart = person.mention.tokens.lowerBound - role.title.wordCount - (role.scope?.wordCount ?? 0)
        guard role.kind != .headOfState, role.scope.map({ lexicon.meaning(of: $0) == nil }) ?? true, let mainCountry,
              lexicon.cues.stateOffices.contains(String(role.title.lowercased().split(separator: " ").last ?? "")),
              mentions.contains(where: { $0.entity == mainCountry }),
              titleStart < 1 || !Self.subNationalWords.contains(tokens[titleStart - 1].lowercased)
        else { return }
        add(person.entity, .memberOf, mainCountry, 0.6)
    }

    private static let subNationalWords: Set<String> = ["state", "provincial", "regional", "county", "municipal", "local"]

    /// "Defense Secretary" heads the document's Defense Department, "Energy
    /// Minister" its Ministry of Energy and Mines, "Trade Minister" its
    /// Ministry of Industry and Trade, "Ombudsman" its Ombudsman's Office, if
    /// it names one. `field` is a title's scope ("Energy").
    func department(of title: String, field: String? = nil) -> Int? {
        let words = title.split(separator: " ")
        let forms: [String]
        let scope = field  // the role's own scope ("Angolan"), before the title's field takes the name
        let field = words.count == 2 ? String(words[0]) : words.count == 1 ? field : nil
        if let field {
            forms = ["\(field) Department", "Department of \(field)", "\(field) Ministry", "Ministry of \(field)"]
        } else if words.count == 1, title.first?.isUppercase == true {
            forms = ["\(title)'s Office", "\(title)’s Office", "Office of the \(title)"]
        } else {
            return nil
        }
        func bodies(_ names: (String) -> Bool) -> [Int] {
            entities.indices.filter { kind($0) == .organization && entities[$0].surfaces.contains(where: names) }
        }
        func body(_ names: (String) -> Bool) -> Int? { bodies(names).first }
        func onlyBody(_ names: (String) -> Bool) -> Int? {
            let named = bodies(names)
            return named.count == 1 ? named[0] : nil
        }
        // With a ministry and a department of the field named, as in a story of two states, a
        // minister heads the ministry and a secretary the department; otherwise the exact name first.
        let named = bodies { surface in forms.contains { surface == $0 || surface.hasSuffix(" " + $0) || surface.hasPrefix($0 + " and ") } }
        let officeBody = words.last.flatMap { Self.officeBodies[$0.lowercased()] }
        return named.first { body in officeBody.map { entities[body].name.words.contains($0) } ?? false }
            ?? named.first { entities[$0].surfaces.contains { surface in forms.contains { surface == $0 || surface.hasSuffix(" " + $0) } } }
            ?? named.first
            ?? field.flatMap { field in
                // Only a minister or secretary heads a ministry by one of its fields ("Competition
                // Commissioner" heads no "Department of Trade, Industry and Competition").
                guard let office = words.last?.lowercased(), ["minister", "secretary"].contains(office) else { return nil }
                return body { ($0.contains("Ministry of ") || $0.contains("Department of ")) && $0.hasSuffix(" and \(field)") }
                    // "Health Minister X" heads the one "Ministry of National Health Services"; not
                    // "Angolan Energy and Water Minister X", another state's.
                    ?? (scope == nil ? onlyBody { ($0.hasPrefix("Ministry of ") || $0.hasPrefix("Department of ")) && $0.words.contains(field) } : nil)
            }
    }

    private static let officeBodies: [String: String] = ["minister": "Ministry", "secretary": "Department"]
    private static let courtTitles: Set<String> = [
        "judge", "justice", "chief justice", "president", "registrar", "clerk", "spokesman", "spokeswoman", "spokesperson",
        "chief", "head", "chair", "chairman", "chairwoman", "chairperson", "member",
    ]

    /// "Senator X" sits in the Senate; "European Commissioner X" and
    /// "Migration Commissioner X" in the Commission; "Competition Commissioner
    /// X" and "Chief Election Commissioner X" head the commission whose name
    /// holds the same field, past its listed names ("Irish", "European").
    private func chamberSeat(of role: Mention.Role) -> (Int, RelationType)? {
        let titleWords = role.title.split(separator: " ").map(String.init)
        // "Speaker Elias Nassar" presides over the one legislature the article names; "Lord Mayor
        // Caroline Mercer" over its one city council or city government.
        if role.title.lowercased() == "speaker", role.scope == nil {
            return soleLegislature.map { ($0, .leads) }
        }
        if titleWords.last?.lowercased() == "mayor", role.scope == nil {
            let cities = entities.indices.filter { index in
                let words = entities[index].name.words
                return kind(index) == .organization && (entities[index].name.hasPrefix("City of ") || words.contains("Municipality")
                    || words.contains("Council") && words.contains { Self.localCouncilWords.contains($0) })
            }
            return cities.count == 1 ? (cities[0], .leads) : nil
        }
        guard let last = titleWords.last, let chamber = chamber(of: last) else { return nil }
        if let scope = role.scope, lexicon.meaning(of: scope) != nil { return nil }
        let field = Set(titleWords.dropLast() + (role.scope?.words ?? []))
        let chamberField = entities[chamber].name.words.dropLast().filter { lexicon.meaning(of: $0) == nil }
        let heads = !chamberField.isEmpty && chamberField.allSatisfy(field.contains)
        return (chamber, heads ? .leads : .memberOf)
    }

    /// "Hobart City Council", "Morelia Municipal Council": a council of a place, not a state's or a union's.
    private static let localCouncilWords: Set<String> = ["City", "Town", "Municipal", "County", "District", "Borough", "Village"]

    /// The one body the article names as a legislature: "Parliament", "Punjab
    /// Legislative Assembly", "Lebanon's parliament", "House of Assembly".
    var soleLegislature: Int? {
        let legislatures = entities.indices.filter { index in
            kind(index) == .organization && entities[index].name.words.contains {
                MentionRecognizer.legislatureNouns.contains($0.asciiLowercased()) || $0 == "Assembly"
            }
        }
        return legislatures.count == 1 ? legislatures[0] : nil
    }

    /// "Senator X" sits in the document's Senate, "Commissioner X" in its
    /// Commission: the body whose name ends in the word the title is made
    /// from, when the document names exactly one.
    func chamber(of title: String) -> Int? {
        guard let head = Self.chamberOfTitle[title.lowercased()] else { return nil }
        let bodies = entities.indices.filter { index in
            kind(index) == .organization && entities[index].surfaces.contains { $0 == head || $0.hasSuffix(" " + head) }
        }
        return bodies.count == 1 ? bodies[0] : nil
    }

    private static let chamberOfTitle = [
        "senator": "Senate", "congressman": "Congress", "congresswoman": "Congress", "commissioner": "Commission",
        "councillor": "Council", "councilor": "Council", "councilman": "Council", "councilwoman": "Council",
    ]

    /// The mention right after `word` at token `position` ("President of Mexico").
    func mention(after position: Int, word: String) -> Int? {
        guard position < tokens.count, tokens[position].lowercased == word else { return nil }
        let next = position + (position + 1 < tokens.count && tokens[position + 1].lowercased == "the" ? 2 : 1)
        return mentions.first { $0.mention.tokens.lowerBound == next }?.entity
    }

    /// "Vanda Felbab-Brown, a security expert at the Brookings Institution";
    /// "Shannon O'Neil of the Council on Foreign Relations".
    mutating func findAppositives() {
        for position in mentions.indices.dropLast() where kind(mentions[position].entity) == .person {
            let item = mentions[position], following = mentions[position + 1]
            let next: RelationExtractor.Resolved, between: [String]
            let describesBody = tokens[following.mention.tokens.upperBound - 1].isBasedIn
                || isAdjective(following.entity, at: following.mention.tokens.lowerBound)
                || kind(following.entity) == .location && lexicon.placeDescribesBody(tokens, endingAt: following.mention.tokens.upperBound)
            if describesBody, position + 2 < mentions.count, kind(mentions[position + 2].entity) == .organization,
               mentions[position + 2].mention.tokens.lowerBound - following.mention.tokens.upperBound <= 3,
               tokens[following.mention.tokens.upperBound..<mentions[position + 2].mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized }) {
                // "an economist at the Santiago-based think tank Libertad y Desarrollo", "from
                // Portuguese club Vitória Atlântico": the place or demonym describes the body.
                next = mentions[position + 2]
                between = tokens[item.mention.tokens.upperBound..<following.mention.tokens.lowerBound].map(\.lowercased)
            } else if let body = bodyAfterPlaceServed(following, before: position + 2) {
                // "Helena Brandt, the representative in Thailand of the UNHCR": the title is the body's, served in the place.
                next = body
                between = tokens[item.mention.tokens.upperBound..<(following.mention.tokens.lowerBound - 1)].map(\.lowercased) + ["of"]
            } else if [.organization, .country].contains(kind(following.entity)) {
                next = possessed(by: following) ?? following
                between = tokens[item.mention.tokens.upperBound..<next.mention.tokens.lowerBound].map(\.lowercased)
            } else {
                continue
            }
            // "Peter Chikwanje, of the ruling Malawi Congress Party": "of the" and the party's modifiers.
            if between.count <= 4, between.starts(with: ["of", "the"]),
               tokens[item.mention.tokens.upperBound - 1].punctuationAfter == ",",
               tokens[(item.mention.tokens.upperBound + 2)..<next.mention.tokens.lowerBound].allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil }) {
                add(item.entity, .memberOf, next.entity, 0.8)
                continue
            }
            // "a lawmaker from the ruling Georgian Dream party", "an editor at the investigative news
            // portal Razkrito": the body's own modifiers after "the".
            var described = between[...]
            if let the = between.lastIndex(of: "the"), between.count - the <= 5,
               tokens[(item.mention.tokens.upperBound + the + 1)..<next.mention.tokens.lowerBound].allSatisfy({
                   !$0.isCapitalized && $0.punctuationAfter == nil && $0.roles.isDisjoint(with: .preposition)
               }) {
                described = between[..<the]
            }
            guard between.count <= 8, let last = described.last(where: { $0 != "the" }),
                  saysWhatTheyAre(item.mention.tokens.upperBound..<next.mention.tokens.lowerBound)
            else { continue }
            let hasTitle = between.contains(where: isTitle)
            // "X, vice president of Y" and "X, head of oil research at Y" hold no office that leads Y.
            let leaderTitle = isOneOfMany(between) ? nil : between.indices.first { index in
                isLeaderTitle(between[index]) && (index == 0 || !MentionRecognizer.subordinateModifiers.contains(between[index - 1]))
                    // "chief economist at Y": a leader's word opening a member's title.
                    && (index + 1 == between.count || !lexicon.memberTitles.contains(between[index] + " " + between[index + 1]))
                    && !(index + 2 < between.count - 1 && headsAField(after: item.mention.tokens.upperBound + index + 1))
            }.map { between[$0] }
            // "arrested Jorge Ruiz in Colombia" is where, not whose: "in" ties a person only through a title.
            if ["at", "of", "for", "with", "from", "in"].contains(last), last != "in" || hasTitle,
               between.count <= 2 || tokens[item.mention.tokens.upperBound - 1].punctuationAfter == "," && hasTitle {
                add(item.entity, tie(leader: leaderTitle != nil, title: leaderTitle ?? "", to: next.entity), next.entity, 0.8)
            }
        }
    }

    /// The body after "of" in "in Thailand of the UNHCR", `place` being the
    /// place after "in" and `next` the index of the mention after it.
    private func bodyAfterPlaceServed(_ place: RelationExtractor.Resolved, before next: Int) -> RelationExtractor.Resolved? {
        let placeStart = place.mention.tokens.lowerBound, end = place.mention.tokens.upperBound
        guard [.country, .location].contains(kind(place.entity)), placeStart > 0, tokens[placeStart - 1].lowercased == "in",
              next < mentions.count, kind(mentions[next].entity) == .organization, tokens[end - 1].punctuationAfter == nil,
              case let joint = tokens[end..<mentions[next].mention.tokens.lowerBound].map(\.lowercased),
              joint == ["of"] || joint == ["of", "the"]
        else { return nil }
        // The whole name, not a listed name it opens with ("UN" of "UN High Commissioner for Refugees").
        let start = mentions[next].mention.tokens.lowerBound
        return mentions.filter { $0.mention.tokens.lowerBound == start && kind($0.entity) == .organization }
            .max { $0.mention.tokens.count < $1.mention.tokens.count }
    }

    /// Bodies named further on in a person's apposition, after a title and
    /// "for", "from" or "at": "X, a former defence minister who is now a
    /// senator for the opposition Democratic Center party," and "X, an
    /// opposition member of the Senate from the Orange Democratic Movement,"
    /// belong to the party as well.
    mutating func findFurtherAppositeBodies() {
        for (position, item) in mentions.enumerated() where kind(item.entity) == .person {
            let start = item.mention.tokens.upperBound
            guard start < tokens.count, tokens[start - 1].punctuationAfter == "," else { continue }
            let close = tokens[start...].firstIndex { $0.punctuationAfter != nil }.map { $0 + 1 } ?? tokens.count
            guard close - start <= 20 else { continue }
            // The body right after the comma is read by findAppositives.
            for body in mentions[(position + 1)...].dropFirst().prefix(while: { $0.mention.tokens.upperBound <= close })
            where kind(body.entity) == .organization {
                var word = body.mention.tokens.lowerBound - 1
                var modifiers = 0
                while word > start, tokens[word].lowercased == "the" || !tokens[word].isCapitalized && modifiers < 2
                    && !Self.bodyPrepositions.contains(tokens[word].lowercased) {
                    if tokens[word].lowercased != "the" { modifiers += 1 }
                    word -= 1
                }
                guard word > start, Self.bodyPrepositions.contains(tokens[word].lowercased) else { continue }
                // "member of the Senate from": past the body the title is of.
                word -= 1
                if let held = mentions.last(where: { $0.mention.tokens.upperBound == word + 1 && $0.mention.tokens.lowerBound > start }) {
                    word = held.mention.tokens.lowerBound - 1
                    while word > start, ["the", "of"].contains(tokens[word].lowercased) { word -= 1 }
                }
                guard word >= start, saysWhatTheyAre(start..<word), isTitle(tokens[word].lowercased)
                        || word > start && isTitle(tokens[(word - 1)...word].map(\.lowercased).joined(separator: " "))
                else { continue }
                add(item.entity, .memberOf, body.entity, 0.7)
            }
        }
    }

    private static let bodyPrepositions: Set<String> = ["for", "from", "at"]

    /// Whether the words of an apposition say what the person is, not what
    /// they did: "who is now a senator for" does, "who met officials from" does not.
    private func saysWhatTheyAre(_ words: Range<Int>) -> Bool {
        !words.contains { word in
            Self.relativePronouns.contains(tokens[word].lowercased) && word + 1 < tokens.count
                && !Self.beingVerbs.contains(tokens[word + 1].lowercased)
        }
    }

    private static let beingVerbs: Set<String> = ["is", "was", "has", "had", "remains", "became", "serves"]

    /// "head of case management": a leader's title whose field follows it
    /// ("of" and lower-case words) heads a part of the body, not the body.
    /// `word` is the word after the title.
    func headsAField(after word: Int) -> Bool {
        word + 1 < tokens.count && tokens[word].lowercased == "of" && !tokens[word + 1].isCapitalized
            && !Self.articles.contains(tokens[word + 1].lowercased)
    }

    /// "a regional leader of CONAIE", "an ELN commander": one of its leaders,
    /// not its head; but "a former president" held the office (a former
    /// office still counts).
    func isOneOfMany(_ words: [String]) -> Bool {
        words.count > 1 && ["a", "an"].contains(words[0]) && words[1] != "former"
    }

    static let leadershipVerbs = ["led", "headed", "chaired", "run"]

    /// "The group, led by Eric Geressy"; "Mexico's government, led by President X".
    mutating func findLedBy() {
        for index in tokens.indices.dropFirst().dropLast() where tokens[index].roles.contains(.leadershipVerb)
            && tokens[index + 1].lowercased == "by" {
            // "a consortium led by Chao Phraya Engineering", "a venture led by Chevron": a body leads a body.
            let leaderKinds: Set<EntityKind> = Self.bodiesLedByBodies.contains(tokens[index - 1].lowercased) ? [.person, .organization] : [.person]
            guard let leader = mentions.first(where: { $0.mention.tokens.lowerBound > index && leaderKinds.contains(kind($0.entity)) }),
                  leader.mention.tokens.lowerBound - index <= 4,
                  // "the Monaco-based agency run by X": a place the body is based in is not what X runs.
                  let led = mentions.last(where: {
                      $0.mention.tokens.upperBound <= index && [.organization, .country].contains(kind($0.entity))
                          && tokens[$0.mention.tokens.upperBound - 1].placeCompound == nil
                  }),
                  case let isDescribed = describedBefore(index, by: led), index - led.mention.tokens.upperBound <= 3 || isDescribed
            else { continue }
            // "Observers from the African Union, led by X": X leads the observers, who belong to the
            // union; so with "an IMF mission led by X", "Vietnam's delegation, led by X".
            let leadsItsPeople = tokens[led.mention.tokens.upperBound..<index].contains { Self.delegationNouns.contains($0.lowercased) }
            add(leader.entity, isPrepositionalObject(led) && !isDescribed || leadsItsPeople ? .memberOf : .leads, led.entity, 0.85, at: index)
        }
    }

    private static let delegationNouns: Set<String> = ["delegation", "mission", "team", "panel", "contingent"]

    /// The bodies another body may lead: members that take the lead among equals.
    static let bodiesLedByBodies: Set<String> = ["consortium", "venture", "coalition", "alliance", "group"]

    /// Whether the words from `body` to `word` are a description set off by a
    /// comma: "Stellar Sports Management, the Monaco-based agency run by".
    private func describedBefore(_ word: Int, by body: RelationExtractor.Resolved) -> Bool {
        let end = body.mention.tokens.upperBound
        guard end < word, word - end <= 6, tokens[end - 1].punctuationAfter == ",",
              Self.articles.contains(tokens[end].lowercased) else { return false }
        return tokens[end..<word].allSatisfy { $0.punctuationAfter == nil && (!$0.isCapitalized || $0.placeCompound != nil) }
    }

}
