import Foundation
import NewsGraphCore

/// The model file, little-endian: the magic `NGDP`, a version, then the
/// tagger, the transition model and the labeler — each its class count,
/// feature count, weight scale, sorted feature keys (UInt64) and weights
/// (Int16 per class, times the scale) — and a UTF-8 note of what it was
/// trained on.
extension DependencyParser {
    static let magic: [UInt8] = Array("NGDP".utf8)
    static let version: UInt32 = 1

    /// Reads a model file, naming it in the error when it cannot.
    public init(contentsOf url: URL) throws {
        guard let data = try? Data(contentsOf: url) else { throw FileError(path: url.path, reason: "cannot be read") }
        var reader = ByteReader(bytes: [UInt8](data))
        guard (try? reader.bytes(4)) == Self.magic, (try? reader.uint32()) == Self.version else {
            throw FileError(path: url.path, reason: "not a NewsGraph dependency parser model (version \(Self.version))")
        }
        do {
            tagger = try Self.readModel(&reader, classCount: PartOfSpeech.allCases.count)
            transitions = try Self.readModel(&reader, classCount: ParserState.Transition.allCases.count)
            labeler = try Self.readModel(&reader, classCount: DependencyLabel.allCases.count)
            provenance = String(decoding: try reader.bytes(Int(try reader.uint32())), as: UTF8.self)
        } catch {
            throw FileError(path: url.path, reason: "truncated or damaged dependency parser model")
        }
    }

    private static func readModel<Lanes>(_ reader: inout ByteReader, classCount: Int) throws -> LinearModel<Lanes> {
        guard Int(try reader.uint32()) == classCount else { throw ByteReader.Truncated() }
        let featureCount = Int(try reader.uint32())
        let scale = try reader.float()
        let keys = try reader.uint64s(count: featureCount)
        return LinearModel(keys: keys, weights: try reader.weights(count: featureCount * classCount, scale: scale), classCount: classCount)
    }

    /// The file's bytes for three models' averaged weights, each `(keys, weights, classCount)`.
    static func fileBytes(models: [(keys: [UInt64], weights: [Double], classCount: Int)], provenance: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += magic
        writer.uint32(version)
        for model in models {
            let scale = ByteWriter.scale(of: model.weights)
            writer.uint32(UInt32(model.classCount))
            writer.uint32(UInt32(model.keys.count))
            writer.float(scale)
            writer.uint64s(model.keys)
            writer.weights(model.weights, scale: scale)
        }
        let note = Array(provenance.utf8)
        writer.uint32(UInt32(note.count))
        writer.bytes += note
        return writer.bytes
    }
}
