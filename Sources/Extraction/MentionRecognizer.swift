import NewsGraphCore

/// Finds the names in sentences: lexicon phrases, capitalized chunks
/// classified by their head word, title or given name, acronyms, demonym-led
/// groups, lower-case policy phrases and designations.
struct MentionRecognizer {
    let lexicon: Lexicon

    func mentions(in sentence: Sentence) -> [Mention] {
        let tokens = sentence.tokens
        var result: [Mention] = []
        var index = 0
        while index < tokens.count {
            if let mention = phrase(in: sentence, at: index) {
                result.append(mention)
                index = mention.tokens.upperBound
                continue
            }
            if var place = compoundPlace(sentence, at: index) {
                // "New York-based", "San Francisco-based": capitalized words right before the
                // compound open the place's name, unless the rules read them as a name of their own.
                var start = index
                while start > 0, index - start < 3, tokens[start - 1].isCapitalized, tokens[start - 1].punctuationAfter == nil,
                      !tokens[start - 1].isPossessive, !Self.articles.contains(tokens[start - 1].lowercased) {
                    start -= 1
                }
                // A listed place's name takes its words from any reading ("Mexico City-based"),
                // and a capital's is the city's ("San Jose-based").
                let name = tokens[start..<index].map(\.text).joined(separator: " ") + " " + place.surface
                let meaning = start < index ? lexicon.meaning(of: name) : nil
                if start < index, meaning != nil || result.allSatisfy({ !$0.tokens.overlaps(start..<index) || $0.isWeak }) {
                    result.removeAll { $0.tokens.overlaps(start..<index) }
                    let isCapital = if case .capital? = meaning { true } else { false }
                    place = lexicon.country(named: name).flatMap { isCapital ? nil : plain(sentence, start..<(index + 1), kind: .country, canonical: $0, surface: name) }
                        ?? (meaning == nil ? unlistedCompound(sentence, start..<(index + 1), surface: name)
                            : plain(sentence, start..<(index + 1), kind: .location, surface: name))
                }
                result.append(place)
                index += 1
                continue
            }
            guard startsName(tokens, at: index) else {
                index += 1
                continue
            }
            let chunkEnd = chunk(tokens, from: index, headline: sentence.isHeadline)
            var found = namedPolicy(sentence, index..<chunkEnd).map { [$0] } ?? classify(sentence: sentence, range: index..<chunkEnd)
            // "Dolores Hidalgo, Guanajuato": a name after a place and a comma is a place,
            // but not the speaker of '"... to Bay Street," Lavoie said'.
            if found.count == 1, found[0].isWeak, !sentence.isHeadline, index > 0,
               tokens[index - 1].punctuationAfter == ",",
               chunkEnd == tokens.count || !SentenceContext.sayingVerbs.contains(tokens[chunkEnd].lowercased),
               let previous = result.last,
               previous.kind == .location, previous.tokens.upperBound == index {
                found[0].isWeak = false
                found[0].kind = .location
            }
            for position in found.indices where found[position].role != nil && found[position].role?.scope == nil {
                let scope = scopeBefore(found[position], in: sentence, previous: result)
                found[position].role?.scope = scope
            }
            if var last = found.last, last.kind == .person, last.tokens.upperBound < tokens.count,
               lexicon.cues.governmentNouns.contains(tokens[last.tokens.upperBound].lowercased) {
                last.isGovernment = true
                last.isWeak = false
                if last.role == nil {
                    found[found.count - 1] = last
                } else {
                    // "Prime Minister Michael Harland's government" names its titled leader too;
                    // the state is read at its noun.
                    last.role = nil
                    last.tokens = last.tokens.upperBound..<(last.tokens.upperBound + 1)
                    found.append(last)
                }
            }
            // "Ecuador's 2008 Constitution": a year before a policy's head word names that policy.
            if found.count == 1, found[0].isWeak, found[0].tokens == index..<chunkEnd, index > 0, isYear(tokens[index - 1]),
               lexicon.policyHeads.contains(tokens[chunkEnd - 1].text) {
                found = [plain(sentence, (index - 1)..<chunkEnd, kind: .policy)]
            }
            for position in found.indices where found[position].kind == .organization
                && (precedesOutletNoun(tokens, found[position].tokens) || followsOutletNoun(tokens, found[position].tokens.lowerBound)) {
                found[position].isDescribedAsOutlet = true
            }
            for position in found.indices where found[position].kind == .organization && followsSeatCount(tokens, found[position].tokens.lowerBound) {
                found[position].isSeatedBody = true
            }
            result += found
            index = max(chunkEnd, found.last?.tokens.upperBound ?? index + 1)
        }
        return result
    }

    /// How many words a Romance "for" and its article join to a name at `word`,
    /// up to the capitalized word after them.
    private func romanceForPhrase(_ tokens: [Token], at word: Int) -> Int? {
        guard Self.romanceFor.contains(tokens[word].text), tokens[word].punctuationAfter == nil else { return nil }
        var next = word + 1
        if next < tokens.count, Self.romanceArticles.contains(tokens[next].text), tokens[next].punctuationAfter == nil { next += 1 }
        guard next < tokens.count, tokens[next].isCapitalized else { return nil }
        return next - word + 1
    }

    private static let romanceFor: Set<String> = ["por", "para", "pour", "pela", "pelo", "per"]
    private static let romanceArticles: Set<String> = ["la", "el", "los", "las", "le", "les", "o", "a", "il"]

    /// Words after a policy's head that open what it is about.
    private static let policyTopicWords: Set<String> = ["against", "on", "concerning", "regarding"]

    private func isYear(_ token: Token) -> Bool {
        token.text.utf8.count == 4 && Int(token.text).map { (1000..<2100).contains($0) } == true
    }

    /// A border, "the administration", a policy phrase, a group or a group's
    /// bare noun starting at `index`, tried in that order. Each is tried only
    /// if the word passes its first test: most words start none of them.
    private func phrase(in sentence: Sentence, at index: Int) -> Mention? {
        let token = sentence.tokens[index]
        if token.isCapitalized, let border = border(in: sentence, at: index) { return border }
        if token.text == "administration", let administration = administration(in: sentence, at: index) {
            return administration
        }
        if !token.isCapitalized || index == 0 || sentence.isHeadline, mayStartPolicy(sentence.tokens, at: index),
           let policy = policyPhrase(in: sentence, at: index) {
            return policy
        }
        if token.isCapitalized, token.roles.contains(.phraseFirstWord), let group = group(in: sentence, at: index) {
            return group
        }
        if token.roles.contains(.groupNoun) { return groupReference(in: sentence, at: index) }
        // Only "the" before a title's first word is looked at further.
        if token.lowercased == "the", index + 1 < sentence.tokens.count, sentence.tokens[index + 1].roles.contains(.titleStart),
           let reference = titleReference(in: sentence, at: index) {
            return reference
        }
        return token.isCapitalized && index > 0 ? nil : bodyReference(in: sentence, at: index)
    }

    // MARK: Chunks

    private func startsName(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        // Bytes first: this runs on every word, and Character tests are slow.
        if token.isCapitalized { return !token.isCurrencyPrefix }
        if let first = token.text.utf8.first, first &- 97 < 26 { return false }  // lower case: not all capitals
        return token.text.contains(byte: UInt8(ascii: ".")) && token.text.first?.isNumber == false && token.isAllCaps
    }

    /// "Resolution 004-2026 of the Foreign Trade Committee": a policy's
    /// number completes its name, and the body after "of" issued it; "Article
    /// 55 of the Constitution" goes on into the policy it is part of.
    private func endsNumberedPolicy(_ tokens: [Token], at end: Int) -> Bool {
        guard end >= 2, tokens[end].lowercased == "of", tokens[end - 2].roles.contains(.policyHead),
              Self.isPolicyNumber(tokens[end - 1].text)
        else { return false }
        return !tokens[(end + 1)...].prefix(while: { $0.isCapitalized || $0.lowercased == "the" }).contains { $0.roles.contains(.policyHead) }
    }

    /// "No." of "Law No. 6" (the tokenizer keeps the abbreviation's period apart).
    static func isNumberSign(_ token: Token) -> Bool { token.text == "No" }

    /// Whether a policy's number may follow the word at `index`: a policy's
    /// head ("Decree"), or "No." after one ("Decree No.").
    private func numbersPolicy(_ tokens: [Token], at index: Int) -> Bool {
        if tokens[index].roles.contains(.policyHead) { return true }
        return index > 0 && Self.isNumberSign(tokens[index]) && tokens[index - 1].roles.contains(.policyHead)
            && tokens[index - 1].punctuationAfter == nil
    }

    /// "Ministerial Decree 27 of 2025", "Law No. 11 of 2020": the year after a
    /// policy's number tells the series apart and ends its name.
    private func policyYearEnd(_ tokens: [Token], at end: Int) -> Int? {
        guard end >= 2, end + 1 < tokens.count, tokens[end].lowercased == "of", tokens[end].punctuationAfter == nil,
              numbersPolicy(tokens, at: end - 2), Self.isPolicyNumber(tokens[end - 1].text),
              let year = Int(tokens[end + 1].text), (1800...2100).contains(year)
        else { return nil }
        return end + 2
    }

    /// The end of the run of capitalized words starting at `start`, joined by
    /// name connectors ("of", "de", "bin") that are followed by another
    /// capitalized word; a possessive or a comma ends it.
    private func chunk(_ tokens: [Token], from start: Int, headline: Bool) -> Int {
        if headline {
            // Headline case capitalizes every word: only known phrases span words.
            return knownPhraseEnd(tokens, from: start) ?? start + 1
        }
        // "Save the Children": a listed name may hold a lower-case word that no rule below joins.
        if start + 2 < tokens.count, tokens[start + 1].text.first?.isLowercase == true, tokens[start].punctuationAfter == nil,
           tokens[start + 1].roles.isDisjoint(with: .nameConnector), let known = knownPhraseEnd(tokens, from: start) {
            return known
        }
        var end = start + 1
        while end < tokens.count {
            let previous = tokens[end - 1]
            let token = tokens[end]
            // "European People's Party", "Prosecutor General's Office": a body's
            // name may hold a possessive when a head word follows it; a country's
            // possessive ("Mexico's Congress") still ends the name.
            // A named body's possessive ("the National Assembly's Commission for ...") owns the body
            // after it; a head word alone is part of the name ("Prosecutor's Office").
            let possessiveInName = previous.isPossessive && token.isCapitalized && lexicon.meaning(of: previous.text) == nil
                && !isListedName(tokens[start..<end]) && !(end - start > 1 && previous.roles.contains(.organizationHead))
                && (token.roles.contains(.organizationHead) || isPluralOfHead(token)
                    || Self.isPluralNoun(previous, lexicon) && (headFollows(tokens, from: end) || followsHeadsConnector(tokens, start: start, at: end - 1)))
            if let listEnd = fieldListEnd(tokens, start: start, at: end) ?? leadingFieldListEnd(tokens, start: start, at: end)
                ?? parenthesizedPartEnd(tokens, start: start, at: end)
                ?? acronymSpelledEnd(tokens, start: start, at: end) {
                end = listEnd
                continue
            }
            if continuesPolicyNumber(tokens, start: start, at: end) || joinsByDash(tokens, at: end) {
                end += 1
                continue
            }
            if previous.isPossessive && !possessiveInName || previous.punctuationAfter != nil { break }
            if let yearEnd = policyYearEnd(tokens, at: end) {
                end = yearEnd
                break
            }
            if endsNumberedPolicy(tokens, at: end) { break }
            let afterHead = !previous.roles.isDisjoint(with: Self.headRoles)
            if token.placeCompound != nil { break }  // "The Chicago-based company": an adjective, read on its own
            if token.isCapitalized {
                end += 1
            } else if Self.isPolicyNumber(token.text), numbersPolicy(tokens, at: end - 1) {
                end += 1  // "Title 50", "Resolution 2231", "Memorandum Order 2025-03", "Decree No. 2025-447"
            } else if previous.roles.contains(.policyHead), Self.policyTopicWords.contains(token.lowercased), token.punctuationAfter == nil,
                      end + 1 < tokens.count, tokens[end + 1].isCapitalized, tokens[end + 1].lowercased != "the",
                      !tokens[end + 1].roles.contains(.nonEntityWord) {
                end += 2  // "Act against Restraints of Competition", "Agreement concerning Joint Development", not "the Act on Monday"
            } else if token.roles.contains(.nameConnector), token.punctuationAfter == nil,
                      end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                      // "Acme Corp. of Chicago": a company's name ends with its suffix; "of" gives its seat.
                      token.lowercased != "of" || !Lexicon.corporateSuffixes.contains(previous.lowercased),
                      // "Chao Phraya Engineering of Thailand": so does a company's head before its state ("Bank of Thailand" goes on).
                      token.lowercased != "of" || !Lexicon.companyHeads.contains(previous.text) || lexicon.country(named: tokens[end + 1].text) == nil,
                      // "Students" opens no name, but a body's head may take one ("Union of Students' Associations").
                      // "Court of First Instance": nor does "First", unless the name goes on after it.
                      !tokens[end + 1].roles.contains(.nonEntityWord)
                        || previous.roles.contains(.organizationHead) && (Self.isPluralNoun(tokens[end + 1], lexicon)
                            || end + 2 < tokens.count && tokens[end + 2].isCapitalized && tokens[end + 1].punctuationAfter == nil),
                      !isPersonBeforeOf(tokens[start..<end], token) {
                end += 2
            } else if token.lowercased == "of" || token.lowercased == "for"
                        || token.lowercased == "on" && previous.roles.contains(.policyHead),
                      end + 2 < tokens.count, tokens[end + 1].lowercased == "the", tokens[end + 2].isCapitalized,
                      // "a concession with Sekong Power Holdings for the Ban Khoun dam": a company's suffix ends its name.
                      !Self.closingCompanyWords.contains(previous.lowercased),
                      afterHead || previous.text.allSatisfy(\.isNumber) || containsHead(tokens[start..<end])
                        || token.lowercased == "of" && !isPersonBeforeOf(tokens[start..<end], token)
                            && endsWithPolicyHead(tokens, from: end + 2) {
                // "Charter of the United Nations", "Kiel Institute for the World Economy", "Treaty on the
                // Non-Proliferation", "Representation of the People Act"
                end += 3
            } else if token.lowercased == "of", previous.roles.contains(.organizationHead), token.punctuationAfter == nil,
                      end + 1 < tokens.count, !tokens[end + 1].text.isEmpty, tokens[end + 1].text.allSatisfy(\.isNumber) {
                end += 2  // "Group of 20", "Group of 77"
            } else if let length = romanceForPhrase(tokens, at: end) {
                end += length  // "Unión por la Patria", "Juntos por el Cambio", "Rassemblement pour la République"
            } else if token.lowercased == "for", previous.roles.contains(.organizationHead), token.punctuationAfter == nil,
                      end + 1 < tokens.count, tokens[end + 1].isCapitalized, tokens[end + 1].lowercased != "the" {
                end += 2  // "Forum for Women", "Center for Strategic and International Studies"
            } else if token.lowercased == "and", end + 1 < tokens.count, tokens[end + 1].isCapitalized, !Self.isPolicyNumber(previous.text),
                      !tokens[end + 1].roles.contains(.phraseFirstWord) || lexicon.meaning(of: tokens[end + 1].text) == nil
                        || startsLongerName(tokens, at: end + 1),
                      continuesBody(tokens, start: start, and: end) {
                end += 2  // "Centers for Disease Control and Prevention", "Food and Drug Administration"
            } else if token.lowercased == "in", token.punctuationAfter == nil, end - start >= 2,
                      containsHead(tokens[start..<end]), !tokens[start..<end].contains(where: { Self.placedBodyWords.contains($0.text) }),
                      let countryEnd = countryEnd(tokens, from: end + 1) {
                end = countryEnd  // "Association of Banks in Lebanon", "United Nations Verification Mission in Colombia"
                break
            } else {
                break
            }
        }
        return end
    }

    /// Bodies whose name a place after "in" does not continue: "the Ministry of Finance in Paramaribo".
    private static let placedBodyWords: Set<String> = ["Court", "Tribunal", "Ministry", "Embassy", "Department"]

    /// "Lebanon", "the Netherlands": the end of a listed country's name that starts at `start`, past its article.
    private func countryEnd(_ tokens: [Token], from start: Int) -> Int? {
        let first = start < tokens.count && tokens[start].lowercased == "the" ? start + 1 : start
        for length in stride(from: min(3, tokens.count - first), through: 1, by: -1) {
            let words = tokens[first..<(first + length)]
            guard words.allSatisfy(\.isCapitalized), words.dropLast().allSatisfy({ $0.punctuationAfter == nil && !$0.isPossessive }),
                  words.last?.isPossessive == false, case .country? = lexicon.meaning(of: text(words))
            else { continue }
            return first + length
        }
        return nil
    }

    /// The last words of a company's name: "Corporation" may go on ("Corporation for Public Broadcasting").
    private static let closingCompanyWords = Lexicon.corporateSuffixes.subtracting(["corporation"]).union(["holdings"])

    /// Where "border treaty" or "agreement" after a compound of states ends:
    /// a lower-case agreement's noun, after one lower-case word at most.
    private func agreementNounEnd(_ tokens: [Token], after start: Int) -> Int? {
        for noun in start..<min(tokens.count, start + 2) {
            guard !tokens[noun].isCapitalized else { return nil }
            if Self.agreementNouns.contains(tokens[noun].lowercased) { return noun + 1 }
            if tokens[noun].punctuationAfter != nil { return nil }
        }
        return nil
    }

    private static let agreementNouns: Set<String> = ["treaty", "agreement", "accord", "pact", "deal", "protocol"]

    /// "Industrial and Labour Relations Act": a body's listed one-word name
    /// (the party Labour) that an unlisted name goes on from is only a word of it;
    /// a state's name stays a name of its own.
    private func startsLongerName(_ tokens: [Token], at word: Int) -> Bool {
        guard word + 1 < tokens.count, tokens[word + 1].isCapitalized, tokens[word].punctuationAfter == nil,
              knownPhraseEnd(tokens, from: word) == nil, case .organization = lexicon.meaning(of: tokens[word].text)
        else { return false }
        return true
    }

    /// "Law 19,542", "Regulation 2016/679", "Decision 512/QD-QLD": the parts
    /// of a policy's number, written with no space between them, are one number.
    private func continuesPolicyNumber(_ tokens: [Token], start: Int, at end: Int) -> Bool {
        let previous = tokens[end - 1]
        let token = tokens[end]
        guard token.offsets.lowerBound == previous.offsets.upperBound + 1, Self.isPolicyNumber(previous.text),
              tokens[start..<(end - 1)].contains(where: { $0.roles.contains(.policyHead) })
        else { return false }
        switch previous.punctuationAfter {
        case ","?: return token.text.utf8.count == 3 && Self.isPolicyNumber(token.text)  // thousands
        case nil: return token.text.first?.isNumber == true || token.isAllCaps  // a slash
        default: return false
        }
    }

    /// "the Jordan–Germany Humanitarian Admission Agreement": two names joined
    /// by a dash with no space are one name when more of the name follows;
    /// "US–Mexico border" and "EU–Mercosur talks" stay two.
    private func joinsByDash(_ tokens: [Token], at end: Int) -> Bool {
        let previous = tokens[end - 1]
        let dashLength = "–".utf8.count
        return previous.punctuationAfter == "–" && !previous.isPossessive && tokens[end].isCapitalized
            && tokens[end].offsets.lowerBound == previous.offsets.upperBound + dashLength
            && tokens[end].punctuationAfter == nil && !tokens[end].isPossessive
            && end + 1 < tokens.count && tokens[end + 1].isCapitalized
    }

    /// "50", "2025-03", "M112": a number that closes a policy's name, after
    /// at most two capital letters of its series.
    private static func isPolicyNumber(_ text: String) -> Bool {
        let number = text.drop { $0.isUppercase && $0.isASCII }
        return text.count - number.count <= 2 && number.first?.isNumber == true && number.last?.isNumber == true
            && number.allSatisfy { $0.isNumber || $0 == "-" }
    }

    /// "Associations", "Societies": a body's head word in the plural, which
    /// closes the name of a body of bodies ("Union of Students' Associations").
    private func isPluralOfHead(_ token: Token) -> Bool {
        guard token.isCapitalized, token.text.hasSuffix("s") else { return false }
        let singular = token.text.hasSuffix("ies") ? token.text.dropLast(3) + "y" : String(token.text.dropLast())
        return lexicon.organizationHeads.contains(singular)
    }

    /// "Patients'" in "Pakistan Patients' Rights Forum": people named in the
    /// plural, whose possessive a body's name may hold.
    private static func isPluralNoun(_ token: Token, _ lexicon: Lexicon) -> Bool {
        lexicon.cues.collectiveNouns.contains(token.text) || token.text.count > 3 && token.text.hasSuffix("s")
    }

    /// "The Czech Republic's Chamber of Deputies": a listed name of more than
    /// one word before a possessive, past a sentence's "The", is its owner,
    /// not the start of a body's name.
    private func isListedName(_ words: ArraySlice<Token>) -> Bool {
        let name = words.first?.lowercased == "the" ? words.dropFirst() : words
        return name.count > 1 && lexicon.meaning(of: text(name)) != nil
    }

    /// "Ministry of Business, Innovation and Employment": after a comma in a
    /// body's name past its head and "of", the rest of a list of fields, one
    /// word each, up to the one after "and"; no listed name is a field
    /// ("the Ministry of Finance, Germany and France" is three names).
    private func fieldListEnd(_ tokens: [Token], start: Int, at end: Int) -> Int? {
        guard tokens[end - 1].punctuationAfter == ",", end + 2 < tokens.count,
              let of = tokens[start..<end].firstIndex(where: { $0.lowercased == "of" || $0.lowercased == "for" }),
              tokens[start..<of].contains(where: { $0.roles.contains(.organizationHead) })
        else { return nil }
        var word = end
        while word + 2 < tokens.count, tokens[word].isCapitalized, lexicon.meaning(of: tokens[word].text) == nil {
            if tokens[word].punctuationAfter == "," { word += 1; continue }
            guard tokens[word].punctuationAfter == nil, tokens[word + 1].lowercased == "and", tokens[word + 2].isCapitalized,
                  lexicon.meaning(of: tokens[word + 2].text) == nil, tokens[word + 1].punctuationAfter == nil
            else { return nil }
            return word + 3
        }
        return nil
    }

    /// "Foreign, Commonwealth and Development Office", "Culture, Media and
    /// Sport Committee": fields of one word each, listed with commas and "and"
    /// before a body's head, are one name; the end of the name, if so. No
    /// field is a listed name ("Google, Apple and Meta Platforms" are three),
    /// and a sentence's first word may be an adverb's ("However, ...").
    private func leadingFieldListEnd(_ tokens: [Token], start: Int, at end: Int) -> Int? {
        guard start > 0, end == start + 1, tokens[start].punctuationAfter == ",", isUnlistedField(tokens[start]) else { return nil }
        var word = end
        while word + 2 < tokens.count, isUnlistedField(tokens[word]) {
            if tokens[word].punctuationAfter == "," { word += 1; continue }
            guard tokens[word].punctuationAfter == nil, tokens[word + 1].lowercased == "and", tokens[word + 1].punctuationAfter == nil
            else { return nil }
            // One or two words after "and", the last a body's head: "and Development Office", "and Sport Committee".
            for head in (word + 2)..<min(tokens.count, word + 4) {
                guard tokens[head].isCapitalized else { return nil }
                if tokens[head].roles.contains(.organizationHead) { return head + 1 }
                guard isUnlistedField(tokens[head]), tokens[head].punctuationAfter == nil else { return nil }
            }
            return nil
        }
        return nil
    }

    /// A capitalized word no list knows and no given name: a field of a body's work.
    private func isUnlistedField(_ token: Token) -> Bool {
        token.isCapitalized && !token.isAllCaps && !token.isPossessive && lexicon.meaning(of: token.text) == nil
            && !token.roles.contains(.givenName)
    }

    /// A parenthesized part inside a name: a law's, of up to five words, with its head after it
    /// ("Myanmar (Sanctions) Regulations 2021", "Online Safety Amendment (Social Media Minimum Age) Act"),
    /// or a party's branch of two words or more at its end ("Communist Party
    /// of Nepal (Unified Marxist-Leninist)"). None of its words is an acronym,
    /// which would be the name's short form, nor a listed name.
    private func parenthesizedPartEnd(_ tokens: [Token], start: Int, at end: Int) -> Int? {
        guard tokens[end - 1].punctuationAfter == "(" else { return nil }
        // "(Conservation and Regulation)": a connector may join two of its words.
        guard let close = (end..<min(tokens.count, end + 5)).first(where: { tokens[$0].punctuationAfter != nil }),
              tokens[close].punctuationAfter == ")",
              tokens[end...close].indices.allSatisfy({ word in
                  let token = tokens[word]
                  if word > end, word < close, token.roles.contains(.nameConnector) || token.lowercased == "and" { return true }
                  return token.isCapitalized && !token.isAllCaps && lexicon.meaning(of: token.text) == nil
              })
        else { return nil }
        if close + 1 < tokens.count, tokens[close + 1].isCapitalized, tokens[close + 1].roles.contains(.policyHead) {
            return close + 2
        }
        let isBranch = close > end && close < end + 3 && tokens[start..<end].contains { $0.roles.contains(.organizationHead) }
        return isBranch ? close + 1 : nil
    }

    /// "Association for Patients' Rights", "Department of Veterans' Affairs": a
    /// plural possessive right after a head's "of" or "for" is inside the name.
    private func followsHeadsConnector(_ tokens: [Token], start: Int, at word: Int) -> Bool {
        word >= start + 2 && ["of", "for"].contains(tokens[word - 1].lowercased) && containsHead(tokens[start..<(word - 1)])
    }

    /// Whether a body's or a policy's head word ends the capitalized words
    /// from `start` within three: "People's Protection Units", "Teachers'
    /// Collective Agreement".
    private func headFollows(_ tokens: [Token], from start: Int) -> Bool {
        for index in start..<min(tokens.count, start + 3) {
            guard tokens[index].isCapitalized else { return false }
            if !tokens[index].roles.isDisjoint(with: [.organizationHead, .policyHead]) { return true }
            if tokens[index].punctuationAfter != nil || tokens[index].isPossessive { return false }
        }
        return false
    }

    /// Whether the "and" at `and` joins two parts of one body's name: after a
    /// head ("Department of Budget and Management", not "the Treasury and
    /// State Department"), or before one within two words when what came
    /// before is one or two unlisted words ("Food and Drug Administration").
    private func continuesBody(_ tokens: [Token], start: Int, and: Int) -> Bool {
        let before = tokens[start..<and]
        if isCommitteeFieldList(tokens, before: before, and: and) { return true }
        // "Lao Energy and Mines Minister Phoxay Keomany": two fields of one title, then its holder. The
        // field before "and" is a word that heads bodies' names ("Energy"), not a name ("Trump and Defense Secretary").
        if and + 3 < tokens.count, tokens[and - 1].roles.contains(.organizationHead), tokens[and - 1].punctuationAfter == nil,
           tokens[and + 1].isCapitalized, tokens[and + 1].punctuationAfter == nil, lexicon.meaning(of: tokens[and + 1].text) == nil,
           tokens[and + 2].roles.contains(.titleStart), lexicon.isTitle(tokens[and + 2].text), tokens[and + 2].punctuationAfter == nil,
           tokens[and + 3].isCapitalized {
            return true
        }
        // An acronym is a name of its own: "state oil company ANCAP and Norsol Energy" are two bodies.
        if before.count == 1, before[start].isAllCaps, before[start].text.count > 2 { return false }
        // "Energy and Minerals Regulatory Commission": one unlisted field word before "and", the body's head after it.
        if before.count == 1, lexicon.meaning(of: before[start].text) == nil, and + 3 < tokens.count,
           tokens[and + 3].roles.contains(.organizationHead), tokens[(and + 1)...(and + 3)].allSatisfy(\.isCapitalized),
           tokens[(and + 1)...(and + 2)].allSatisfy({ $0.punctuationAfter == nil }) {
            return true
        }
        if containsHead(before) {
            // "the Bank of England and Federal Reserve": a known name after "and" is a body of its own;
            // a known policy's is a field ("Ministry of Labour and Social Security").
            if let known = knownPhraseEnd(tokens, from: and + 1), !lexicon.namesPolicy(text(tokens[(and + 1)..<known])) { return false }
            // In a body's name a policy word is a field ("Department of Budget and
            // Management"); after a policy's own head, "and" starts another name.
            let isBody = before.contains { $0.roles.contains(.organizationHead) }
            // "Ministry of Energy and Mines": a one-word field after the body's "of", even a
            // word that heads names elsewhere ("Duke Energy"); not "Bank of England and Federal Reserve".
            // So after "for": "Japan Organization for Metals and Energy Security".
            if isBody, let of = before.lastIndex(where: { $0.lowercased == "of" || $0.lowercased == "for" }), of == and - 2,
               before[..<of].contains(where: { $0.roles.contains(.organizationHead) }),
               lexicon.meaning(of: tokens[and - 1].text) == nil,
               and + 2 >= tokens.count || !tokens[and + 2].isCapitalized || isTwoWordField(tokens, after: and) {
                return true
            }
            return tokens[and - 1].roles.isDisjoint(with: isBody ? [.organizationHead, .mediaHead, .locationHead] : Self.headRoles)
        }
        let after = tokens[(and + 1)..<min(tokens.count, and + 4)]
        // "Food and Drug Administration", "Outer Space and High-altitude Activities Act": a body's or a
        // policy's head within three words ends the name.
        guard let head = after.firstIndex(where: { !$0.roles.isDisjoint(with: [.organizationHead, .policyHead]) }) else { return false }
        // A policy's name may hold three words before its "and" ("Syr Darya Water and Energy Exchange
        // Agreement"), the last no listed name ("Kazakhstan and Uzbekistan Agreement" is two names).
        // A sentence's opening "The" is no word of the name ("The Tea Growers and Exporters Association").
        let named = before.drop { $0.lowercased == "the" }
        guard let first = named.first else { return false }
        let isLongPolicy = named.count == 3 && after.contains(where: { $0.roles.contains(.policyHead) })
            && lexicon.meaning(of: tokens[and - 1].text) == nil
        // "Bangladesh Garment Manufacturers and Exporters Association", "Saint Lucia Hotel and Tourism
        // Association": a national body's country of one or two words comes first, one or two words after it.
        let isNational = named.count > 2 && (1...2).contains { length in
            (1...2).contains(named.count - length) && lexicon.country(named: text(named.prefix(length))) != nil
        }
        guard named.count <= 2 || isLongPolicy || isNational, lexicon.meaning(of: named.map(\.text).joined(separator: " ")) == nil,
              !lexicon.givenNames.contains(first.text) else { return false }
        return tokens[(and + 1)...head].allSatisfy { $0.isCapitalized } && tokens[(and + 1)..<head].allSatisfy { $0.punctuationAfter == nil }
    }

    /// "the People Act" of "Representation of the People Act": a policy's head
    /// ending the capitalized words within three says the "of the" is inside
    /// its name (not "of the Lisbon Policy Institute").
    private func endsWithPolicyHead(_ tokens: [Token], from start: Int) -> Bool {
        for word in start..<min(tokens.count, start + 3) {
            guard tokens[word].isCapitalized else { return false }
            if tokens[word].roles.contains(.policyHead) {
                return word + 1 == tokens.count || tokens[word].punctuationAfter != nil || !tokens[word + 1].isCapitalized
            }
            if tokens[word].punctuationAfter != nil { return false }
        }
        return false
    }

    /// "Social Services and Community Development Committee": a committee is
    /// named by its fields, so the words before "and" are one of them even
    /// when they end in a body's head, unless they are a listed name.
    private func isCommitteeFieldList(_ tokens: [Token], before: ArraySlice<Token>, and: Int) -> Bool {
        let field = before.drop { $0.lowercased == "the" }
        guard (1...3).contains(field.count), field.allSatisfy({ $0.isCapitalized && $0.punctuationAfter == nil }),
              lexicon.meaning(of: text(field)) == nil, and + 2 < tokens.count,
              let head = ((and + 2)..<min(tokens.count, and + 5)).first(where: { Self.committeeHeads.contains(tokens[$0].lowercased) })
        else { return false }
        return tokens[(and + 1)...head].allSatisfy(\.isCapitalized) && tokens[(and + 1)..<head].allSatisfy { $0.punctuationAfter == nil }
    }

    private static let committeeHeads: Set<String> = ["committee", "subcommittee"]

    /// "Punjab Water Regulation and Development Authority (PWRDA)",
    /// "Procedures for Notification, Prior Consultation and Agreement
    /// (PNPCA)", "Association of Banks in Lebanon (ABL)": at a comma, an
    /// "and" or an "in" that would end the name, an acronym
    /// in brackets within eight words that spells every capitalized word from
    /// `start` says they are one name, whatever their heads; the end of the
    /// words it spells, if so.
    private func acronymSpelledEnd(_ tokens: [Token], start: Int, at end: Int) -> Int? {
        guard tokens[end - 1].punctuationAfter == ","
                || ["and", "in"].contains(tokens[end].lowercased) && tokens[end - 1].punctuationAfter == nil,
              let close = (end..<min(tokens.count - 1, end + 8)).first(where: { tokens[$0].punctuationAfter == "(" }),
              tokens[close + 1].isAllCaps, tokens[close + 1].punctuationAfter == ")",
              tokens[end...close].allSatisfy({ $0.isCapitalized || ["and", "of", "for", "on", "in"].contains($0.lowercased) }),
              tokens[end..<close].allSatisfy({ $0.punctuationAfter == nil || $0.punctuationAfter == "," })
        else { return nil }
        // A sentence's opening "The" is no word the acronym spells.
        let first = tokens[start].lowercased == "the" ? start + 1 : start
        return isSpelledOut(first..<(close + 1), in: tokens) ? close + 1 : nil
    }

    /// "General Union of Petroleum and Chemical Workers": two capitalized
    /// words after "and" that end the name, neither a body's head nor listed.
    private func isTwoWordField(_ tokens: [Token], after and: Int) -> Bool {
        // "for Metals and Energy Security (JOGMEC)": an acronym in brackets ends the name too.
        guard and + 2 < tokens.count, tokens[and + 1].punctuationAfter == nil,
              and + 3 >= tokens.count || !tokens[and + 3].isCapitalized || tokens[and + 2].punctuationAfter == "("
        else { return false }
        // The first may head names elsewhere ("Energy"), the last may not.
        return tokens[(and + 1)...(and + 2)].allSatisfy { $0.isCapitalized && lexicon.meaning(of: $0.text) == nil }
            && !tokens[and + 2].roles.contains(.organizationHead)
    }

    /// Where the longest listed name of two words or more that starts at `start` ends, if one does.
    private func knownPhraseEnd(_ tokens: [Token], from start: Int) -> Int? {
        guard start < tokens.count, tokens[start].roles.contains(.phraseFirstWord) else { return nil }
        for length in stride(from: min(lexicon.longestPhrase, tokens.count - start), through: 2, by: -1)
            where lexicon.meaning(of: text(tokens[start..<(start + length)])) != nil {
            return start + length
        }
        return nil
    }

    /// "Mayor Harold Washington of Chicago", "Anna Berg of Uppsala
    /// University": after a given name and a surname, "of" says where the
    /// person is from or works, so it ends the name ("Bank of America" and
    /// "Duke of York" open with no given name).
    /// "Prime Minister Arben Dervishi of Albania": a title's holder, named
    /// after it, ends at "of" too, whatever their given name.
    private func isPersonBeforeOf(_ name: ArraySlice<Token>, _ connector: Token) -> Bool {
        guard connector.lowercased == "of", name.allSatisfy({ $0.roles.isDisjoint(with: Self.headRoles) }) else { return false }
        if let given = name.firstIndex(where: { $0.roles.contains(.givenName) }), given + 1 < name.endIndex { return true }
        guard let title = name.lastIndex(where: { !$0.roles.isDisjoint(with: .title) }) else { return false }
        return title + 1 < name.endIndex
    }

    func containsHead(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { !$0.roles.isDisjoint(with: [.organizationHead, .policyHead]) }
    }

    static let headRoles: WordRoles = [.organizationHead, .mediaHead, .policyHead, .locationHead]

    /// Splits a chunk into mentions: title and scope peeled off a person's
    /// name, known phrases matched longest first, the rest classified by cues.
    private func classify(sentence: Sentence, range: Range<Int>) -> [Mention] {
        let tokens = sentence.tokens
        var range = range
        // "The", "Speaking", "Former" open chunks without being part of a name,
        // unless the whole chunk is a known name ("El País", "Associated Press")
        // or follows a noun for its kind ("the newspaper El Mercurio").
        while range.count > 1, isOpener(tokens[range.lowerBound], atSentenceStart: range.lowerBound == 0),
              lexicon.meaning(of: text(tokens[range])) == nil, !followsBodyNoun(tokens, range.lowerBound) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        let words = tokens[range].map { String($0.text) }
        let whole = words.count == 1 ? words[0] : words.joined(separator: " ")
        if let designation = designation(sentence, range, whole) {
            return [designation]
        }

        if range.count > 1, let meaning = lexicon.meaning(of: whole) {
            return [mention(sentence, range, meaning: meaning)]
        }
        // "Mexican President Claudia Sheinbaum" is a title and a name, but
        // "Philippine General Hospital" ends in a body's head word.
        if range.count > 1, !lexicon.isTitle(whole), !isTitledHolderAfterBody(words, tokens[range]), let headKind = kind(ofName: tokens[range]),
           lexicon.meaning(of: words[0]) == nil || !isTitleAt(words, 1) || kind(ofHead: tokens[range.upperBound - 1]) == .organization {
            return [plain(sentence, range, kind: headKind)]
        }
        if range.count > 2, let split = words.dropLast().lastIndex(where: { lexicon.mediaHeads.contains($0) }),
           lexicon.meaning(of: words[0]) == nil {
            // "DRM News YouTube channel": the outlet's name ends at its head word.
            let end = range.lowerBound + split + 1
            return classify(sentence: sentence, range: range.lowerBound..<end)
                + classify(sentence: sentence, range: end..<range.upperBound)
        }
        // "Energy Justice Asia": a title before a place's name makes no person; nor
        // before a programme's ("its Official Security Assistance programme").
        if let (titleStart, titleEnd) = titleSpan(in: words, of: tokens[range]), titleEnd < words.count,
           policyNounAfter(tokens, range) == nil,
           !isSurnameTitle(tokens[range], start: titleStart, end: titleEnd),
           // "Justice For Myanmar": a capitalized connector after the title makes it a body's name.
           !(tokens[range.lowerBound + titleEnd].isCapitalized && ["for", "of", "on"].contains(tokens[range.lowerBound + titleEnd].lowercased)),
           lexicon.meaning(of: words[titleEnd...].joined(separator: " ")).map(\.isPlace) != true {
            let nameRange = (range.lowerBound + titleEnd)..<range.upperBound
            // "Governor of Virginia": what follows "of" is the title's domain, not a person.
            if !tokens[nameRange.lowerBound].isCapitalized, nameRange.count > 1 {
                // "Minister of Communications": one head word alone is the title's field, no body.
                if nameRange.count == 2, tokens[nameRange.lowerBound + 1].roles.contains(.organizationHead),
                   lexicon.meaning(of: words[titleEnd + 1]) == nil {
                    return []
                }
                return classify(sentence: sentence, range: (nameRange.lowerBound + 1)..<nameRange.upperBound)
            }
            let title = words[titleStart..<titleEnd].joined(separator: " ")
            var scopeWords = Array(words[..<titleStart].filter { !lexicon.titleModifiers.contains($0.lowercased()) })
            // "EU Competition Commissioner", "Kenyan Health Cabinet Secretary": the
            // owner is the known name; the words after it are a field of its work.
            var kind = roleKind(title)
            // "Russia's Deputy Prime Minister X": the deputy's own word may be read as the name's opener.
            if isSubordinate(before: range.lowerBound + titleStart, in: tokens) { kind = .member }
            if scopeWords.count == 1, titleStart > 0, words[titleStart - 1] == scopeWords[0], titleEnd == titleStart + 1,
               isPortfolio(tokens, (range.lowerBound + titleStart - 1)..<(range.lowerBound + titleStart)) {
                scopeWords = []
            }
            if let owner = (1...max(scopeWords.count, 1)).reversed().first(where: {
                   $0 < scopeWords.count && lexicon.meaning(of: scopeWords[..<$0].joined(separator: " ")) != nil
               }) {
                scopeWords = Array(scopeWords[..<owner])
                if kind != .headOfState { kind = .member }
            }
            var name = plain(sentence, nameRange, kind: .person)
            name.role = Mention.Role(title: title, kind: kind, scope: scopeWords.isEmpty ? nil : scopeWords.joined(separator: " "))
            var result: [Mention] = []
            if !scopeWords.isEmpty {
                let scopeStart = range.lowerBound + (words.firstIndex(of: scopeWords[0]) ?? 0)
                result += classify(sentence: sentence, range: scopeStart..<(scopeStart + scopeWords.count))
            }
            return result + [name]
        }
        // Longest known phrase at the start, then the rest of the chunk.
        let lengths = tokens[range.lowerBound].roles.contains(.phraseFirstWord)
            ? Array(stride(from: min(lexicon.longestPhrase, range.count), through: 1, by: -1)) : []
        for length in lengths {
            let phrase = length == 1 ? words[0] : words[..<length].joined(separator: " ")
            if let meaning = lexicon.meaning(of: phrase) {
                // "replacing Sofia Rebelo": a place's name that is also a given name, before a
                // surname no list knows, opens a person's name ("Sofia Airport" ends in a head word).
                if length == 1, meaning.isPlace, tokens[range.lowerBound].roles.contains(.givenName), (2...3).contains(range.count),
                   tokens[(range.lowerBound + 1)..<range.upperBound].allSatisfy({ $0.roles.isDisjoint(with: Self.headRoles) }),
                   lexicon.meaning(of: words[1...].joined(separator: " ")) == nil {
                    return [plain(sentence, range, kind: .person)]
                }
                // "the ruling Georgian Dream party": a demonym opens the name of a political formation.
                if case .demonym = meaning, length < range.count, range.upperBound < tokens.count,
                   Self.formationNouns.contains(tokens[range.upperBound].lowercased), tokens[range.upperBound - 1].punctuationAfter == nil {
                    return [plain(sentence, range, kind: .organization)]
                }
                // "Kenyan Teachers Solidarity (KTS)": an acronym spelling the whole run's initials
                // says the run is one name; so does a noun for a kind of body before a place that
                // opens the run ("the construction group Siam Riverworks", "the carrier China Mobile").
                if length < range.count, isSpelledOut(range, in: tokens) || meaning.isPlace && followsBodyNoun(tokens, range.lowerBound) {
                    return [plain(sentence, range, kind: .organization)]
                }
                if case .demonym = meaning, length == range.count, namesLanguage(tokens, range) { return [] }
                var end = range.lowerBound + length
                // "Ford Motor Co.": a listed body's name with a head word after it is still that body.
                if case .organization = meaning, end + 1 == range.upperBound, tokens[end].roles.contains(.organizationHead) {
                    end += 1
                }
                // "Greenpeace Australia Pacific": a listed body's branch, named by its places.
                if case .organization = meaning, end < range.upperBound, range.upperBound - end <= 2,
                   tokens[end..<range.upperBound].allSatisfy({ lexicon.meaning(of: $0.text).map(\.isPlace) == true }) {
                    return [plain(sentence, range, kind: .organization)]
                }
                let first = mention(sentence, range.lowerBound..<end, meaning: meaning)
                let rest = end..<range.upperBound
                return [first] + (rest.isEmpty ? [] : classify(sentence: sentence, range: rest))
            }
        }
        return unknownName(sentence: sentence, range: range, words: words)
    }

    /// "publish its water studies in Spanish", "a statement in Arabic on
    /// Monday": after "in", a demonym that no noun follows is a language, not
    /// its state ("in Mexican and Canadian firms" is left alone).
    private func namesLanguage(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, ["in", "into"].contains(tokens[range.lowerBound - 1].lowercased) else { return false }
        let last = range.upperBound - 1
        return range.upperBound == tokens.count || tokens[last].punctuationAfter != nil
            || Self.afterLanguage.contains(tokens[range.upperBound].lowercased)
    }

    private static let afterLanguage: Set<String> = ["on", "to", "for", "as", "with", "by", "at", "from", "that", "than"]

    private static let formationNouns: Set<String> = ["party", "movement", "alliance", "coalition", "bloc", "front"]

    /// Whether the acronym in brackets after `range` is its capitalized words' initials.
    func isSpelledOut(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.upperBound < tokens.count, tokens[range.upperBound - 1].punctuationAfter == "(",
              tokens[range.upperBound].isAllCaps else { return false }
        let initials = tokens[range].compactMap { $0.isCapitalized ? $0.text.unicodeScalars.first : nil }
        let letters = tokens[range.upperBound].text.unicodeScalars.filter { $0 != "." }
        return initials.count > 1 && initials.elementsEqual(letters)
    }

    private func text(_ tokens: ArraySlice<Token>) -> String {
        tokens.map { String($0.text) }.joined(separator: " ")
    }

    /// "Chief Justice said", "Democrat MP": a title, or words that end in one
    /// and do not open with a given name, name a role, not a person ("Stephen
    /// King" opens with one).
    func isRole(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first, let last = tokens.last else { return false }
        // "Lt. Col.": titles stacked are a role too.
        if lexicon.isTitle(tokens.map(\.text).joined(separator: " ")) || tokens.allSatisfy({ lexicon.isTitle($0.text) }) {
            return true
        }
        return tokens.count > 1 && !last.roles.isDisjoint(with: .title) && !first.roles.contains(.givenName)
    }

    func isOpener(_ token: Token, atSentenceStart: Bool) -> Bool {
        let lower = token.lowercased
        // "For the first time", "Of those", "Do they": a connector that is an English
        // word opens a sentence; a capitalized particle ("Al Saqr Port Holdings",
        // "Van Oord") opens a name.
        if lower == "the" || token.roles.contains(.titleModifier) || Self.englishConnectors.contains(lower) { return true }
        // "Oslo-listed Nordhav Minerals", "Paris-headquartered": a participle compound describes the name after it.
        if let hyphen = token.text.lastIndex(of: "-"), case let participle = token.text[token.text.index(after: hyphen)...],
           participle.count > 3, participle.hasSuffix("ed"), participle.allSatisfy(\.isLowercase) {
            return true
        }
        guard atSentenceStart, !token.roles.contains(.phraseFirstWord) || lexicon.meaning(of: token.text) == nil,
              !token.roles.contains(.givenName) else { return false }
        return token.roles.contains(.nonEntityWord)
            || lower.hasSuffix("ing") || lower.hasSuffix("ly") || lower.hasSuffix("ed")
    }

    /// Connectors that are English words too.
    private static let englishConnectors: Set<String> = ["of", "on", "for", "do"]

    private func unknownName(sentence: Sentence, range: Range<Int>, words: [String]) -> [Mention] {
        let tokens = sentence.tokens
        var range = range
        var words = words
        // A capitalized sentence opener ("However", "Experts") is not a name.
        while !words.isEmpty, tokens[range.lowerBound].roles.contains(.nonEntityWord)
            || lexicon.titleModifiers.contains(tokens[range.lowerBound].lowercased) {
            words.removeFirst()
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard !words.isEmpty, !sentence.isHeadline else {
            return words.isEmpty ? [] : [weak(sentence, range)]
        }
        // "minus 15 degrees Celsius": a scale after "degrees" is a unit, no name.
        if words.count == 1, range.lowerBound > 0, ["degrees", "degree"].contains(tokens[range.lowerBound - 1].lowercased) { return [] }
        let afterIn = range.lowerBound > 0
            && (tokens[range.lowerBound - 1].lowercased == "in" || tokens[range.lowerBound - 1].lowercased == "at")
        // "Chief Justice said", "Democrat MP", "MP": a role, not a name. One
        // word stays weak: "King" may be Stephen King's surname.
        if isRole(tokens[range]) { return words.count == 1 ? [weak(sentence, range)] : [] }
        let isGivenName = lexicon.givenNames.contains(words[0])
        if !isGivenName, let noun = policyNounAfter(tokens, range) {
            var policy = plain(sentence, range, kind: .policy)
            policy.describedAs = noun
            return [policy]
        }
        if !isGivenName, followsBodyNoun(tokens, range.lowerBound) {
            return [plain(sentence, range, kind: .organization)]  // an outlet's noun before it is read with the others
        }
        if words.count == 1 {
            let word = words[0]
            if word.contains(byte: UInt8(ascii: "-")), case let parts = word.split(separator: "-"), parts.count > 1,
               parts.allSatisfy({ lexicon.country(named: String($0)) != nil }) {
                // "the Kyrgyz-Tajik border treaty": the states' compound names the agreement between them.
                if let end = agreementNounEnd(tokens, after: range.upperBound) {
                    return [plain(sentence, range.lowerBound..<end, kind: .policy)]
                }
                return []  // "US-Mexico relations": an adjective, not a place
            }
            if tokens[range.lowerBound].isAllCaps, (2...6).contains(word.filter(\.isLetter).count) {
                return [plain(sentence, range, kind: .organization)]
            }
            if let country = misspeltCountry(word) {
                return [plain(sentence, range, kind: .country, canonical: country)]
            }
            // "will supervise the work under the Act": a policy's head alone after "the" is the policy of that kind.
            if range.lowerBound > 0, tokens[range.lowerBound].roles.contains(.policyHead), tokens[range.lowerBound - 1].lowercased == "the" {
                var reference = plain(sentence, range, kind: .policy, surface: word.lowercased())
                (reference.isHeadNounReference, reference.isDefiniteReference, reference.isWeak) = (true, true, true)
                return [reference]
            }
            if range.lowerBound > 0, lexicon.organizationHeads.contains(word) {
                return [plain(sentence, range, kind: .organization)]  // "Navy destroyers"
            }
            // "built at Calder's plant": who owns the place after "at" is no place.
            if afterIn, !tokens[range.lowerBound].isPossessive {
                return [plain(sentence, range, kind: .location)]
            }
            if looksLikeOrganization(tokens, after: range.upperBound) {
                return [plain(sentence, range, kind: .organization)]
            }
            return [weak(sentence, range)]
        }
        // "the Argentine province of Entre Ríos" names a place as "in" does.
        if afterIn || followsPlaceNounOf(tokens, range.lowerBound), words.count <= 3, !tokens[range.upperBound - 1].isPossessive {
            return [plain(sentence, range, kind: .location)]
        }
        if let noun = apposedPolicyNoun(tokens, after: range.upperBound) {
            var policy = plain(sentence, range, kind: .policy)
            policy.describedAs = noun
            return [policy]
        }
        if words.count <= 4, isGivenName || followedByTitle(tokens, range) {
            return [plain(sentence, range, kind: .person)]
        }
        // "Nordic Nuclear Watch, a Stockholm-based campaign group, said": what the apposition calls it.
        if isApposedBody(tokens, after: range.upperBound) {
            return [plain(sentence, range, kind: .organization)]
        }
        if words.count <= 4, followedBySpeechVerb(tokens, range) {
            // "Texas Instruments said": bodies speak too. The cue reads as a
            // tagged name would, so the tagger, which knows listed bodies, may
            // read the words otherwise.
            var person = plain(sentence, range, kind: .person)
            person.isWeak = true
            person.taggedKind = .person
            return [person]
        }
        if let last = words.last, lexicon.cues.locationHeads.contains(last) {
            return [plain(sentence, range, kind: .location)]
        }
        return [weak(sentence, range)]
    }

    /// The country or body a bare title belongs to, named just before it:
    /// "Mexico’s President X", "Mexico’s government, led by President X".
    private func scopeBefore(_ mention: Mention, in sentence: Sentence, previous: [Mention]) -> String? {
        let tokens = sentence.tokens
        let start = mention.tokens.lowerBound
        guard let owner = previous.last(where: { [.country, .organization].contains($0.kind) && $0.tokens.upperBound <= start })
        else { return nil }
        if owner.isPossessive, start - owner.tokens.upperBound <= 1 {
            return owner.surface
        }
        let between = tokens[owner.tokens.upperBound..<start].map(\.lowercased)
        if between.count <= 5, let led = between.firstIndex(where: { ["led", "headed", "ruled"].contains($0) }),
           led + 1 < between.count, between[led + 1] == "by" {
            return owner.surface
        }
        return nil
    }

    /// Whether "the city of", "the Argentine province of" stands right before `start`.
    private func followsPlaceNounOf(_ tokens: [Token], _ start: Int) -> Bool {
        start > 1 && tokens[start - 1].lowercased == "of" && tokens[start - 2].punctuationAfter == nil
            && !tokens[start - 2].isCapitalized && tokens[start - 2].roles.contains(.placeNoun)
    }

    /// "Mexcico": one letter off a country's name, for names of six letters or
    /// more. A shorter name is one letter off too many other names: "Lagos"
    /// is no misspelt "Laos", nor "Nigel" "Niger", nor "Malik" "Mali".
    private func misspeltCountry(_ word: String) -> String? {
        let length = word.unicodeScalars.count
        guard length >= 5 else { return nil }
        let first = word.unicodeScalars.first
        let scalars = Array(word.unicodeScalars)
        let close = (max(6, length - 1)...length + 1)
            .flatMap { lexicon.countryNamesByStart[CountryNameStart(first: first, length: $0)] ?? [] }
            .filter { Self.isOneEditApart(Array($0.unicodeScalars), scalars) && $0.first == word.first }
        return close.count == 1 ? close.first : nil
    }

    /// Whether one insertion, deletion or substitution turns `lhs` into `rhs`
    /// (Levenshtein distance 1, found in one pass).
    static func isOneEditApart(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Bool {
        let (short, long) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        guard long.count - short.count <= 1 else { return false }
        guard let difference = short.indices.first(where: { short[$0] != long[$0] }) else {
            return long.count == short.count + 1
        }
        let skip = short.count == long.count ? 1 : 0
        return short[(difference + skip)...].elementsEqual(long[(difference + 1)...])
    }

    /// "Spotify, which accused", "Spotify chief executive", "the Gavi vaccine
    /// alliance": what follows a body's name.
    private func looksLikeOrganization(_ tokens: [Token], after end: Int) -> Bool {
        // "Trump’s own party" is what Trump has, not what Trump is.
        guard end < tokens.count, !tokens[end - 1].isPossessive else { return false }
        if tokens[end - 1].punctuationAfter == ",", tokens[end].lowercased == "which" { return true }
        let following = tokens[end..<min(tokens.count, end + 2)]
        if following.allSatisfy({ !$0.isCapitalized }), following.contains(where: { $0.roles.contains(.bodyNoun) }) {
            return true
        }
        if isApposedBody(tokens, after: end) { return true }
        return (1...2).contains { length in
            end + length <= tokens.count && !tokens[end].isCapitalized
                && lexicon.leaderTitles.contains(tokens[end..<(end + length)].map(\.lowercased).joined(separator: " "))
        }
    }

    /// "GroenLinks-PvdA, the Green-Labour alliance,": an apposition that ends
    /// in a noun for a kind of body ("Jones, the union leader" does not).
    private func isApposedBody(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count, tokens[end - 1].punctuationAfter == ",", Self.articles.contains(tokens[end].lowercased)
        else { return false }
        let phrase = tokens[(end + 1)..<min(tokens.count, end + 5)]
        guard let noun = phrase.firstIndex(where: { $0.punctuationAfter != nil }) else { return false }
        return tokens[noun].punctuationAfter != "-" && tokens[noun].roles.contains(.bodyNoun) && !tokens[noun].isCapitalized
            && !tokens[noun].isPossessive && phrase[..<noun].allSatisfy { !$0.isPossessive && !$0.roles.contains(.preposition) }
    }

    /// "Atal Bhujal Yojana, a groundwater management scheme run by the
    /// ministry": a name set off before a description headed by a policy's
    /// noun is that policy, even one that opens with a given name. The noun
    /// ends the description: not "X, a scheme administrator".
    func apposedPolicyNoun(_ tokens: [Token], after end: Int) -> String? {
        guard end + 1 < tokens.count, tokens[end - 1].punctuationAfter == ",", Self.articles.contains(tokens[end].lowercased)
        else { return nil }
        for word in (end + 1)..<min(tokens.count, end + 5) {
            let token = tokens[word]
            if token.isCapitalized || token.isPossessive || token.roles.contains(.preposition) { return nil }
            if Self.describedPolicyNouns.contains(token.lowercased) {
                let closes = token.punctuationAfter != nil || word + 1 == tokens.count
                    || Self.afterDescribedPolicy.contains(tokens[word + 1].lowercased)
                return closes && token.punctuationAfter != "-" ? token.lowercased : nil
            }
            if token.punctuationAfter != nil { return nil }
        }
        return nil
    }

    private static let describedPolicyNouns: Set<String> = [
        "scheme", "programme", "program", "initiative", "policy", "plan", "law", "statute", "treaty", "strategy",
    ]
    /// Words that may follow a description's noun: a participle of who runs
    /// or made it, or the start of a clause about it.
    private static let afterDescribedPolicy: Set<String> = [
        "run", "launched", "created", "introduced", "funded", "backed", "adopted", "passed", "signed", "set", "that", "which",
        "aimed", "designed", "meant", "to", "under", "for", "by", "since",
    ]

    static let articles: Set<String> = ["the", "a", "an"]
    private static let romanceConnectors: Set<String> = ["de", "del", "della", "des", "du", "da", "do", "dos", "das", "di"]

    /// "said", "told": what follows a speaker's name.
    private func followedBySpeechVerb(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.upperBound < tokens.count
            && ["said", "says", "told", "added", "wrote", "argued", "noted", "stated"].contains(tokens[range.upperBound].lowercased)
    }

    /// ", a security expert", ", who is the head of": what follows a person's name.
    private func followedByTitle(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound].lowercased
        if tokens[range.upperBound - 1].punctuationAfter == ",", ["a", "an", "the", "who"].contains(next) {
            return tokens[range.upperBound..<min(tokens.count, range.upperBound + 5)].contains { !$0.roles.isDisjoint(with: .title) }
        }
        return false
    }

    /// A name's kind from its head word: the last word before the first
    /// "of"/"on"/"for" ("University of Texas School of Law" is a university),
    /// else the last word.
    private func kind(ofName tokens: ArraySlice<Token>) -> EntityKind? {
        if isRomanceBodyName(tokens) { return .organization }
        if let connector = tokens.firstIndex(where: { $0.text == "of" || $0.text == "for" || Self.policyTopicWords.contains($0.text) }),
           connector > tokens.startIndex {
            if let kind = kind(ofHead: tokens[connector - 1]) { return kind }
            // "Minister of Communications": a title and its field name no body, whatever the field's last word.
            if !tokens[connector - 1].roles.isDisjoint(with: .title) { return nil }
        }
        // "Finance Bill 2026", "Resolution 2231", "Law 19,542", "Law No. 6": a number after a policy's head is part of its name.
        if let head = tokens.dropLast().lastIndex(where: { $0.roles.contains(.policyHead) }),
           case let number = Self.isNumberSign(tokens[head + 1]) && head + 2 < tokens.endIndex ? head + 2 : head + 1,
           Self.isPolicyNumber(tokens[number].text),
           tokens[number...].indices.dropFirst().allSatisfy({ tokens[$0].offsets.lowerBound <= tokens[$0 - 1].offsets.upperBound + 1 }) {
            return .policy
        }
        if tokens.count > 1, Self.isLendingInstrument(last: tokens[tokens.endIndex - 1].text, before: tokens[tokens.endIndex - 2].text) {
            return .policy
        }
        return tokens.last.flatMap(kind(ofHead:))
    }

    /// "Extended Credit Facility", "Extended Fund Facility": a lender's instrument, not a site.
    static func isLendingInstrument(_ name: String) -> Bool {
        let words = name.words
        return words.count > 1 && isLendingInstrument(last: words[words.count - 1], before: words[words.count - 2])
    }

    /// Whether a name ending in these two words is a lender's instrument.
    private static func isLendingInstrument(last: some StringProtocol, before: some StringProtocol) -> Bool {
        last == "Facility" && lendingWords.contains(String(before))
    }

    private static let lendingWords: Set<String> = ["Credit", "Fund", "Financing", "Lending", "Loan", "Liquidity"]

    /// "Banco de la República", "Instituto Nacional de Estadística": a
    /// Romance language's body opens its name with its head.
    func isRomanceBodyName(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first, lexicon.cues.romanceBodyHeads.contains(first.text) else { return false }
        return tokens.dropFirst().contains { Self.romanceConnectors.contains($0.text) }
    }

    func kind(ofHead head: Token) -> EntityKind? {
        if !head.roles.isDisjoint(with: [.organizationHead, .mediaHead]) { return .organization }
        // Tokens leave a period out: "Lanxang Hydro Power Co." ends in "Co".
        if head.isCapitalized, lexicon.organizationHeads.contains(head.text + ".") { return .organization }
        if head.roles.contains(.policyHead) { return .policy }
        if head.roles.contains(.locationHead) { return .location }
        return nil
    }

    /// "designated ... as Foreign Terrorist Organizations": the name after "as"
    /// is a designation, a policy.
    private func designation(_ sentence: Sentence, _ range: Range<Int>, _ whole: String) -> Mention? {
        let tokens = sentence.tokens
        guard range.lowerBound > 1, tokens[range.lowerBound - 1].lowercased == "as",
              tokens[..<range.lowerBound].contains(where: { $0.lowercased.hasPrefix("designat") })
        else { return nil }
        let singular = whole.hasSuffix("s") ? String(whole.dropLast()) : whole
        if case .policy(let name)? = lexicon.meaning(of: singular) ?? lexicon.meaning(of: whole)
            ?? lexicon.meaning(ofLowercased: singular) {
            return plain(sentence, range, kind: .policy, canonical: name)
        }
        return plain(sentence, range, kind: .policy, canonical: singular + " designation")
    }
}
