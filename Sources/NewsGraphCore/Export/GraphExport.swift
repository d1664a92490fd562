import Foundation

/// The graph in the formats other tools read: GraphML (networkx, Cytoscape,
/// yEd, Gephi), GEXF (Gephi), the CSV files of `neo4j-admin database import`,
/// and a Cypher script that loads a running Neo4j. Every format carries the
/// entity's kind, aliases and mentions and the relation's type, weight,
/// confidence and first evidence sentence; names are data, escaped for each
/// format. Output is deterministic: the graph's own order.
public enum GraphExport {
    public enum Format: String, CaseIterable, Sendable {
        case json, graphml, gexf, csv, cypher
    }

    /// GraphML, one `<edge>` per relation type between two entities.
    public static func graphML(_ graph: KnowledgeGraph) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#,
        ]
        let keys: [(id: String, on: String, type: String)] = [
            ("name", "node", "string"), ("kind", "node", "string"), ("aliases", "node", "string"), ("mentions", "node", "int"),
            ("type", "edge", "string"), ("weight", "edge", "int"), ("confidence", "edge", "double"), ("evidence", "edge", "string"),
        ]
        for key in keys {
            lines.append(#"  <key id="\#(key.id)" for="\#(key.on)" attr.name="\#(key.id)" attr.type="\#(key.type)"/>"#)
        }
        lines.append(#"  <graph id="newsgraph" edgedefault="directed">"#)
        for entity in graph.entities {
            lines.append(#"    <node id="\#(xml(entity.id))">"#
                + data("name", entity.name) + data("kind", entity.kind.rawValue)
                + data("aliases", entity.aliases.joined(separator: "; ")) + data("mentions", String(entity.mentions))
                + "</node>")
        }
        for (index, relation) in graph.relations.enumerated() {
            lines.append(#"    <edge id="e\#(index)" source="\#(xml(relation.source))" target="\#(xml(relation.target))">"#
                + data("type", relation.type.rawValue) + data("weight", String(relation.weight))
                + data("confidence", String(relation.confidence)) + data("evidence", relation.evidence.first?.sentence ?? "")
                + "</edge>")
        }
        lines += ["  </graph>", "</graphml>", ""]
        return lines.joined(separator: "\n")
    }

    /// GEXF 1.2, directed, one edge per relation type between two entities.
    public static func gexf(_ graph: KnowledgeGraph) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">"#,
            #"  <graph defaultedgetype="directed" mode="static">"#,
            #"    <attributes class="node">"#,
            #"      <attribute id="kind" title="kind" type="string"/>"#,
            #"      <attribute id="aliases" title="aliases" type="string"/>"#,
            #"      <attribute id="mentions" title="mentions" type="integer"/>"#,
            "    </attributes>",
            #"    <attributes class="edge">"#,
            #"      <attribute id="type" title="type" type="string"/>"#,
            #"      <attribute id="confidence" title="confidence" type="double"/>"#,
            #"      <attribute id="evidence" title="evidence" type="string"/>"#,
            "    </attributes>",
            "    <nodes>",
        ]
        for entity in graph.entities {
            lines.append(#"      <node id="\#(xml(entity.id))" label="\#(xml(entity.name))"><attvalues>"#
                + attribute("kind", entity.kind.rawValue) + attribute("aliases", entity.aliases.joined(separator: "; "))
                + attribute("mentions", String(entity.mentions)) + "</attvalues></node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (index, relation) in graph.relations.enumerated() {
            lines.append(#"      <edge id="\#(index)" source="\#(xml(relation.source))" target="\#(xml(relation.target))" "#
                + #"label="\#(relation.type.rawValue)" weight="\#(relation.weight)"><attvalues>"#
                + attribute("type", relation.type.rawValue) + attribute("confidence", String(relation.confidence))
                + attribute("evidence", relation.evidence.first?.sentence ?? "") + "</attvalues></edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>", ""]
        return lines.joined(separator: "\n")
    }

    /// `nodes.csv` and `relationships.csv` in the header layout of
    /// `neo4j-admin database import` (arrays split on ";", the tool's default).
    public static func csv(_ graph: KnowledgeGraph) -> (nodes: String, relationships: String) {
        var nodes = ["id:ID,name,kind,aliases:string[],mentions:int,:LABEL"]
        for entity in graph.entities {
            nodes.append([
                entity.id, entity.name, entity.kind.rawValue, entity.aliases.joined(separator: ";"),
                String(entity.mentions), "Entity;" + label(entity.kind),
            ].map(csvField).joined(separator: ","))
        }
        var relationships = [":START_ID,:END_ID,:TYPE,weight:int,confidence:double,evidence"]
        for relation in graph.relations {
            relationships.append([
                relation.source, relation.target, relation.type.rawValue.uppercased(), String(relation.weight),
                String(relation.confidence), relation.evidence.first?.sentence ?? "",
            ].map(csvField).joined(separator: ","))
        }
        return (nodes.joined(separator: "\n") + "\n", relationships.joined(separator: "\n") + "\n")
    }

    /// A Cypher script: `MERGE` each entity by id, then each relation, the
    /// relation type as the relationship type.
    public static func cypher(_ graph: KnowledgeGraph) -> String {
        var lines = ["CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;"]
        for entity in graph.entities {
            lines.append("MERGE (e:Entity {id: \(cypherString(entity.id))}) SET e:\(label(entity.kind)), "
                + "e.name = \(cypherString(entity.name)), e.kind = \(cypherString(entity.kind.rawValue)), "
                + "e.aliases = [\(entity.aliases.map(cypherString).joined(separator: ", "))], e.mentions = \(entity.mentions);")
        }
        for relation in graph.relations {
            lines.append("MATCH (a:Entity {id: \(cypherString(relation.source))}), (b:Entity {id: \(cypherString(relation.target))}) "
                + "MERGE (a)-[r:\(relation.type.rawValue.uppercased())]->(b) SET r.weight = \(relation.weight), "
                + "r.confidence = \(relation.confidence), r.evidence = \(cypherString(relation.evidence.first?.sentence ?? ""));")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Escaping

    private static func label(_ kind: EntityKind) -> String { kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }

    private static func data(_ key: String, _ value: String) -> String {
        #"<data key="\#(key)">\#(xml(value))</data>"#
    }

    private static func attribute(_ id: String, _ value: String) -> String {
        #"<attvalue for="\#(id)" value="\#(xml(value))"/>"#
    }

    /// Text for an XML attribute or element. XML 1.0 cannot hold most
    /// control characters at all: they are left out.
    static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A CSV field in double quotes, inner quotes doubled (RFC 4180).
    static func csvField(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A Cypher string literal in single quotes.
    static func cypherString(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }
}
