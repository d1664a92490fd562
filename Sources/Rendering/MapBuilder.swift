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
    /// Boxes drawn around groups of nodes.
    public var clustering: Clustering
    /// Tooltips and `id`/`class` attributes: what an SVG needs to be explored
    /// and styled, and what makes DOT for a document long.
    public var includesInteractivity = true

    /// Above this many nodes (or twice as many edges) a map drops edge labels
    /// and curved edges.
    public static let largeMap = 150

    /// How nodes are grouped into Graphviz clusters.
    public enum Clustering: String, CaseIterable, Sendable {
        case none, kind, country
    }

    public init(
        style: MapStyle = .standard, includesLegend: Bool = true, includesIsolated: Bool = false,
        clustering: Clustering = .none
    ) {
        self.style = style
        self.includesLegend = includesLegend
        self.includesIsolated = includesIsolated
        self.clustering = clustering
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
        let importance = Self.importance(in: graph)
        spec.nodes = shown.map { node(for: $0, importance: importance[$0.id] ?? 0) }
        spec.edges = Self.parallelGroups(graph.relations).map { edge(for: $0, documentTitles: documentTitles) }
        if shown.count > Self.largeMap || spec.edges.count > 2 * Self.largeMap {
            // Spline routing and edge labels make big layouts take minutes; the
            // colour still tells the type and the tooltip the evidence.
            spec.graphAttributes["splines"] = "false"
            spec.graphAttributes["outputorder"] = "edgesfirst"
            for index in spec.edges.indices {
                spec.edges[index].attributes["label"] = nil
            }
        }
        spec.subgraphs = clusters(for: shown, in: graph)
        if !includesInteractivity {
            let interactive: Set<String> = ["tooltip", "labeltooltip", "id", "class"]
            for index in spec.nodes.indices {
                spec.nodes[index].attributes = spec.nodes[index].attributes.filter { !interactive.contains($0.key) }
            }
            for index in spec.edges.indices {
                spec.edges[index].attributes = spec.edges[index].attributes.filter { !interactive.contains($0.key) }
            }
        }
        if includesLegend {
            addLegend(to: &spec, kinds: Set(shown.map(\.kind)), types: Set(graph.relations.map(\.type)))
        }
        return spec
    }

    /// Importance scaled to 0...1, so the most important entity reads largest.
    private static func importance(in graph: KnowledgeGraph) -> [String: Double] {
        let rank = Centrality.importance(graph)
        guard let low = rank.values.min(), let high = rank.values.max(), high > low else {
            return rank.mapValues { _ in 0 }
        }
        return rank.mapValues { ($0 - low) / (high - low) }
    }

    /// Relations with the same source and target, drawn as one edge.
    private static func parallelGroups(_ relations: [Relation]) -> [[Relation]] {
        var order: [String] = []
        var groups: [String: [Relation]] = [:]
        for relation in relations {
            let key = relation.source + "\u{1}" + relation.target
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(relation)
        }
        return order.map { groups[$0]!.sorted { ($1.weight, $0.type) < ($0.weight, $1.type) } }
    }

    private func node(for entity: Entity, importance: Double) -> GraphSpec.Node {
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
            "fontsize": String(format: "%.1f", 11 + 9 * importance),
            "penwidth": String(format: "%.1f", 1 + 2 * importance),
        ])
    }

    /// One edge for all relations from one entity to another: coloured by
    /// the strongest, labelled with each type and its count, every type's
    /// first evidence sentence in the tooltip.
    private func edge(for relations: [Relation], documentTitles: [String: String]) -> GraphSpec.Edge {
        let strongest = relations[0]
        let color = style.edgeColors[strongest.type] ?? "black"
        let label = relations.map { $0.weight > 1 ? "\($0.type.rawValue) ×\($0.weight)" : $0.type.rawValue }
            .joined(separator: ", ")
        let tooltip = relations.map { relation -> String in
            var line = "\(relation.type.rawValue): "
            if let evidence = relation.evidence.first {
                line += "“\(evidence.sentence)” — \(documentTitles[evidence.document] ?? evidence.document)\(evidence.modality.note)"
                if relation.evidence.count > 1 {
                    line += " (and \(relation.evidence.count - 1) more)"
                }
            }
            return line
        }.joined(separator: "\n")
        let types = relations.map(\.type.rawValue)
        return GraphSpec.Edge(
            tail: strongest.source, head: strongest.target,
            attributes: [
                "label": label,
                "color": color,
                "fontcolor": color,
                "penwidth": style.penWidth(weight: relations.map(\.weight).reduce(0, +)),
                "tooltip": LabelText.escaped(tooltip),
                "labeltooltip": LabelText.escaped(tooltip),
                "id": "relation.\(strongest.source).\(types.joined(separator: "+")).\(strongest.target)",
                "class": "relation " + types.joined(separator: " "),
            ])
    }

    /// Clusters by entity kind, or by the country each entity belongs to (its
    /// own, or the one it is most strongly member of, located in or leads).
    private func clusters(for entities: [Entity], in graph: KnowledgeGraph) -> [GraphSpec.Subgraph] {
        switch clustering {
        case .none:
            return []
        case .kind:
            return EntityKind.allCases.compactMap { kind in
                let members = entities.filter { $0.kind == kind }.map(\.id)
                return members.isEmpty ? nil : GraphSpec.Subgraph(
                    name: "cluster_\(kind.rawValue)", attributes: ["label": kind.rawValue, "style": "rounded", "color": "#bbbbbb"],
                    nodeIDs: members)
            }
        case .country:
            let countries = Dictionary(graph.entities.filter { $0.kind == .country }.map { ($0.id, $0.name) },
                                       uniquingKeysWith: { first, _ in first })
            var home: [String: (country: String, weight: Int)] = [:]
            for id in countries.keys { home[id] = (id, .max) }
            for relation in graph.relations where [.memberOf, .locatedIn, .leads].contains(relation.type)
                && countries[relation.target] != nil {
                if relation.weight > home[relation.source]?.weight ?? 0 {
                    home[relation.source] = (relation.target, relation.weight)
                }
            }
            let shown = Set(entities.map(\.id))
            return countries.keys.sorted().compactMap { country in
                let members = entities.map(\.id).filter { home[$0]?.country == country && shown.contains($0) }
                return members.isEmpty ? nil : GraphSpec.Subgraph(
                    name: "cluster_\(country)",
                    attributes: ["label": LabelText.escaped(countries[country]!), "style": "rounded,filled", "fillcolor": "#f7f7f2",
                                 "color": "#bbbbbb"],
                    nodeIDs: members)
            }
        }
    }

    /// A compact key: one table node, entity kinds as coloured cells beside
    /// relation types in their colours. Only fixed names go into its HTML.
    private func addLegend(to spec: inout GraphSpec, kinds: Set<EntityKind>, types: Set<RelationType>) {
        let kindCells = EntityKind.allCases.filter(kinds.contains).map { kind in
            "<TD BGCOLOR=\"\(style.nodeLooks[kind]?.fill ?? "white")\">\(kind.rawValue)</TD>"
        }
        let typeCells = RelationType.allCases.filter(types.contains).map { type in
            "<TD><FONT COLOR=\"\(style.edgeColors[type] ?? "black")\">━ \(type.rawValue)</FONT></TD>"
        }
        let empty = "<TD BORDER=\"0\"></TD>"
        let rows = (0..<max(kindCells.count, typeCells.count)).map { (row: Int) -> String in
            let kindCell: String = row < kindCells.count ? kindCells[row] : empty
            let typeCell: String = row < typeCells.count ? typeCells[row] : empty
            return "<TR>\(kindCell)\(typeCell)</TR>"
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
            + "<TR><TD COLSPAN=\"2\" BORDER=\"0\"><B>Legend</B></TD></TR>" + rows.joined() + "</TABLE>"
        spec.nodes.append(.init(
            id: "legend",
            attributes: ["shape": "plaintext", "style": "", "fontsize": "9", "class": "legend", "tooltip": "legend"],
            htmlLabel: table))
    }
}
