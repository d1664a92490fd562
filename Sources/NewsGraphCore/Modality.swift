/// How a sentence puts the act it reports, as event coders tell a threat from
/// the act: done or doing (`asserted`), intended or announced (`planned`),
/// threatened, or asked about (`questioned`). An act the sentence denies
/// ("did not join") is no relation at all.
public enum Modality: String, Codable, CaseIterable, Sendable, Comparable {
    case asserted, planned, threatened, questioned

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Modality {
    /// " (planned)" after an evidence sentence that does not assert its act; nothing after one that does.
    public var note: String { self == .asserted ? "" : " (\(rawValue))" }
}
