/// Universal Dependencies part-of-speech tags, without PUNCT: punctuation is
/// no word of a ``Token`` but a mark on the word before it.
public enum PartOfSpeech: Int, CaseIterable, Sendable {
    case adjective, adposition, adverb, auxiliary, coordinatingConjunction, determiner, interjection, noun,
         numeral, particle, pronoun, properNoun, subordinatingConjunction, symbol, verb, other

    /// The tag of a UPOS name ("PROPN"); punctuation and unknown names are `other`.
    init(universal name: Substring) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [Substring: PartOfSpeech] = [
        "ADJ": .adjective, "ADP": .adposition, "ADV": .adverb, "AUX": .auxiliary, "CCONJ": .coordinatingConjunction,
        "DET": .determiner, "INTJ": .interjection, "NOUN": .noun, "NUM": .numeral, "PART": .particle,
        "PRON": .pronoun, "PROPN": .properNoun, "SCONJ": .subordinatingConjunction, "SYM": .symbol, "VERB": .verb,
    ]
}

/// The Universal Dependencies relations that say who did what to whom, 16
/// of them; every other relation is `other`. Subtypes are kept where they
/// change the roles: passive subjects, the "by" agent, possessors, relative
/// clauses. Sixteen lanes make a labeler row one cache line.
public enum DependencyLabel: Int, CaseIterable, Sendable {
    case root, nominalSubject, passiveSubject, object, indirectObject, oblique, agent, nominalModifier
    case possessor, apposition, conjunct, caseMarker, copula, openComplement, relativeClause, other

    /// The label of a UD relation name ("nsubj:pass").
    init(universal name: Substring) {
        if let label = Self.bySubtype[name] {
            self = label
        } else {
            let base = name.split(separator: ":").first ?? name
            self = Self.byName[base] ?? .other
        }
    }

    private static let bySubtype: [Substring: DependencyLabel] = [
        "nsubj:pass": .passiveSubject, "obl:agent": .agent, "nmod:poss": .possessor, "acl:relcl": .relativeClause,
    ]
    private static let byName: [Substring: DependencyLabel] = [
        "root": .root, "nsubj": .nominalSubject, "obj": .object, "iobj": .indirectObject, "obl": .oblique,
        "nmod": .nominalModifier, "appos": .apposition, "conj": .conjunct, "case": .caseMarker, "cop": .copula,
        "xcomp": .openComplement,
    ]
}

/// A sentence's words with their parts of speech and dependency tree.
public struct ParsedSentence: Sendable, Equatable {
    public var tags: [PartOfSpeech]
    /// Each word's head word, or -1 for the root.
    public var heads: [Int]
    public var labels: [DependencyLabel]

    /// The dependents of every word, in sentence order.
    func dependents() -> [[Int]] { Self.dependents(of: heads) }

    static func dependents(of heads: [Int]) -> [[Int]] {
        var dependents = [[Int]](repeating: [], count: heads.count)
        for (word, head) in heads.enumerated() where head >= 0 { dependents[head].append(word) }
        return dependents
    }

    /// Whether no arc crosses another: every word between a head and its
    /// dependent descends from that head. Transition parsers of the
    /// arc-hybrid family build only such trees.
    var isProjective: Bool {
        for (dependent, head) in heads.enumerated() where head >= 0 {
            for between in (min(head, dependent) + 1)..<max(head, dependent) {
                var ancestor = heads[between]
                var steps = 0
                while ancestor >= 0, ancestor != head, steps < heads.count {
                    ancestor = heads[ancestor]
                    steps += 1
                }
                if ancestor != head { return false }
            }
        }
        return true
    }
}
