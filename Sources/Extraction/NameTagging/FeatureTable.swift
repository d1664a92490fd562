/// 64-bit keys to 32-bit values: open addressing over a power-of-two table.
/// The keys are already well-mixed hashes, so their low bits pick the slot;
/// every feature of every word of every article is looked up here.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// A table of `keys[i] -> values[i]`; key 0 marks an empty slot and is never stored.
    init(keys newKeys: [UInt64], values newValues: [Int32]) {
        let capacity = max(16, 1 << (Int.bitWidth - (newKeys.count * 2).leadingZeroBitCount))
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in zip(newKeys, newValues) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `key`, or nil for a key never stored.
    @inline(__always)
    func value(of key: UInt64) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return Int(values[slot]) }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
