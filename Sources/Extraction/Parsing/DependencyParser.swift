import Foundation

/// A part-of-speech tagger and a dependency parser for NewsGraph's tokens:
/// a greedy averaged-perceptron tagger, a greedy arc-hybrid parser trained
/// with a dynamic oracle, and a labeler for the arcs it builds — the
/// well-trodden design of fast parsers (Honnibal's tagger; Goldberg and Nivre
/// 2012). Trained by `Scripts/train-parser.sh` on the Universal Dependencies
/// trees of GUM and shipped as `dependency-parser.model`.
public struct DependencyParser: Sendable {
    let tagger: WideModel
    let transitions: NarrowModel
    let labeler: WideModel
    /// What the model was trained on, as the trainer wrote it.
    public let provenance: String

    /// Tags and parses a sentence's words, labeling arcs as they are asked
    /// for. The capitalized words of `names` are proper nouns, and the last
    /// word of each a noun, whatever the tagger says: the name recognizer has
    /// read more of the article than the tagger's five words ("Turkey"
    /// opening a sentence is no pronoun). A dateline's words
    /// (`datelineLength`) stay out of the tree: "SANTIAGO —" is no subject
    /// of what follows it.
    func read(_ tokens: [Token], names: [Range<Int>] = [], datelineLength: Int = 0) -> SentenceParse {
        if datelineLength > 0, datelineLength < tokens.count {
            let shift = datelineLength
            let report = read(Array(tokens[shift...]), names: names.compactMap { name in
                name.lowerBound >= shift ? (name.lowerBound - shift)..<(name.upperBound - shift) : nil
            })
            return SentenceParse(
                tags: Array(repeating: .properNoun, count: shift) + report.tags,
                heads: Array(repeating: -1, count: shift) + report.heads.map { $0 < 0 ? $0 : $0 + shift },
                words: ParserWords(tokens), labeler: labeler)
        }
        let words = ParserWords(tokens)
        var keys: [UInt64] = []
        keys.reserveCapacity(48)
        var tags = tag(words, keys: &keys)
        for name in names {
            for word in name where word < tokens.count && tokens[word].isCapitalized { tags[word] = .properNoun }
            // A lower-case name ends in its noun: "bank" of "Chile's central bank" is no verb.
            if let head = name.last, head < tokens.count, !tokens[head].isCapitalized, tags[head] == .verb { tags[head] = .noun }
        }
        correctVerbTags(&tags, of: tokens)
        var state = ParserState(count: tokens.count)
        while !state.isFinished {
            // With the stack empty there is nothing to choose: no features needed.
            if state.stack.isEmpty {
                state.apply(.shift)
                continue
            }
            words.transitionKeys(state, tags: tags, into: &keys)
            let chosen = transitions.best(keys) { state.allows(ParserState.Transition(rawValue: $0)!) }
            state.apply(ParserState.Transition(rawValue: chosen)!)
        }
        return SentenceParse(tags: tags, heads: state.heads, words: words, labeler: labeler)
    }

    /// Verbs the tagger reads from a suffix where the words around say otherwise:
    /// "Sudan's army-aligned government", "Helvara's planned acquisition" (a
    /// participle between a possessive or determiner and a noun describes the noun), "U.S.
    /// investment fund Bramblecrest" (after a determiner or an adjective a
    /// word is a noun, whatever its suffix). One pass, left to right.
    private func correctVerbTags(_ tags: inout [PartOfSpeech], of tokens: [Token]) {
        for word in tokens.indices.dropFirst() where tags[word] == .verb {
            let lowercased = tokens[word].lowercased
            if word + 1 < tokens.count, lowercased.hasSuffix("ed"), tokens[word].punctuationAfter == nil,
               tags[word - 1] == .determiner || tokens[word - 1].isPossessive, [.noun, .properNoun].contains(tags[word + 1]) {
                tags[word] = .adjective
            } else if [.determiner, .adjective].contains(tags[word - 1]), tokens[word - 1].punctuationAfter == nil,
                      !tokens[word - 1].isCapitalized, !lowercased.hasSuffix("ed"), !lowercased.hasSuffix("ing") {
                tags[word] = .noun
            }
        }
    }

    /// Tags and parses a sentence's words.
    func parse(_ tokens: [Token]) -> ParsedSentence { read(tokens).tree }

    /// Tags and parses one sentence of text, on the words NewsGraph reads in it.
    public func parse(_ sentence: String) -> (words: [String], tree: ParsedSentence) {
        let tokens = Tokenizer.tokens(of: sentence)
        return (tokens.map(\.text), parse(tokens))
    }

    func tag(_ words: ParserWords, keys: inout [UInt64]) -> [PartOfSpeech] {
        var tags: [PartOfSpeech] = []
        tags.reserveCapacity(words.count)
        for index in 0..<words.count {
            words.taggerKeys(at: index, tags: tags, into: &keys)
            tags.append(PartOfSpeech(rawValue: tagger.best(keys))!)
        }
        return tags
    }

    /// The parser shipped with NewsGraph, or nil if its model file is missing
    /// (relations are then read by the word patterns alone).
    public static let bundled: DependencyParser? = {
        guard let url = Bundle.module.url(forResource: "dependency-parser", withExtension: "model") else { return nil }
        do {
            return try DependencyParser(contentsOf: url)
        } catch {
            fatalError("NewsGraph's bundled dependency parser is broken: \(error)")
        }
    }()
}
