@testable import Extraction
import Testing

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        Tokenizer.tokens(of: text).map { String($0.text) + ($0.isPossessive ? "+s" : "") }
    }

    @Test func namesStayWholeAndPossessivesAreFlags() {
        #expect(words("The U.S. and Mexico’s AT&T deal, O'Neil said.") == ["The", "U.S.", "and", "Mexico+s", "AT&T", "deal", "O'Neil", "said"])
        #expect(words("Vanda Felbab-Brown of the states' plan") == ["Vanda", "Felbab-Brown", "of", "the", "states+s", "plan"])
        #expect(words("Charles' case") == ["Charles+s", "case"])
    }

    @Test func aRuleOnlyHeadWordIsARoleTheNameTaggerDoesNotRead() {
        let tokens = Tokenizer.tokens(of: "The Notification on Controlled Herbs and the Act", roles: Lexicon.bundled.wordRoles)
        #expect(tokens[1].roles.contains(.policyHead))
        #expect(!tokens[1].nameCueRoles.contains(.policyHead))
        // A head word of the main lists is a cue to both.
        #expect(tokens[7].roles.contains(.policyHead) && tokens[7].nameCueRoles.contains(.policyHead))
        #expect(Lexicon.bundled.policyHeads.contains("Notification"))
        // So with a rule-only title, in any case.
        let title = Tokenizer.tokens(of: "the chief negotiator, Negotiator", roles: Lexicon.bundled.wordRoles)
        #expect(title[2].roles.contains(.memberTitle) && title[3].roles.contains(.memberTitle))
        #expect(!title[2].nameCueRoles.contains(.memberTitle))
    }

    @Test func aDollarsCountryLettersAreMarkedAndNameNothing() {
        let tokens = Tokenizer.tokens(of: "It costs NZ$310 million, or US$190 million, not $5. NATO$ USD")
        #expect(tokens.filter(\.isCurrencyPrefix).map(\.text) == ["NZ", "US"])
        let names = wireCopy("Wellington said the cuts save NZ$310 million, or US$190 million.").entities.map(\.name)
        #expect(!names.contains("NZ") && !names.contains("United States"))
    }

    @Test func nonASCIIWordsAndMarks() {
        #expect(words("Jorge Castañeda — “Sheinbaum’s” plan: São Paulo 2025") == ["Jorge", "Castañeda", "Sheinbaum+s", "plan", "São", "Paulo", "2025"])
        let tokens = Tokenizer.tokens(of: "Zürich, Genève; Ελλάδα (x)")
        #expect(tokens.map(\.text) == ["Zürich", "Genève", "Ελλάδα", "x"])
        #expect(tokens.map(\.punctuationAfter) == [",", ";", "(", ")"])
        #expect(tokens.map(\.isCapitalized) == [true, true, true, false])
        #expect(tokens.map(\.lowercased) == ["zürich", "genève", "ελλάδα", "x"])
        // A combining accent stays in its word; an emoji is no word.
        #expect(words("Cafe\u{301} 👍 ok") == ["Cafe\u{301}", "ok"])
    }
}
