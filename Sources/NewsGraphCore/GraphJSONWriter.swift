/// Writes a ``KnowledgeGraph`` as JSON in one pass over its values, byte for
/// byte as Foundation's `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `" : "`,
/// keys in order, empty arrays as `[` blank line `]`), so files written
/// before and after are the same. The encoder built a tree of boxed values
/// for the whole graph first, and was a tenth of a large build.
struct GraphJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    static func json(of graph: KnowledgeGraph) -> [UInt8] {
        var writer = GraphJSONWriter()
        writer.bytes.reserveCapacity(graph.relations.reduce(4096) { $0 + 256 * ($1.evidence.count + 1) } + graph.entities.count * 256)
        writer.object {
            $0.key("documents") { $0.array(graph.documents) { $0.document($1) } }
            $0.key("entities") { $0.array(graph.entities) { $0.entity($1) } }
            $0.key("relations") { $0.array(graph.relations) { $0.relation($1) } }
            $0.key("schemaVersion") { $0.integer(graph.schemaVersion) }
        }
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    private mutating func document(_ document: Document) {
        object {
            if let date = document.date { $0.key("date") { $0.string(date) } }
            $0.key("id") { $0.string(document.id) }
            $0.key("path") { $0.string(document.path) }
            $0.key("title") { $0.string(document.title) }
        }
    }

    private mutating func entity(_ entity: Entity) {
        object {
            $0.key("aliases") { $0.array(entity.aliases) { $0.string($1) } }
            $0.key("documents") { $0.array(entity.documents) { $0.string($1) } }
            $0.key("id") { $0.string(entity.id) }
            $0.key("kind") { $0.string(entity.kind.rawValue) }
            $0.key("mentions") { $0.integer(entity.mentions) }
            $0.key("name") { $0.string(entity.name) }
        }
    }

    private mutating func relation(_ relation: Relation) {
        object {
            $0.key("confidence") { $0.number(relation.confidence) }
            $0.key("evidence") {
                $0.array(relation.evidence) { writer, evidence in
                    writer.object {
                        $0.key("document") { $0.string(evidence.document) }
                        $0.key("sentence") { $0.string(evidence.sentence) }
                    }
                }
            }
            $0.key("source") { $0.string(relation.source) }
            $0.key("target") { $0.string(relation.target) }
            $0.key("type") { $0.string(relation.type.rawValue) }
            $0.key("weight") { $0.integer(relation.weight) }
        }
    }

    // MARK: JSON, as the encoder spells it

    private var isFirstMember: [Bool] = []

    private mutating func object(_ members: (inout GraphJSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        isFirstMember.append(true)
        members(&self)
        let empty = isFirstMember.removeLast()
        depth -= 1
        newline(blank: empty)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ name: String, _ value: (inout GraphJSONWriter) -> Void) {
        member()
        string(name)
        bytes += Array(" : ".utf8)
        value(&self)
    }

    private mutating func array<Element>(_ elements: [Element], _ write: (inout GraphJSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        isFirstMember.append(true)
        for element in elements {
            member()
            write(&self, element)
        }
        isFirstMember.removeLast()
        depth -= 1
        newline(blank: elements.isEmpty)
        bytes.append(UInt8(ascii: "]"))
    }

    /// A comma before every member but the first, then a new line at the member's depth.
    private mutating func member() {
        if isFirstMember[isFirstMember.count - 1] {
            isFirstMember[isFirstMember.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline(blank: false)
    }

    /// A new line, indented; the encoder writes an empty array or object as
    /// an opening bracket, a blank line and the closing bracket.
    private mutating func newline(blank: Bool) {
        bytes.append(0x0A)
        if blank { bytes.append(0x0A) }
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }

    private mutating func integer(_ value: Int) {
        bytes += Array(String(value).utf8)
    }

    /// Swift's shortest form of the number, without a trailing ".0".
    private mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes += Array(text.utf8)
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, UInt8(ascii: "\"")]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
