import Foundation
import NewsGraphCore

/// How a map looks: a shape and colour per entity kind, a colour per relation
/// type. Opposes and supports are red and green so they read at a glance.
public struct MapStyle: Sendable {
    public struct NodeLook: Sendable {
        public var shape: String
        public var fill: String
    }

    public var font = "Helvetica"
    public var nodeLooks: [EntityKind: NodeLook] = [
        .person: NodeLook(shape: "ellipse", fill: "#fde2b3"),
        .organization: NodeLook(shape: "box", fill: "#cfe3f7"),
        .country: NodeLook(shape: "hexagon", fill: "#d6f0d0"),
        .policy: NodeLook(shape: "note", fill: "#efe0f7"),
        .location: NodeLook(shape: "house", fill: "#eeeeee"),
    ]
    public var edgeColors: [RelationType: String] = [
        .leads: "#1f4e99",
        .memberOf: "#5b8bd0",
        .opposes: "#c62828",
        .supports: "#2e7d32",
        .targets: "#e65100",
        .enacts: "#6a1b9a",
        .appliesTo: "#8e5fb5",
        .locatedIn: "#757575",
        .meets: "#00838f",
        .reported: "#9e9e9e",
    ]

    public init() {}

    public static let standard = MapStyle()

    /// Edge width grows with the number of supporting sentences, gently.
    func penWidth(weight: Int) -> String {
        let width = 1.0 + 1.2 * log2(Double(max(weight, 1)))
        return String(format: "%.1f", min(width, 6))
    }
}

private func log2(_ value: Double) -> Double { Foundation.log2(value) }
