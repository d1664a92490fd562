import Extraction
import Foundation

/// Mention-level precision, recall and F1 of tagged names, counted as the
/// CoNLL shared tasks' conlleval counts them: a name is right only if its
/// first word, last word and type all match the corpus.
public struct NameScores: Sendable {
    public private(set) var byType: [NameType: Score] = [:]

    public init() {}

    public var overall: Score { byType.values.reduce(Score(), +) }

    /// Adds one sentence's names.
    public mutating func add(gold: [NameSpan], predicted: [NameSpan]) {
        let goldSet = Set(gold), predictedSet = Set(predicted)
        for type in NameType.allCases {
            let expected = goldSet.filter { $0.type == type }
            let found = predictedSet.filter { $0.type == type }
            let right = expected.intersection(found).count
            byType[type, default: Score()] = byType[type, default: Score()]
                + Score(truePositives: right, falsePositives: found.count - right, falseNegatives: expected.count - right)
        }
    }

    /// A table: each type and all, with counts, precision, recall and F1.
    public var text: String {
        func row(_ label: String, _ score: Score) -> String {
            let expected = score.truePositives + score.falseNegatives
            let found = score.truePositives + score.falsePositives
            return label.padding(toLength: 8, withPad: " ", startingAt: 0)
                + " gold \(pad(expected)) found \(pad(found))  P \(percent(score.precision))  R \(percent(score.recall))  F1 \(percent(score.f1))"
        }
        return (NameType.allCases.map { row($0.label, byType[$0] ?? Score()) } + [row("all", overall)])
            .joined(separator: "\n")
    }

    private func pad(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    private func percent(_ value: Double) -> String {
        let text = String(format: "%.2f", value * 100)
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
