/// Precision, recall and F1 from counts.
public struct Score: Encodable, Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    }

    public var recall: Double {
        let expected = truePositives + falseNegatives
        return expected == 0 ? 1 : Double(truePositives) / Double(expected)
    }

    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, precision, recall, f1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode((precision * 1000).rounded() / 1000, forKey: .precision)
        try container.encode((recall * 1000).rounded() / 1000, forKey: .recall)
        try container.encode((f1 * 1000).rounded() / 1000, forKey: .f1)
    }
}
