@testable import Extraction
import NewsGraphCore
import Testing

/// The fast look-ups extraction is built on must answer exactly what the
/// slower joined-string and Character-based forms they replaced answered.
@Suite struct LookupTests {
    private func tokens(_ text: String) -> [Token] {
        Sentence(text: text, index: 0, isHeadline: false).tokenized(with: .bundled).tokens
    }

    @Test func phraseTableFindsTheLongestPhraseWordByWord() {
        var table = PhraseTable<Int>()
        table.insert("cracked down", 1)
        table.insert("cracked down on", 2)
        table.insert("Cracked", 3)
        table.insert("cracked down", 9)  // already there: the first value stays
        let words = tokens("They cracked down on the cartels and cracked eggs")
        #expect(table.longestMatch(in: words, at: 1)?.value == 2)
        #expect(table.longestMatch(in: words, at: 1)?.length == 3)
        #expect(table.longestMatch(in: words, at: 1, accepting: { $0 < 3 })?.value == 1)
        #expect(table.longestMatch(in: words, at: 7)?.value == 3)
        #expect(table.longestMatch(in: words, at: 0) == nil)
        // A phrase running past the sentence's end is no match.
        #expect(table.longestMatch(in: tokens("they cracked down"), at: 1)?.length == 2)
        #expect(Set(table.firstWords) == ["cracked"])
    }

    @Test func wordRolesKeepCaseWhereTheListsDo() {
        let words = tokens("The Treasury Department said the department had led talks in Geneva")
        let department = words[2], lowercaseDepartment = words[5]
        #expect(department.roles.contains(.organizationHead))
        #expect(!lowercaseDepartment.roles.contains(.organizationHead))
        #expect(words[7].roles.contains(.leadershipVerb))
        #expect(words[9].roles.contains(.triggerFirstWord) == Lexicon.bundled.triggerFirstWords.contains("in"))
        #expect(words.allSatisfy { $0.roles.contains(.clauseBreak) == Lexicon.bundled.cues.clauseBreaks.contains($0.lowercased) })
        #expect(words.allSatisfy { $0.roles.contains(.policyFirstWord) == Lexicon.bundled.policyFirstWords.contains($0.lowercased) })
    }

    @Test func relationTriggersAreMatchedLongestFirst() {
        let words = tokens("Mexico pushed back against the plan and pushed for talks")
        #expect(Lexicon.bundled.trigger(in: words, at: 1)?.length == 3)
        #expect(Lexicon.bundled.trigger(in: words, at: 1)?.type == .opposes)
        #expect(Lexicon.bundled.trigger(in: words, at: 0) == nil)
    }

    @Test func oneEditApartIsLevenshteinDistanceOne() {
        let pairs = [("Mexcico", "Mexico"), ("Mexico", "Mexico"), ("Maxico", "Mexico"), ("Mexico", "Mexicoo"),
                     ("Mexico", "Mxeico"), ("Peru", "Perus"), ("", "a"), ("abc", "a"), ("Chile", "China")]
        for (lhs, rhs) in pairs {
            let fast = MentionRecognizer.isOneEditApart(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars))
            #expect(fast == (EditDistance.between(lhs, rhs) == 1), "\(lhs) / \(rhs)")
        }
    }

    @Test func hugeArticlesAreExtractedAsIfTheirWordsWereKept() throws {
        let paths = try ArticleReader.articlePaths(in: [BundledArticlesTests.seeds]).articles
        #expect(paths.count == 5)
        let retokenizing = Extractor(lexicon: .bundled, largestArticleWithKeptWords: 0)
        for path in paths {
            let article = try ArticleReader.read(path: path)
            let huge = retokenizing.extract(article, documentID: "d"), ordinary = Extractor().extract(article, documentID: "d")
            #expect(!ordinary.relations.isEmpty)
            #expect(huge.entities == ordinary.entities, "\(path)")
            #expect(huge.relations == ordinary.relations, "\(path)")
            #expect(huge.document.title == ordinary.document.title)
        }
    }

    @Test func byteHelpersSplitLikeTheStandardLibrary() {
        let text = "  Trump  and Sheinbaum\n\nmet\n"
        #expect(text.words == text.split(separator: " ").map(String.init))
        #expect(text.lines == text.split(separator: "\n", omittingEmptySubsequences: false))
        #expect("".lines == [""])
        #expect("Castañeda said".words == ["Castañeda", "said"])
        for name in ["", "   ", "Sheinbaum", " Claudia  Sheinbaum ", "Jorge Castañeda Gutman"] {
            #expect(name.wordCount == name.words.count)
            #expect(name.firstWord == name.words.first)
            #expect(name.lastWord == name.words.last)
        }
        #expect("Joint Special Operations Command (JSOC)".contains(byte: UInt8(ascii: "(")))
        #expect(!"No brackets here".contains(byte: UInt8(ascii: "(")))
        #expect("The U.S. Army".asciiLowercased() == "the u.s. army")
        #expect("Zürich".asciiLowercased() == "zürich")
    }
}
