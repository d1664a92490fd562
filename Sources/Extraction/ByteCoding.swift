/// Little-endian reading and writing of the model files.
struct ByteReader {
    struct Truncated: Error {}
    let bytes: [UInt8]
    var offset = 0

    mutating func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw Truncated() }
        var value: T = 0
        for index in 0..<size { value |= T(truncatingIfNeeded: bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    mutating func uint16() throws -> UInt16 { try integer(UInt16.self) }
    mutating func int16() throws -> Int16 { try integer(Int16.self) }
    mutating func uint32() throws -> UInt32 { try integer(UInt32.self) }
    mutating func uint64() throws -> UInt64 { try integer(UInt64.self) }
    mutating func float() throws -> Float { Float(bitPattern: try uint32()) }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        for index in 0..<MemoryLayout<T>.size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    mutating func uint16(_ value: UInt16) { integer(value) }
    mutating func int16(_ value: Int16) { integer(value) }
    mutating func uint32(_ value: UInt32) { integer(value) }
    mutating func uint64(_ value: UInt64) { integer(value) }
    mutating func float(_ value: Float) { integer(value.bitPattern) }
}

/// Model weights as 16-bit integers times one scale: a third of their Float
/// size, and no tagging or parsing decision changes.
extension ByteWriter {
    /// The scale that maps the largest weight onto `Int16.max`.
    static func scale(of weights: [Double]) -> Float {
        Float(max(weights.reduce(0) { max($0, abs($1)) }, 1e-9) / Double(Int16.max))
    }

    mutating func uint64s(_ values: [UInt64]) { values.forEach { uint64($0) } }

    mutating func weights(_ weights: [Double], scale: Float) {
        for weight in weights { int16(Int16((weight / Double(scale)).rounded())) }
    }
}

extension ByteReader {
    mutating func uint64s(count: Int) throws -> [UInt64] {
        var values = [UInt64]()
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try uint64()) }
        return values
    }

    mutating func int16s(count: Int) throws -> [Int16] {
        var values = [Int16]()
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try int16()) }
        return values
    }

    mutating func weights(count: Int, scale: Float) throws -> [Float] {
        var weights = [Float]()
        weights.reserveCapacity(count)
        for _ in 0..<count { weights.append(Float(try int16()) * scale) }
        return weights
    }
}
