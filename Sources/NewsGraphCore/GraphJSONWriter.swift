/// Writes a ``KnowledgeGraph`` as JSON in one pass over its values, byte for
/// byte as Foundation's `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `" : "`,
/// keys in order, empty arrays as `[` blank line `]`), so files written
/// before and after are the same. The encoder built a tree of boxed values
/// for the whole graph first, and was a tenth of a large build.
struct GraphJSONWriter {
    private var bytes: [UInt8] = []
    private var depth = 0

    /// The whole JSON in one array.
    static func json(of graph: KnowledgeGraph) -> [UInt8] {
        var json: [UInt8] = []
        write(graph, chunkSize: .max) { json = $0 }
        return json
    }

    /// Hands the JSON to `emit` in pieces of about `chunkSize` bytes, split
    /// between the graph's documents, entities and relations: a large graph's
    /// JSON is several times the size of its articles, and is never held whole.
    static func write(_ graph: KnowledgeGraph, chunkSize: Int, to emit: ([UInt8]) -> Void) {
        var writer = GraphJSONWriter()
        writer.bytes.reserveCapacity(min(chunkSize, writer.estimatedSize(of: graph)) + 64 * 1024)
        func flushingFull(_ writer: inout GraphJSONWriter) {
            guard writer.bytes.count >= chunkSize else { return }
            emit(writer.bytes)
            writer.bytes.removeAll(keepingCapacity: true)
        }
        writer.open("{")
        writer.field("documents", first: true)
        writer.array(graph.documents, each: flushingFull) { $0.document($1) }
        writer.field("entities")
        writer.array(graph.entities, each: flushingFull) { $0.entity($1) }
        writer.field("relations")
        writer.array(graph.relations, each: flushingFull) { $0.relation($1) }
        writer.field("schemaVersion")
        writer.integer(graph.schemaVersion)
        writer.close("}", empty: false)
        writer.bytes.append(0x0A)
        emit(writer.bytes)
    }

    private func estimatedSize(of graph: KnowledgeGraph) -> Int {
        graph.relations.reduce(4096) { $0 + 256 * ($1.evidence.count + 1) } + 256 * (graph.entities.count + graph.documents.count)
    }

    private mutating func document(_ document: Document) {
        open("{")
        if let date = document.date {
            field("date", first: true)
            string(date)
        }
        field("id", first: document.date == nil)
        string(document.id)
        field("path")
        string(document.path)
        field("title")
        string(document.title)
        close("}", empty: false)
    }

    private mutating func entity(_ entity: Entity) {
        open("{")
        field("aliases", first: true)
        array(entity.aliases) { $0.string($1) }
        field("documents")
        array(entity.documents) { $0.string($1) }
        field("id")
        string(entity.id)
        field("kind")
        string(entity.kind.rawValue)
        field("mentions")
        integer(entity.mentions)
        field("name")
        string(entity.name)
        close("}", empty: false)
    }

    private mutating func relation(_ relation: Relation) {
        open("{")
        field("confidence", first: true)
        number(relation.confidence)
        field("evidence")
        array(relation.evidence) { writer, evidence in
            writer.open("{")
            writer.field("document", first: true)
            writer.string(evidence.document)
            writer.field("modality")
            writer.string(evidence.modality.rawValue)
            writer.field("sentence")
            writer.string(evidence.sentence)
            writer.close("}", empty: false)
        }
        field("source")
        string(relation.source)
        field("target")
        string(relation.target)
        field("type")
        string(relation.type.rawValue)
        field("weight")
        integer(relation.weight)
        close("}", empty: false)
    }

    // MARK: JSON, as the encoder spells it

    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        depth += 1
    }

    /// The encoder writes an empty array or object as an opening bracket, a
    /// blank line and the closing bracket.
    private mutating func close(_ bracket: Unicode.Scalar, empty: Bool) {
        depth -= 1
        newline()
        if empty { newline() }
        bytes.append(UInt8(ascii: bracket))
    }

    /// A comma before every member but the first, a new line, the key.
    private mutating func field(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    /// `each` runs after every element: where a stream may be cut.
    private mutating func array<Element>(
        _ elements: [Element], each: (inout GraphJSONWriter) -> Void = { _ in }, _ write: (inout GraphJSONWriter, Element) -> Void
    ) {
        open("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline()
            write(&self, element)
            each(&self)
        }
        if elements.isEmpty {
            depth -= 1
            bytes.append(0x0A)
            newline()
            bytes.append(UInt8(ascii: "]"))
        } else {
            close("]", empty: false)
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<(2 * depth) { bytes.append(0x20) }
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Swift's shortest form of the number, without a trailing ".0".
    private mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escape: copied whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == 0x5C }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            escape(utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex = Array("0123456789abcdef".utf8)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case ..<0x20:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
    }
}
