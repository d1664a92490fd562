import Foundation
import NewsGraphCore

/// The model file: little-endian, in this order — the magic `NGNT`, a
/// version (``ModelFile``), the tag count, the feature count, the weight scale, the
/// transitions (Float32), the sorted feature keys (UInt64), their weights
/// (Int16 per tag, times the scale), the gazetteer (its longest name, then
/// key and list bits per name), the fingerprint of the lexicon's name cues
/// (``WordRoleTable/fingerprint(of:)``) and a UTF-8 note of what it was trained on.
/// Weights are stored as 16-bit integers: the model is a third of its Float
/// size, and tagging decisions do not change.
extension NameTagger {
    static let file = ModelFile(magic: "NGNT", version: 2, contents: "name tagger model")

    /// Reads a model file, naming it in the error when it cannot.
    public init(contentsOf url: URL) throws {
        var reader = try Self.file.reader(for: url)
        do {
            let tagCount = Int(try reader.uint32())
            guard tagCount == NameTag.count else { throw ByteReader.Truncated() }
            let featureCount = Int(try reader.uint32())
            let scale = try reader.float()
            let transitions = try (0..<((tagCount + 1) * tagCount)).map { _ in try reader.float() }
            let keys = try reader.uint64s(count: featureCount)
            let weights = try reader.weights(count: featureCount * tagCount, scale: scale)
            let longestName = Int(try reader.uint32())
            let nameCount = Int(try reader.uint32())
            var names: [(key: UInt64, lists: UInt16)] = []
            names.reserveCapacity(nameCount)
            for _ in 0..<nameCount {
                names.append((try reader.uint64(), try reader.uint16()))
            }
            let nameCues = try reader.uint64()
            let provenance = try reader.note()
            self.init(
                keys: keys, weights: weights, transitions: transitions,
                gazetteer: NameGazetteer(entries: names, longestName: longestName), nameCues: nameCues, provenance: provenance)
        } catch {
            throw Self.file.damaged(url)
        }
    }

    /// The file's bytes for a model with these (averaged) weights.
    static func fileBytes(
        keys: [UInt64], weights: [Double], transitions: [Double], gazetteer: NameGazetteer, nameCues: UInt64,
        provenance: String
    ) -> [UInt8] {
        let tagCount = NameTag.count
        let scale = ByteWriter.scale(of: weights)
        var writer = ByteWriter()
        writer.bytes += Array(file.magic.utf8)
        writer.uint32(file.version)
        writer.uint32(UInt32(tagCount))
        writer.uint32(UInt32(keys.count))
        writer.float(scale)
        transitions.forEach { writer.float(Float($0)) }
        writer.uint64s(keys)
        writer.weights(weights, scale: scale)
        let names = gazetteer.entries
        writer.uint32(UInt32(gazetteer.longestName))
        writer.uint32(UInt32(names.count))
        for name in names {
            writer.uint64(name.key)
            writer.uint16(name.lists)
        }
        writer.uint64(nameCues)
        let note = Array(provenance.utf8)
        writer.uint32(UInt32(note.count))
        writer.bytes += note
        return writer.bytes
    }
}
