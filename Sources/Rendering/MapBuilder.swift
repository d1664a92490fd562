import Foundation
import Graphviz
import NewsGraphCore

/// Turns a knowledge graph into a styled Graphviz graph: labelled, coloured
/// edges whose tooltip is their evidence, nodes whose tooltip lists their
/// aliases, stable `id` and `class` attributes a report's CSS can use.
public struct MapBuilder: Sendable {
    public var style: MapStyle
    /// Whether to draw a legend of the entity kinds and relation types used.
    public var includesLegend: Bool
    /// Whether entities without any relation get a node. They stay in the
    /// JSON; on a map they only stack up beside the connected part.
    public var includesIsolated: Bool

    public init(style: MapStyle = .standard, includesLegend: Bool = true, includesIsolated: Bool = false) {
        self.style = style
        self.includesLegend = includesLegend
        self.includesIsolated = includesIsolated
    }

    public func spec(for graph: KnowledgeGraph, title: String? = nil) -> GraphSpec {
        var spec = GraphSpec(
            name: "newsgraph",
            graphAttributes: [
                "rankdir": "LR", "overlap": "false", "splines": "true", "nodesep": "0.35", "ranksep": "0.9",
                "fontname": style.font, "fontsize": "12", "bgcolor": "white", "pad": "0.3",
            ],
            nodeDefaults: [
                "fontname": style.font, "fontsize": "11", "style": "filled", "color": "#555555", "margin": "0.12,0.06",
            ],
            edgeDefaults: ["fontname": style.font, "fontsize": "9", "arrowsize": "0.7"])
        if let title {
            spec.graphAttributes["label"] = LabelText.escaped(title)
            spec.graphAttributes["labelloc"] = "t"
            spec.graphAttributes["fontsize"] = "16"
        }
        let documentTitles = Dictionary(graph.documents.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let connected = Set(graph.relations.flatMap { [$0.source, $0.target] })
        let shown = includesIsolated ? graph.entities : graph.entities.filter { connected.contains($0.id) }
        spec.nodes = shown.map { node(for: $0) }
        spec.edges = graph.relations.map { edge(for: $0, documentTitles: documentTitles) }
        if includesLegend {
            addLegend(to: &spec, kinds: Set(shown.map(\.kind)), types: Set(graph.relations.map(\.type)))
        }
        return spec
    }

    private func node(for entity: Entity) -> GraphSpec.Node {
        let look = style.nodeLooks[entity.kind] ?? MapStyle.NodeLook(shape: "ellipse", fill: "white")
        var tooltip = "\(entity.name) (\(entity.kind.rawValue))"
        if !entity.aliases.isEmpty {
            tooltip += "\nalso: " + entity.aliases.joined(separator: ", ")
        }
        tooltip += "\n\(entity.mentions) mention\(entity.mentions == 1 ? "" : "s") in \(entity.documents.count) document\(entity.documents.count == 1 ? "" : "s")"
        return GraphSpec.Node(id: entity.id, attributes: [
            "label": LabelText.escaped(entity.name),
            "shape": look.shape,
            "fillcolor": look.fill,
            "tooltip": LabelText.escaped(tooltip),
            "id": "entity.\(entity.id)",
            "class": "entity \(entity.kind.rawValue)",
        ])
    }

    private func edge(for relation: Relation, documentTitles: [String: String]) -> GraphSpec.Edge {
        let color = style.edgeColors[relation.type] ?? "black"
        let label = relation.weight > 1 ? "\(relation.type.rawValue) ×\(relation.weight)" : relation.type.rawValue
        var tooltip = "\(relation.type.rawValue): "
        if let evidence = relation.evidence.first {
            tooltip += "“\(evidence.sentence)” — \(documentTitles[evidence.document] ?? evidence.document)"
            if relation.evidence.count > 1 {
                tooltip += " (and \(relation.evidence.count - 1) more)"
            }
        }
        return GraphSpec.Edge(
            tail: relation.source, head: relation.target, key: relation.type.rawValue,
            attributes: [
                "label": label,
                "color": color,
                "fontcolor": color,
                "penwidth": style.penWidth(weight: relation.weight),
                "tooltip": LabelText.escaped(tooltip),
                "labeltooltip": LabelText.escaped(tooltip),
                "id": "relation.\(relation.source).\(relation.type.rawValue).\(relation.target)",
                "class": "relation \(relation.type.rawValue)",
            ])
    }

    /// A boxed key in a corner: one sample node per kind, one sample edge per type.
    private func addLegend(to spec: inout GraphSpec, kinds: Set<EntityKind>, types: Set<RelationType>) {
        var legend = GraphSpec.Subgraph(
            name: "cluster_legend",
            attributes: ["label": "Legend", "style": "rounded,dashed", "color": "#999999", "fontsize": "11"])
        for kind in EntityKind.allCases where kinds.contains(kind) {
            let look = style.nodeLooks[kind]!
            let id = "legend_\(kind.rawValue)"
            legend.nodeIDs.append(id)
            spec.nodes.append(.init(id: id, attributes: [
                "label": kind.rawValue, "shape": look.shape, "fillcolor": look.fill, "fontsize": "9",
                "class": "legend", "tooltip": "entity kind: \(kind.rawValue)",
            ]))
        }
        for type in RelationType.allCases where types.contains(type) {
            let (tail, head) = ("legend_\(type.rawValue)_from", "legend_\(type.rawValue)_to")
            legend.nodeIDs += [tail, head]
            let point = ["shape": "point", "width": "0.05", "style": "invis", "label": "", "class": "legend"]
            spec.nodes += [.init(id: tail, attributes: point), .init(id: head, attributes: point)]
            let color = style.edgeColors[type] ?? "black"
            spec.edges.append(.init(tail: tail, head: head, attributes: [
                "label": type.rawValue, "color": color, "fontcolor": color, "class": "legend",
                "tooltip": "relation type: \(type.rawValue)",
            ]))
        }
        spec.subgraphs.append(legend)
    }
}
