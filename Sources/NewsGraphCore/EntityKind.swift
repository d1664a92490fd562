/// What an entity is, spelled as in the annotation guidelines.
public enum EntityKind: String, Codable, CaseIterable, Sendable, Comparable {
    case person, organization, country, policy, location

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
