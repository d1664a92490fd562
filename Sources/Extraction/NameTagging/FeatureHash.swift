/// 64-bit hashes for the tagger's features and gazetteer names. Not Swift's
/// `Hasher`: that is seeded per process, and a model must mean the same in
/// every process that loads it.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over `bytes`, continuing from `state`.
    @inline(__always)
    static func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from state: UInt64 = seed) -> UInt64 {
        var state = state
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return state
    }

    @inline(__always)
    static func fnv(_ text: String, from state: UInt64 = seed) -> UInt64 {
        fnv(text.utf8, from: state)
    }

    /// One key for a feature template and up to three values (splitmix64's
    /// finalizer over their mix, so nearby inputs spread over the table).
    @inline(__always)
    static func key(_ template: UInt64, _ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) -> UInt64 {
        var value = template &* 0x9E37_79B9_7F4A_7C15
        value = (value ^ first) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (second &+ 0x632B_E59B_D9B4_E019)) &* 0x94D0_49BB_1331_11EB
        value ^= third &* 0xD6E8_FEB8_6659_FD93
        value ^= value >> 31
        value = value &* 0xBF58_476D_1CE4_E5B9
        return value ^ (value >> 29)
    }
}

/// A small deterministic generator (splitmix64) for shuffling training data
/// the same way on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
