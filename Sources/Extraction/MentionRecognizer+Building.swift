import NewsGraphCore

/// Making ``Mention`` values from token ranges.
extension MentionRecognizer {
    func mention(_ sentence: Sentence, _ range: Range<Int>, meaning: Lexicon.Meaning) -> Mention {
        var mention = listed(sentence, range, meaning: meaning)
        mention.origin = .list
        return mention
    }

    private func listed(_ sentence: Sentence, _ range: Range<Int>, meaning: Lexicon.Meaning) -> Mention {
        switch meaning {
        case .country(let name), .demonym(let name):
            return plain(sentence, range, kind: .country, canonical: name)
        case .capital(let name):
            // "in Mexico City" is the city; "Washington warned" is the state; "the
            // Kingston firm" is a firm in the city.
            let before = range.lowerBound > 0 ? sentence.tokens[range.lowerBound - 1].lowercased : ""
            // "the Ramshah Path area of Kathmandu", "the mayor of Kyiv": a part of the city, or its own office.
            // "Vitosha Technical Supplies of Sofia": after a name's "of", where the body is.
            let ofCityOrBody = before == "of" && range.lowerBound > 1 && (Self.cityParts.contains(sentence.tokens[range.lowerBound - 2].lowercased)
                || sentence.tokens[range.lowerBound - 2].isCapitalized && sentence.tokens[range.lowerBound - 2].punctuationAfter == nil)
            // "the CEB's Colombo headquarters": a capital naming where a body sits is the city.
            let namesSeat = range.upperBound < sentence.tokens.count && sentence.tokens[range.upperBound].lowercased == "headquarters"
            if ["in", "at", "to", "from", "near", "outside", "into"].contains(before) || ofCityOrBody || namesSeat
                || lexicon.placeDescribesBody(sentence.tokens, endingAt: range.upperBound) || isNamedAsCapital(range, in: sentence) {
                let city = sentence.tokens[range].map { String($0.text) }.joined(separator: " ")
                return plain(sentence, range, kind: .location, canonical: city)
            }
            return plain(sentence, range, kind: .country, canonical: name)
        case .organization(let name, _):
            return plain(sentence, range, kind: .organization, canonical: name)
        case .policy(let name):
            return plain(sentence, range, kind: .policy, canonical: name)
        case .location(let name):
            return plain(sentence, range, kind: .location, canonical: name)
        }
    }

    private static let cityParts: Set<String> = [
        "area", "areas", "outskirts", "suburb", "suburbs", "streets", "centre", "center", "heart", "part", "parts",
        "neighbourhood", "neighborhood", "district", "districts", "mayor", "residents",
    ]

    /// "Tbilisi, the Georgian capital", "the Spanish capital, Madrid", "the
    /// Kyrgyz capital Bishkek": a capital in apposition to the word "capital"
    /// is the city, not its state.
    private func isNamedAsCapital(_ range: Range<Int>, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        if range.lowerBound > 0, tokens[range.lowerBound - 1].lowercased == "capital",
           [",", nil].contains(tokens[range.lowerBound - 1].punctuationAfter) {
            return true
        }
        guard tokens[range.upperBound - 1].punctuationAfter == "," else { return false }
        return tokens[range.upperBound..<min(range.upperBound + 4, tokens.count)].contains { $0.lowercased == "capital" }
    }

    func plain(
        _ sentence: Sentence, _ range: Range<Int>, kind: EntityKind, canonical: String? = nil, surface: String? = nil
    ) -> Mention {
        let tokens = sentence.tokens[range]
        return Mention(
            sentence: sentence.index, tokens: range,
            surface: surface ?? written(tokens, in: sentence),
            kind: kind, canonical: canonical, role: nil, isPossessive: tokens.last?.isPossessive ?? false)
    }

    /// The name as its words are written: joined by spaces, or as the text
    /// has it for a name with a possessive inside ("European People's Party")
    /// or a comma ("Ministry of Business, Innovation and Employment"), or
    /// words joined by a slash, an ampersand or a dash ("News/Media Alliance",
    /// "Henriques & Dunbar", "Kenya–Italy Space Cooperation Agreement").
    func written(_ tokens: ArraySlice<Token>, in sentence: Sentence) -> String {
        if tokens.count == 1 { return tokens[tokens.startIndex].text }
        let joined = tokens.map(\.text).joined(separator: " ")
        let bytes = sentence.text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: tokens.first!.offsets.lowerBound)
        let end = bytes.index(bytes.startIndex, offsetBy: tokens.last!.offsets.upperBound)
        let span = sentence.text[start..<end]
        // 0xE2 opens the dash's three UTF-8 bytes: a cheap test before the split.
        let isJoinedByMarks = span.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "&") || $0 == 0xE2 }
            && span.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "&" || $0 == "–" }).joined(separator: " ") == joined
        // "Ministry of Business, Innovation and Employment" keeps its comma.
        let hasComma = tokens.dropLast().contains { $0.punctuationAfter == "," }
        // "Myanmar (Sanctions) Regulations 2021", "Communist Party of Nepal (Unified Marxist-Leninist)".
        if tokens.dropLast().contains(where: { $0.punctuationAfter == "(" }) {
            return String(span) + (tokens.last!.punctuationAfter == ")" && !span.hasSuffix(")") ? ")" : "")
        }
        // "Law No. 6" keeps the abbreviation's period.
        let hasNumberSign = tokens.dropLast().contains(where: Self.isNumberSign)
        return isJoinedByMarks || hasComma || hasNumberSign || tokens.dropLast().contains(where: \.isPossessive) ? String(span) : joined
    }

    func weak(_ sentence: Sentence, _ range: Range<Int>) -> Mention {
        var result = plain(sentence, range, kind: .person)
        result.isWeak = true
        return result
    }
}

extension MentionRecognizer {
    /// "SYDNEY, Jan 22 —", "THE HAGUE —": the city a wire report was filed
    /// from, named in capitals, is a place of the story. A country or a body
    /// named there ("UNITED NATIONS —") is left to the body of the article.
    func datelinePlace(in sentence: Sentence) -> Mention? {
        let length = sentence.datelineLength
        guard length > 0 else { return nil }
        let tokens = sentence.tokens
        let end = tokens.prefix(length).firstIndex { $0.punctuationAfter != nil }.map { $0 + 1 } ?? length
        guard tokens[..<end].allSatisfy(\.isAllCaps) else { return nil }
        let name = tokens[..<end].map { Self.titleCased($0.lowercased) }.joined(separator: " ")
        switch lexicon.meaning(of: name) {
        case .country?, .demonym?, .organization?, .policy?: return nil
        default: return plain(sentence, 0..<end, kind: .location, canonical: name, surface: name)
        }
    }

    /// "the hague" → "The Hague", "port-au-prince" → "Port-Au-Prince".
    private static func titleCased(_ word: String) -> String {
        var result = ""
        var opensPart = true
        for character in word {
            result.append(opensPart ? Character(character.uppercased()) : character)
            opensPart = character == "-" || character == "'"
        }
        return result
    }
}
