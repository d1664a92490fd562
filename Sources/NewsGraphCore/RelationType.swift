/// A directed relation type, from the actor to what it acts on, spelled as in
/// the annotation guidelines.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case leads
    case memberOf = "member_of"
    case opposes, supports, targets, enacts
    case appliesTo = "applies_to"
    case locatedIn = "located_in"
    case meets, reported

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
