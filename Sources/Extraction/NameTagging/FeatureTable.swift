/// 64-bit keys to 32-bit values: open addressing over a power-of-two table.
/// The keys are already well-mixed hashes, so their low bits pick the slot;
/// every feature of every candidate word of every article is looked up
/// here. A key and its value share a slot, so a look-up touches one cache line.
struct FeatureTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = -1
    }

    private var slots: [Slot]
    private let mask: Int

    /// A table of `keys[i] -> values[i]`; key 0 marks an empty slot and is never stored.
    init(keys: [UInt64], values: [Int32]) {
        let capacity = max(16, 1 << (Int.bitWidth - (keys.count * 2).leadingZeroBitCount))
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, value) in zip(keys, values) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0, slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: value)
        }
    }

    /// The value of `key`, or nil for a key never stored.
    @inline(__always)
    func value(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = slots[slot]
                if stored.key == key { return Int(stored.value) }
                if stored.key == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
