import Foundation
import NewsGraphCore

/// The file of a learned model, little-endian: four magic bytes, a version,
/// then each linear model — its class count, feature count, weight scale,
/// sorted feature keys (UInt64) and weights (Int16 per class, times the
/// scale) — and a UTF-8 note of what it was trained on.
struct ModelFile {
    let magic: String
    let version: UInt32
    /// What the file holds, for messages: "dependency parser model".
    let contents: String

    /// A reader past the header of the file at `url`, or an error naming the file.
    func reader(for url: URL) throws -> ByteReader {
        guard let data = try? Data(contentsOf: url) else { throw FileError(path: url.path, reason: "cannot be read") }
        var reader = ByteReader(bytes: [UInt8](data))
        guard (try? reader.bytes(4)) == Array(magic.utf8), (try? reader.uint32()) == version else {
            throw FileError(path: url.path, reason: "not a NewsGraph \(contents) (version \(version))")
        }
        return reader
    }

    func damaged(_ url: URL) -> FileError {
        FileError(path: url.path, reason: "truncated or damaged \(contents)")
    }

    /// The file's bytes for models' averaged weights, each `(keys, weights, classCount)`.
    func bytes(models: [(keys: [UInt64], weights: [Double], classCount: Int)], provenance: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += Array(magic.utf8)
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

extension ByteReader {
    /// The next linear model, which must have `classCount` classes.
    mutating func model<Row, Sum>(classCount: Int) throws -> LinearModel<Row, Sum> {
        guard Int(try uint32()) == classCount else { throw Truncated() }
        let featureCount = Int(try uint32())
        // The scale is positive, so the 16-bit weights alone rank the classes.
        guard try float() > 0 else { throw Truncated() }
        let keys = try uint64s(count: featureCount)
        return LinearModel(keys: keys, weights: try int16s(count: featureCount * classCount), classCount: classCount)
    }

    /// The closing note of what the model was trained on.
    mutating func note() throws -> String {
        String(decoding: try bytes(Int(try uint32())), as: UTF8.self)
    }
}
