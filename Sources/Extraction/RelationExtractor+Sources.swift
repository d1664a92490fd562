import NewsGraphCore

/// Who reported what, where places and bodies are, and which country a
/// state body belongs to.
extension SentenceContext {
    /// "according to NBC News", "told El País", "Speaking on Fox News", and a
    /// source list line `CNN, "Trump Weighs Strikes..."`: the outlet reported
    /// the main actor of the sentence.
    mutating func findSources() {
        // Most sentences name no outlet: the actors are only worked out for those that do.
        guard mentions.contains(where: { isOutlet($0.entity) }) else { return }
        // Actors: not policies or places, and not the country in a title ("Mexican" Foreign Minister).
        let actors = mentions.filter {
            kind($0.entity) != .policy && kind($0.entity) != .location && !isTitleScope($0)
        }
        for item in mentions where isOutlet(item.entity) {
            let start = item.mention.tokens.lowerBound
            // "told the newspaper El Tiempo", "said on state broadcaster GRTS": past the outlet's article and nouns.
            var articleSkipped = start
            while articleSkipped > 0, start - articleSkipped < 4, tokens[articleSkipped - 1].punctuationAfter == nil,
                  tokens[articleSkipped - 1].lowercased == "the" || Self.outletDescribers.contains(tokens[articleSkipped - 1].lowercased) {
                articleSkipped -= 1
            }
            // "told the Italian sports daily Corriere dello Stadio": an outlet's noun with words describing it.
            if articleSkipped > 1, tokens[articleSkipped - 1].lowercased != "told",
               tokens[articleSkipped..<start].contains(where: { Self.outletDescribers.contains($0.lowercased) }),
               let told = (max(0, articleSkipped - 4)..<articleSkipped).last(where: { tokens[$0].lowercased == "told" }),
               tokens[(told + 1)..<articleSkipped].allSatisfy({
                   $0.punctuationAfter == nil && !$0.roles.contains(.preposition) && (!$0.isCapitalized || lexicon.isDemonym($0.text))
               }) {
                articleSkipped = told + 1
            }
            let before = articleSkipped > 0 ? tokens[articleSkipped - 1].lowercased : ""
            let wordBefore = articleSkipped > 1 ? tokens[articleSkipped - 2].lowercased : ""
            let isSourceList = start == 0 && (sentence.text.dropFirst(item.mention.surface.count).hasPrefix(", “")
                || sentence.text.dropFirst(item.mention.surface.count).hasPrefix(", \""))
            let actor: Int?
            if before == "told" {
                // "'These goals are not in conflict,' she told Radio Cooperativa": the person "she" stands for.
                let pronoun = articleSkipped > 1 && ["he", "she"].contains(wordBefore) ? pronounReferent(at: articleSkipped - 2) : nil
                actor = pronoun ?? actors.last { $0.mention.tokens.upperBound < articleSkipped && $0.entity != item.entity }?.entity
            } else if before == "with" && wordBefore == "interview" || before == "on" && Self.sayingVerbs.contains(wordBefore) {
                // "Montoya said in an interview with El Tiempo", "Darboe said on GRTS": the speaker.
                actor = actors.last { $0.mention.tokens.upperBound < start && $0.entity != item.entity && !isOutlet($0.entity) }?.entity
            } else if isSourceOnly(item) || ["on", "to"].contains(before) && start <= 4 || isSourceList
                        || before == "by" && Self.reportNouns.contains(wordBefore) {
                // "according to a report by public broadcaster RNZ": the report's outlet.
                // "She said Seoul had proposed a survey, according to Yonhap": whom the speaking pronoun stands for.
                let speaker = isSourceOnly(item) && tokens.count > 2 && ["he", "she"].contains(tokens[0].lowercased)
                    && Self.sayingVerbs.contains(tokens[1].lowercased) ? pronounReferent(at: 0) : nil
                actor = speaker ?? subjectActor(actors.filter { $0.entity != item.entity && !isOutlet($0.entity) })?.entity
            } else {
                actor = nil
            }
            if let actor {
                add(item.entity, .reported, actor, 0.7)
            }
        }
        for index in tokens.indices where tokens[index].roles.contains(.reportingVerb) {
            // "Reuters reported that X...", or at the end, "X..., the agency Lusa
            // reported." (or "..., Reuters reported, citing three diplomats.")
            // "..., the Bangkok Post reported on Monday", "..., the daily Rzeczpospolita reported
            // last month, citing officials": a time after the verb still closes it.
            var next = index + 1
            while next < tokens.count, next - index <= 3, tokens[next - 1].punctuationAfter == nil,
                  Self.timeWords.contains(tokens[next].lowercased) || tokens[next].text.allSatisfy(\.isNumber) {
                next += 1
            }
            let closesSentence = next == tokens.count
                || tokens[next - 1].punctuationAfter == "," && tokens[next].lowercased.hasSuffix("ing")
            // "..., Yonhap news agency reported": the outlet's noun may stand between.
            var end = index
            while end > 0, index - end < 2, Self.outletWords.contains(tokens[end - 1].lowercased) { end -= 1 }
            // "The Manila Daily reported": the outlet's noun may be the last word of its name.
            if let outlet = mentions.last(where: { (end...index).contains($0.mention.tokens.upperBound) && isOutlet($0.entity) }),
               let actor = actors.first(where: { $0.entity != outlet.entity && $0.mention.tokens.lowerBound > index })
                ?? (closesSentence ? subjectActor(actors.filter {
                    $0.mention.tokens.upperBound <= outlet.mention.tokens.lowerBound && !isOutlet($0.entity)
                }) : nil) {
                add(outlet.entity, .reported, actor.entity, 0.7)
            }
        }
    }

    /// The first actor that is no preposition's object: "Its mission chief for
    /// Chile, Hernán Delpiano, met…" is about Delpiano.
    private func subjectActor(_ actors: [RelationExtractor.Resolved]) -> RelationExtractor.Resolved? {
        actors.first { !isPrepositionalObject($0) } ?? actors.first
    }

    static let reportingVerbs = ["reported", "reports", "revealed"]
    private static let reportNouns: Set<String> = ["report", "investigation", "analysis", "survey"]
    private static let outletDescribers: Set<String> = [
        "agency", "broadcaster", "channel", "daily", "magazine", "news", "newspaper", "public", "radio", "state", "station",
        "television", "weekly",
    ]
    private static let outletWords = ["news", "agency", "newspaper", "broadcaster", "service", "daily", "wire"]

    /// "the National Palace in Mexico City", "Dolores Hidalgo, Guanajuato",
    /// "Nairobi, the Kenyan capital" (where the parse may not see the
    /// apposition), "El Fasher, the capital of North Darfur state", "Mocuba,
    /// a town of about 300,000 people in Zambezia".
    mutating func findPlaces() {
        for index in mentions.indices.dropLast() {
            let next = mentions[index + 1]
            let gap = mentions[index].mention.tokens.upperBound..<next.mention.tokens.lowerBound
            let commaJoined = tokens[gap.lowerBound - 1].punctuationAfter == "," && kind(mentions[index].entity) == .location
            let placeOfCountry = commaJoined && gap.count == 1 && tokens[gap.lowerBound].lowercased == "the"
                && kind(next.entity) == .country && next.mention.tokens.count == 1 && next.mention.tokens.upperBound < tokens.count
                && Self.placeNouns.contains(tokens[next.mention.tokens.upperBound].lowercased)
            // "Acme Corp. of Chicago": the place after a company's suffix is its seat.
            let companySeat = gap.count == 1 && tokens[gap.lowerBound].lowercased == "of" && kind(mentions[index].entity) == .organization
                && Lexicon.corporateSuffixes.contains(tokens[gap.lowerBound - 1].lowercased)
            // "Abu Dhabi, the capital of the United Arab Emirates": past the article of the place's name.
            let ofEnd = gap.count > 3 && tokens[gap.upperBound - 1].lowercased == "the" ? gap.upperBound - 1 : gap.upperBound
            let placeNounOf = commaJoined && (3...5).contains(gap.count) && tokens[gap.lowerBound].lowercased == "the"
                && ["of", "in"].contains(tokens[ofEnd - 1].lowercased)
                && Self.placeNouns.contains(tokens[ofEnd - 2].lowercased)
                && tokens[gap].allSatisfy { !$0.isCapitalized && $0.punctuationAfter == nil }
                && [.location, .country].contains(kind(next.entity))
            // "Mocuba, a town of about 300,000 people in Zambezia": the description ends in the place.
            var inEnd = gap.upperBound
            while inEnd - gap.lowerBound > 3, tokens[inEnd - 1].lowercased == "the" || Self.compassWords.contains(tokens[inEnd - 1].lowercased) {
                inEnd -= 1
            }
            // "Maun, a safari town in northern Botswana": a word may describe the place noun.
            let describedInPlace = commaJoined && (3...10).contains(gap.count) && ["a", "an"].contains(tokens[gap.lowerBound].lowercased)
                && tokens[(gap.lowerBound + 1)...(gap.lowerBound + 2)].contains(where: { Self.placeNouns.contains($0.lowercased) })
                && tokens[inEnd - 1].lowercased == "in"
                && tokens[gap].allSatisfy { !$0.isCapitalized && ($0.punctuationAfter == nil || $0.text.first?.isNumber == true) }
                && [.location, .country].contains(kind(next.entity))
            // "Barcelona, Milan and Geneva" is a list, where "Austin, Texas" is a place in a place.
            let isList = index + 2 < mentions.count && [.location, .country].contains(kind(mentions[index + 2].entity))
                && (mentions[index + 2].mention.tokens.lowerBound == next.mention.tokens.upperBound
                    && tokens[next.mention.tokens.upperBound - 1].punctuationAfter == ","
                    || mentions[index + 2].mention.tokens.lowerBound == next.mention.tokens.upperBound + 1
                    && ["and", "or"].contains(tokens[next.mention.tokens.upperBound].lowercased))
            // "Spała, central Poland": a word for where in the place after the comma.
            let commaCompass = commaJoined && (gap.isEmpty || gap.count == 1 && Self.compassWords.contains(tokens[gap.lowerBound].lowercased))
            // "Banten province, Indonesia": the place's noun before the comma.
            let nounComma = kind(mentions[index].entity) == .location && gap.count == 1 && tokens[gap.lowerBound].punctuationAfter == ","
                && tokens[gap.lowerBound - 1].punctuationAfter == nil && Self.placeNouns.contains(tokens[gap.lowerBound].lowercased)
                && [.location, .country].contains(kind(next.entity))
            if gap.count == 1 && tokens[gap.lowerBound].lowercased == "in" || (commaCompass || nounComma) && !isList || placeOfCountry || companySeat
                || placeNounOf || describedInPlace
                || kind(mentions[index].entity) == .location && isPlaceInPlace(gap, country: kind(next.entity) == .country)
                    && [.location, .country].contains(kind(next.entity)) {
                // "Bandeng, in Cameroon's West Region": in the place the state's possessive owns.
                let owned = gap.count == 1 ? nameOwned(by: next).flatMap { kind($0.entity) == .location ? $0 : nil } : nil
                add(mentions[index].entity, .locatedIn, (owned ?? next).entity, 0.7)
            }
            // "San Antonio lies in Chile's Valparaíso Region": a place said to lie in another,
            // or in the place a country's possessive owns.
            if [.location, .organization].contains(kind(mentions[index].entity)), isLyingIn(gap), [.location, .country].contains(kind(next.entity)) {
                let owned = nameOwned(by: next).flatMap { kind($0.entity) == .location ? $0 : nil }
                add(mentions[index].entity, .locatedIn, (owned ?? next).entity, 0.7)
            }
            // "Mali's central Mopti region": a country's place, past a word for where in it.
            if kind(mentions[index].entity) == .country, mentions[index].mention.isPossessive, kind(next.entity) == .location,
               tokens[gap].allSatisfy({ Self.compassWords.contains($0.lowercased) }), gap.count <= 1, endsPlacePhrase(next) {
                add(next.entity, .locatedIn, mentions[index].entity, 0.7)
            }
        }
        findPlacesListedAfterTheirNoun()
        // "in Sagaing Region, in the country's north-west": the story's country.
        if let mainCountry {
            for item in mentions where kind(item.entity) == .location && isInTheCountrysPart(after: item.mention.tokens.upperBound) {
                add(item.entity, .locatedIn, mainCountry, 0.65)
            }
        }
    }

    /// "Argentina's Andean mining provinces of San Juan, Catamarca and Jujuy":
    /// every place a country's place noun lists after "of" is in the country.
    private mutating func findPlacesListedAfterTheirNoun() {
        for (position, country) in mentions.enumerated().dropLast() where kind(country.entity) == .country && country.mention.isPossessive {
            let start = country.mention.tokens.upperBound
            guard let of = (start..<min(tokens.count, start + 4)).first(where: { tokens[$0].lowercased == "of" }), of > start,
                  Self.placeNouns.contains(tokens[of - 1].lowercased),
                  tokens[start..<of].allSatisfy({ $0.punctuationAfter == nil && !$0.isPossessive })
            else { continue }
            var next = of + 1
            for place in mentions[(position + 1)...] where place.mention.tokens.lowerBound > of {
                guard place.mention.tokens.lowerBound == next, kind(place.entity) == .location else { break }
                add(place.entity, .locatedIn, country.entity, 0.7)
                // The list goes on past a comma, an "and" or both.
                let end = place.mention.tokens.upperBound
                next = end
                guard next < tokens.count, tokens[end - 1].punctuationAfter == "," || ["and", "or"].contains(tokens[next].lowercased)
                else { break }
                if ["and", "or"].contains(tokens[next].lowercased) { next += 1 }
            }
        }
    }

    /// ", in the country's north-west", ", in the north of the country".
    private func isInTheCountrysPart(after end: Int) -> Bool {
        guard end + 3 < tokens.count, tokens[end - 1].punctuationAfter == ",", tokens[end].lowercased == "in",
              tokens[end + 1].lowercased == "the"
        else { return false }
        if tokens[end + 2].lowercased == "country", tokens[end + 2].isPossessive {
            return Self.compassWords.contains(tokens[end + 3].lowercased)
        }
        return end + 5 < tokens.count && Self.compassWords.contains(tokens[end + 2].lowercased) && tokens[end + 3].lowercased == "of"
            && tokens[end + 4].lowercased == "the" && tokens[end + 5].lowercased == "country"
    }

    /// Whether a place's name ends its phrase, or a place noun does ("the
    /// Mopti region"): in "Israel's Gaza offensive" the place describes the act.
    private func endsPlacePhrase(_ place: RelationExtractor.Resolved) -> Bool {
        let end = place.mention.tokens.upperBound
        guard end < tokens.count, tokens[end - 1].punctuationAfter == nil else { return true }
        let next = tokens[end]
        return Self.placeNouns.contains(next.lowercased) || next.roles.contains(.preposition) || ["and", "or"].contains(next.lowercased)
    }

    /// "Dostuk in the Batken region", "Isfara district of the Sughd region",
    /// "clinics in central Mali": between two places, a place noun at most,
    /// "in" or "of", "the" at most and a word for where in it at most.
    /// "lies in", "is located in", "sits in": words saying where a place is.
    private func isLyingIn(_ gap: Range<Int>) -> Bool {
        guard (2...3).contains(gap.count), tokens[gap.upperBound - 1].lowercased == "in",
              tokens[gap].allSatisfy({ $0.punctuationAfter == nil })
        else { return false }
        let words = tokens[gap.lowerBound..<(gap.upperBound - 1)].map(\.lowercased)
        return words.allSatisfy(Self.lyingWords.contains) && words.contains { $0 != "is" }
    }

    private static let lyingWords: Set<String> = ["lies", "lie", "sits", "sit", "is", "located", "situated"]

    private func isPlaceInPlace(_ gap: Range<Int>, country: Bool) -> Bool {
        var words = tokens[gap].map(\.lowercased)[...]
        guard tokens[gap].allSatisfy({ $0.punctuationAfter == nil }), words.count >= 2 else { return false }
        var placeNoun: String?
        if let first = words.first, Self.placeNouns.contains(first) { (words, placeNoun) = (words.dropFirst(), first) }
        guard let preposition = words.popFirst(), ["in", "of"].contains(preposition) else { return false }
        // "the Red Sea city of Port Sudan" names the city; "the Isfara district of the Sughd region"
        // and "the Batken region of Kyrgyzstan" (a state's part, named by the state) place it.
        if let placeNoun, preposition == "of", words.first != "the", !country || !Self.statePartNouns.contains(placeNoun) { return false }
        if words.first == "the" { words = words.dropFirst() }
        if let first = words.first, Self.compassWords.contains(first) { words = words.dropFirst() }
        return words.isEmpty
    }

    /// The nouns for a state's parts, which no city is called.
    private static let statePartNouns: Set<String> = [
        "region", "province", "district", "state", "department", "county", "governorate", "prefecture", "territory",
    ]

    private static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
        "north-eastern", "north-western", "south-eastern", "south-western", "north-east", "north-west", "south-east",
        "south-west",
    ]

    /// "ACCRA, Ghana (Reuters) —", "BEND, Ore. (AP) —": a dateline's city
    /// lies in the country or state after its comma; "DHAKA, Nov 8 —", a
    /// capital with no region, in its country. A region the article names
    /// nowhere else makes no entity.
    mutating func findDatelinePlace() {
        let length = sentence.datelineLength
        guard length > 1, let comma = tokens.prefix(length).firstIndex(where: { $0.punctuationAfter == "," }),
              comma + 1 < length else { return }
        // The city is the place the recognizer read in the dateline.
        guard let city = mentions.first(where: { $0.mention.tokens.lowerBound == 0 && kind($0.entity) == .location })?.entity
        else { return }
        // The region ends at its first mark: "Ghana (Reuters)", "Ore., March 3".
        let end = tokens[(comma + 1)..<length].firstIndex { $0.punctuationAfter != nil }.map { $0 + 1 } ?? length
        let region = tokens[(comma + 1)..<end]
        guard region.allSatisfy({ $0.isCapitalized && $0.text.first?.isNumber != true }) else {
            // "DHAKA, Nov 8 —": a capital with no region lies in its country.
            if let country = countryWithCapital(city) { add(city, .locatedIn, country, 0.8) }
            return
        }
        let regionName = region.map(\.text).joined(separator: " ")
        let country = lexicon.country(named: regionName).flatMap { name in
            entities.indices.first { kind($0) == .country && entities[$0].name == name }
        }
        let place = country ?? entities.indices.first { index in
            kind(index) == .location && index != city && entities[index].surfaces.contains(regionName)
        }
        if let place { add(city, .locatedIn, place, 0.8) }
    }

    /// The country entity whose capital the place is, by the lexicon's public facts.
    private func countryWithCapital(_ place: Int) -> Int? {
        guard case .capital(let name)? = lexicon.meaning(of: entities[place].name) else { return nil }
        return countryEntity(named: name)
    }

    /// The article's entity for the country of that canonical name, if it names one.
    func countryEntity(named name: String) -> Int? {
        entities.indices.first { kind($0) == .country && entities[$0].name == name }
    }

    /// "Solvera Motors, which is based in the Spanish capital, Madrid",
    /// "Northvale, headquartered in Vancouver": where a body has its seat.
    mutating func findSeats() {
        // "the CEB's Colombo headquarters": a city between a body's possessive and its seat.
        for (position, body) in mentions.enumerated().dropLast() where body.mention.isPossessive && kind(body.entity) == .organization {
            let city = mentions[position + 1], end = city.mention.tokens.upperBound
            guard city.mention.tokens.lowerBound == body.mention.tokens.upperBound, kind(city.entity) == .location,
                  end < tokens.count, tokens[end - 1].punctuationAfter == nil, tokens[end].lowercased == "headquarters"
            else { continue }
            add(body.entity, .locatedIn, city.entity, 0.75)
        }
        for index in tokens.indices.dropLast() where tokens[index].roles.contains(.readingCue)
            && Self.seatWords.contains(tokens[index].lowercased) && (tokens[index + 1].lowercased == "in" || isHeadquarters(at: index)) {
            let namedPlace = placeNamedByNoun(from: index + 2)
            let named = mentions.last(where: { $0.mention.tokens.upperBound <= index && kind($0.entity) == .organization })
            let possessed = ownerOfPossessedSeat(before: index)
            guard let body = possessed.isPossessed ? possessed.owner
                    : named.flatMap({ index - $0.mention.tokens.upperBound <= 3 || isDescribed($0, upTo: index) ? $0.entity : nil }),
                  var place = namedPlace ?? mentions.first(where: { $0.mention.tokens.lowerBound > index + 1 }),
                  place.mention.tokens.lowerBound - index <= 4 || namedPlace != nil,
                  [.location, .country].contains(kind(place.entity))
            else { continue }
            // "the Spanish capital, Madrid": the city the demonym's capital names.
            let after = place.mention.tokens.upperBound
            if after < tokens.count, tokens[after].lowercased == "capital", tokens[after].punctuationAfter == ",",
               let city = mentions.first(where: { $0.mention.tokens.lowerBound == after + 1 }), kind(city.entity) == .location {
                place = city
            }
            add(body, .locatedIn, place.entity, 0.75)
        }
    }

    /// "its headquarters in Kuwait City", "the department's offices in
    /// Pretoria": whether a possessive word owns the seat, and the body it
    /// stands for, if known: a body's noun after "the" stands for the one
    /// body of the article whose name holds it. A name before "raided the
    /// company's offices" owns no seat.
    private func ownerOfPossessedSeat(before seat: Int) -> (isPossessed: Bool, owner: Int?) {
        var word = seat - 1
        while word > 0, Self.seatModifiers.contains(tokens[word].lowercased) { word -= 1 }
        guard word > 0 else { return (false, nil) }
        // "OPEC's headquarters", or "the broadcaster's" read as the body it names.
        if let owner = mentions.last(where: { $0.mention.tokens.contains(word) }) {
            return (owner.mention.isPossessive, kind(owner.entity) == .organization ? owner.entity : nil)
        }
        if ["its", "their"].contains(tokens[word].lowercased) {
            return (true, determinedOwner(at: word).flatMap { kind($0) == .organization ? $0 : nil })
        }
        guard tokens[word].isPossessive, !tokens[word].isCapitalized else { return (false, nil) }
        // "his party's headquarters" is the person's party, whatever its name.
        guard lexicon.namesKindOfBody(tokens[word]), tokens[word - 1].lowercased == "the" else { return (true, nil) }
        let noun = tokens[word].lowercased
        let bodies = entities.indices.filter { kind($0) == .organization && entities[$0].name.words.contains { $0.lowercased() == noun } }
        return (true, bodies.count == 1 ? bodies[0] : nil)
    }

    private static let seatModifiers: Set<String> = ["own", "main", "new", "former", "regional", "european", "global"]

    /// "Syr Darya Basin Watch, an environmental group based in": the body a
    /// short description after its comma, up to `word`, describes.
    private func isDescribed(_ body: RelationExtractor.Resolved, upTo word: Int) -> Bool {
        let end = body.mention.tokens.upperBound
        return word - end <= 6 && tokens[end - 1].punctuationAfter == "," && Self.articles.contains(tokens[end].lowercased)
            && tokens[end..<word].allSatisfy { !$0.isCapitalized && $0.punctuationAfter == nil }
    }

    /// "the northern Chilean city of Antofagasta", "the coastal village of
    /// Placencia": the place a place noun names after "of", not the country
    /// an adjective before it names.
    private func placeNamedByNoun(from start: Int) -> RelationExtractor.Resolved? {
        guard start + 2 < tokens.count, let noun = (start..<min(tokens.count - 2, start + 5)).first(where: {
            Self.placeNouns.contains(tokens[$0].lowercased) && tokens[$0 + 1].lowercased == "of"
        }), tokens[start..<noun].allSatisfy({ $0.punctuationAfter == nil })
        else { return nil }
        return mentions.first { $0.mention.tokens.lowerBound == noun + 2 && kind($0.entity) == .location }
    }

    static let seatWords: Set<String> = ["based", "headquartered", "headquarters", "offices", "incorporated", "registered", "sits"]

    /// "whose European headquarters are in Dublin".
    private func isHeadquarters(at index: Int) -> Bool {
        tokens[index].lowercased == "headquarters" && index + 2 < tokens.count
            && ["is", "are"].contains(tokens[index + 1].lowercased) && tokens[index + 2].lowercased == "in"
    }
    private static let timeWords: Set<String> = [
        "on", "late", "early", "earlier", "this", "last", "week", "month", "year", "morning", "afternoon", "evening",
        "night", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// "Angola's state oil company Sonangol", "Portugal's Constitutional
    /// Court": a body a country's possessive names is part of that country;
    /// "Vietnam's Mekong Delta": a place it names is in it; "the department's
    /// Antitrust Division": a body a body's possessive names is part of it.
    mutating func findPossessedBodies() {
        for (position, item) in mentions.enumerated().dropFirst() where [.organization, .location].contains(kind(item.entity)) {
            let owner = mentions[position - 1]
            let between = tokens[owner.mention.tokens.upperBound..<item.mention.tokens.lowerBound]
            // "the department's Antitrust Division": a body's own part, named right after it.
            let ownedByBody = kind(owner.entity) == .organization && !isOutlet(owner.entity)
                && possessed(by: owner)?.entity == item.entity
            // "Israel's Gaza offensive" is an act, not a place of Israel's.
            if kind(item.entity) == .location, !endsNounPhrase(item) { continue }
            // "Iraq's existing OPEC target": a body modifying a noun is no part of the owner; the noun is.
            if kind(item.entity) == .organization, modifiesNoun(item) { continue }
            // Not "Colombia's government and the ELN": the body after "and" is not the country's.
            // "Sudan's U.N. ambassador": a body before a title is the title's field, no part of the owner.
            if item.mention.tokens.upperBound < tokens.count, !tokens[item.mention.tokens.upperBound].roles.isDisjoint(with: .title) {
                continue
            }
            // "Kampala's Makerere University", "Helsinki's Senate Square": what a place's possessive names is in the place.
            let inPlace = kind(owner.entity) == .location
            guard kind(owner.entity) == .country || ownedByBody || inPlace, owner.mention.isPossessive, !isOutlet(item.entity),
                  !entities[item.entity].isGroup, between.count <= 3,
                  // "Finland's obligations under ILO conventions", "Belize's agent before the court": a
                  // preposition, listed or as the parser reads it, leaves the possessive's phrase.
                  between.allSatisfy({ !$0.isCapitalized && $0.punctuationAfter == nil && !Self.coordinators.contains($0.lowercased)
                      && !$0.roles.contains(.preposition) }),
                  !between.indices.contains(where: { parsedTags?[$0] == .adposition })
            else { continue }
            // "Vietnam's Mekong Delta" is in the country; "Mexico's navy" is part of its state;
            // "Belgium's Pro League" and "Taiwan's Kaohsin Electronics Group" are only in it.
            // So is "Singapore's Harbour Pacific Holdings": a company by its name's last word.
            let name = entities[item.entity].name
            let isCivil = kind(owner.entity) == .country && (EntityFacts.isCivilBody(name, ownedByCountry: true) || isCompanyName(name))
            add(item.entity, kind(item.entity) == .location || inPlace || isCivil ? .locatedIn : .memberOf, owner.entity, 0.8)
        }
    }


    /// "Harbour Pacific Holdings", "Vantor Inc.": a name whose last word only
    /// companies end with, and no word of a state's body (not the "Ministry
    /// of Mines and Mineral Resources").
    private func isCompanyName(_ name: String) -> Bool {
        // "Grupo Altavista", "Groupe Lactalis": a Romance group's name opens with its word.
        if let first = name.words.first, Self.companyOpeners.contains(String(first)) { return true }
        guard let last = name.lastWord, Lexicon.corporateSuffixes.contains(last.asciiLowercased()) || Lexicon.companyHeads.contains(String(last))
        else { return false }
        return !name.words.contains { lexicon.cues.governmentHeads.contains(String($0)) }
    }

    private static let companyOpeners: Set<String> = ["Grupo", "Groupe", "Gruppo"]

    /// Whether nothing but a clause's next part follows the name: a comma, the
    /// end, a preposition, a conjunction or a verb of being or having.
    private func endsNounPhrase(_ item: RelationExtractor.Resolved) -> Bool {
        let end = item.mention.tokens.upperBound
        guard end < tokens.count, tokens[end - 1].punctuationAfter == nil else { return true }
        return tokens[end].roles.contains(.preposition) || Self.clauseContinuations.contains(tokens[end].lowercased)
    }

    /// Whether the parse reads the lower-case word after the name as the noun it modifies.
    private func modifiesNoun(_ item: RelationExtractor.Resolved) -> Bool {
        let end = item.mention.tokens.upperBound
        guard let parsedTags, end < tokens.count, tokens[end - 1].punctuationAfter == nil, !item.mention.isPossessive else { return false }
        return !tokens[end].isCapitalized && parsedTags[end] == .noun
    }

    private static let clauseContinuations: Set<String> = [
        "and", "or", "is", "was", "are", "were", "has", "had", "have", "will", "would", "where", "which", "that",
    ]

    /// "Ecuador's 2008 Constitution", "Britain's Global Human Rights sanctions
    /// regime", "its new School Dengue Immunization Program", "Restrepo,
    /// whose Total Peace policy": whoever owns a policy enacted it.
    /// "Resolution 004-2026 of Ecuador's Foreign Trade Committee": the body
    /// or state after a policy's "of" issued it.
    private func issuer(after end: Int) -> Int? {
        guard end + 1 < tokens.count, tokens[end].lowercased == "of", tokens[end - 1].punctuationAfter == nil else { return nil }
        return mentions.first(where: {
            (end + 1...end + 3).contains($0.mention.tokens.lowerBound) && !$0.mention.isPossessive
                && [.organization, .country].contains(kind($0.entity))
                && tokens[(end + 1)..<$0.mention.tokens.lowerBound].allSatisfy { $0.punctuationAfter == nil || $0.isPossessive }
        })?.entity
    }

    mutating func findOwnedPolicies() {
        for (position, item) in mentions.enumerated() where kind(item.entity) == .policy {
            let start = item.mention.tokens.lowerBound
            let owner: Int?
            if position > 0, case let before = mentions[position - 1], before.mention.isPossessive,
               [.person, .organization, .country].contains(kind(before.entity)),
               tokens[before.mention.tokens.upperBound..<start].allSatisfy({ $0.punctuationAfter == nil && !$0.isPossessive }),
               start - before.mention.tokens.upperBound <= 3 {
                owner = before.entity
            } else if position > 0, case let before = mentions[position - 1], kind(before.entity) == .country,
                      case let noun = before.mention.tokens.upperBound, noun < start, start - noun <= 3,
                      tokens[noun].isPossessive, tokens[noun].roles.contains(.governmentNoun),
                      tokens[before.mention.tokens.upperBound - 1].punctuationAfter == nil,
                      tokens[noun..<start].allSatisfy({ $0.punctuationAfter == nil }) {
                // "the Chilean government's National Lithium Strategy": the state's.
                owner = before.entity
            } else if let determiner = (max(0, start - 3)..<start).last(where: { Self.possessiveDeterminers.contains(tokens[$0].lowercased) }),
                      tokens[determiner..<start].allSatisfy({ $0.punctuationAfter == nil }) {
                // "whose" is the name before it, a person's too ("Petro, whose Total Peace policy").
                owner = tokens[determiner].lowercased == "whose"
                    ? mentions.last(where: { $0.mention.tokens.upperBound == determiner })?.entity
                    : determinedOwner(at: determiner)
            } else {
                owner = issuer(after: item.mention.tokens.upperBound)
            }
            let end = item.mention.tokens.upperBound
            // "Ghana's $3 billion Extended Credit Facility with the International Monetary Fund":
            // a loan is its borrowing state's, and the lender ("the IMF's", or after "with" or "from") grants it.
            if MentionRecognizer.isLendingInstrument(entities[item.entity].name) {
                if let owner, kind(owner) == .country { add(item.entity, .appliesTo, owner, 0.7) }
                if let owner, kind(owner) == .organization { add(owner, .enacts, item.entity, 0.7) }
                if end + 1 < tokens.count, ["with", "from"].contains(tokens[end].lowercased), tokens[end - 1].punctuationAfter == nil,
                   case let start = tokens[end + 1].lowercased == "the" ? end + 2 : end + 1,
                   let lender = mentions.first(where: { $0.mention.tokens.lowerBound == start && kind($0.entity) == .organization }) {
                    add(lender.entity, .enacts, item.entity, 0.7)
                }
            } else if let owner {
                add(owner, .enacts, item.entity, 0.7)
            }
            // "declaring a state of emergency in Imbabura": a declaration covers the place it is made for
            // (an accord "signed in Nairobi" is only signed there).
            if (max(0, start - 3)..<start).contains(where: { tokens[$0].roles.contains(.declarationVerb) }),
               end + 1 < tokens.count, tokens[end].lowercased == "in",
               let place = mentions.first(where: { $0.mention.tokens.lowerBound == end + 1 }),
               [.location, .country].contains(kind(place.entity)) {
                add(item.entity, .appliesTo, place.entity, 0.7)
                // "in Zambezia and Sofala": each place listed.
                for other in conjuncts(of: place.entity, endingAt: place.mention.tokens.lowerBound, before: false) {
                    add(item.entity, .appliesTo, other, 0.65)
                }
            }
        }
    }


    /// "the United Nations refugee agency, UNHCR", "Chile's state copper
    /// company, Codelco": a body named as another's agency, party or company,
    /// in apposition, is part of it.
    mutating func findAppositeBodies() {
        for (position, item) in mentions.enumerated().dropFirst() where kind(item.entity) == .organization {
            let owner = mentions[position - 1]
            var between = tokens[owner.mention.tokens.upperBound..<item.mention.tokens.lowerBound]
            if between.last?.lowercased == "the" { between = between.dropLast() }
            guard [.country, .organization].contains(kind(owner.entity)), !isOutlet(item.entity),
                  (1...3).contains(between.count), let noun = between.last, noun.roles.contains(.bodyNoun),
                  noun.punctuationAfter == ",", between.allSatisfy({ !$0.isCapitalized && !$0.isPossessive }),
                  between.dropLast().allSatisfy({ $0.punctuationAfter == nil && !$0.roles.contains(.preposition) }),
                  // A noun phrase, not a verb's object: "Ukraine sued the company, Naftogaz".
                  !between.contains(where: { Self.articles.contains($0.lowercased) || $0.lowercased.hasSuffix("ed") })
            else { continue }
            add(item.entity, .memberOf, owner.entity, 0.75)
        }
    }

    /// "Court of Justice of the European Union", "Council of the European
    /// Union": a body whose name ends in another's is part of it; so is one
    /// whose name opens with another body's ("United Nations Security
    /// Council", "U.N. World Food Programme", "Makerere University Guild";
    /// the golds agree in 9 cases of 10). Said once per document, from the
    /// first sentence naming the body.
    mutating func findNamedParents(alreadyTied: inout Set<Int>) {
        for item in mentions where kind(item.entity) == .organization && !alreadyTied.contains(item.entity) {
            let name = entities[item.entity].name
            let surfaces = entities[item.entity].surfaces
            guard let parent = entities.indices.first(where: { other in
                other != item.entity && [.organization, .country].contains(kind(other)) && entities[other].mentionCount > 0
                    && (name.hasSuffix(" of the " + entities[other].name) || name.hasSuffix(" of " + entities[other].name)
                        || kind(other) == .organization && entities[other].name != name && !namesPlace(entities[other].name)
                            && entities[other].surfaces.contains { form in
                                Self.isWholeBodyName(form) && surfaces.contains { $0.hasPrefix(form + " ") }
                            })
            }) else { continue }
            alreadyTied.insert(item.entity)
            add(item.entity, .memberOf, parent, 0.8)
        }
    }

    /// "United Nations", "U.N.", "FIFA", "Senate": a body's name of two words,
    /// an acronym or a legislature's noun ("Senate Committee on Public
    /// Services"); one ordinary word ("Vitória" of "Vitória Atlântico") is too
    /// often the body's own short name.
    private static func isWholeBodyName(_ form: String) -> Bool {
        form.wordCount > 1 || form.allSatisfy { $0.isUppercase || $0 == "." }
            || MentionRecognizer.legislatureNouns.contains(form.lowercased())
    }

    /// "Mekong River": a name ending in a place's head word names a place, whatever it was typed as.
    private func namesPlace(_ name: String) -> Bool {
        name.lastWord.map { lexicon.cues.locationHeads.contains(String($0)) } == true
    }

    /// "Islamabad High Court" sits in Islamabad: stated once per document,
    /// where the court is first named.
    mutating func findSeatsInNames(alreadyTied: inout Set<Int>) {
        for item in mentions where !alreadyTied.contains(item.entity) {
            guard let place = facts.seat[item.entity] else { continue }
            alreadyTied.insert(item.entity)
            add(item.entity, .locatedIn, place, 0.7)
        }
    }

    /// A body whose name or lexicon entry ties it to a country named in the
    /// same sentence: "U.S. State Department" member_of United States; a group
    /// like "Mexican drug cartels" located_in Mexico.
    /// A tie that comes from the name is stated once per document, not once
    /// per mention, unless a sentence names the country beside the body.
    mutating func findCountryTies(alreadyTied: inout Set<Int>) {
        let tied = mentions.indices.filter { facts.tiedCountry[mentions[$0].entity] != nil }
        guard !tied.isEmpty else { return }
        let named = Set(mentions.indices.filter { kind(mentions[$0].entity) == .country }.map { mentions[$0].entity })
        for index in tied {
            let body = mentions[index].entity
            guard let countryEntity = facts.tiedCountry[body], !alreadyTied.contains(body) || named.contains(countryEntity)
            else { continue }
            alreadyTied.insert(body)
            // "the Thai construction group Siam Riverworks": where the text places
            // the body, the country in its name says nothing more.
            if found.contains(where: { $0.source == body && $0.target == countryEntity && $0.type == .locatedIn }) { continue }
            add(body, entities[body].isGroup || entities[body].isArmedGroup ? .locatedIn : .memberOf, countryEntity, 0.8)
        }
    }
}
