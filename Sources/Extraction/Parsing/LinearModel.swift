/// The class of `0..<count` that `allowed` lets through with the highest
/// score, the first on a tie; 0 when none is allowed.
@inline(__always)
func highestScoring<Score: Comparable>(_ count: Int, allowed: (Int) -> Bool, score: (Int) -> Score) -> Int {
    var best = -1
    for candidate in 0..<count where allowed(candidate) && (best < 0 || score(candidate) > score(best)) {
        best = candidate
    }
    return max(best, 0)
}

/// A linear classifier over hashed features: a row of weights per feature, a
/// lane per class, so scoring a decision is one vector add per feature.
///
/// The rows sit in the hash table's slots beside their keys: a parse looks
/// up some hundred features per word in tables too big for the cache, and a
/// look-up that finds key and row together misses the cache once, not twice.
/// Rows keep the model file's 16-bit weights (the file's scale is positive,
/// so it ranks no class differently) and are summed in 32 bits: a slot is
/// 48 bytes for 16 classes where a row of floats took 80.
struct LinearModel<Row: SIMD & Sendable, Sum: SIMD & Sendable>: Sendable where Row.Scalar == Int16, Sum.Scalar == Int32 {
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var row = Row()
    }

    private let slots: [Slot]
    private let mask: Int
    let classCount: Int

    /// `weights[row * classCount + class]` for the feature `keys[row]`; key 0 is never stored.
    init(keys: [UInt64], weights: [Int16], classCount: Int) {
        precondition(classCount <= Row.scalarCount && Row.scalarCount == Sum.scalarCount)
        // At most about two thirds full, so a probe rarely goes past its first slot.
        var capacity = 16
        while capacity * 2 < keys.count * 3 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (index, key) in keys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0, slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot].key = key
            for lane in 0..<classCount { slots[slot].row[lane] = weights[index * classCount + lane] }
        }
        self.slots = slots
        self.classCount = classCount
    }

    /// The summed rows of the features in `keys` that the model knows.
    @inline(__always)
    func scores(_ keys: [UInt64]) -> Sum {
        slots.withUnsafeBufferPointer { slots in
            var total = Sum()
            for key in keys {
                var slot = Int(truncatingIfNeeded: key) & mask
                while true {
                    let stored = slots[slot].key
                    if stored == key {
                        let row = slots[slot].row
                        for lane in 0..<Row.scalarCount { total[lane] &+= Int32(truncatingIfNeeded: row[lane]) }
                        break
                    }
                    if stored == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
            return total
        }
    }

    /// The best-scoring class among those `allowed` says may be chosen.
    @inline(__always)
    func best(_ keys: [UInt64], allowed: (Int) -> Bool = { _ in true }) -> Int {
        let scores = self.scores(keys)
        return highestScoring(classCount, allowed: allowed) { scores[$0] }
    }
}

/// The tagger's and the labeler's models: up to 16 classes.
typealias WideModel = LinearModel<SIMD16<Int16>, SIMD16<Int32>>
/// The transition model: up to 4 classes.
typealias NarrowModel = LinearModel<SIMD4<Int16>, SIMD4<Int32>>

/// Training weights for a ``LinearModel``: a perceptron with averaging
/// (Daumé's form: the running weight minus the step-weighted sum of updates
/// over the step count), integer updates only, so training is reproducible
/// byte for byte.
struct AveragedPerceptron {
    let classCount: Int
    private var rowOfKey: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    private var weights: [Int32] = []
    private var totals: [Int64] = []
    private(set) var step: Int64 = 1

    init(classCount: Int) { self.classCount = classCount }

    /// The class scores of a decision with these features, by the current weights.
    func scores(_ keys: [UInt64]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: classCount)
        for key in keys {
            guard let row = rowOfKey[key] else { continue }
            for lane in 0..<classCount { scores[lane] &+= weights[row * classCount + lane] }
        }
        return scores
    }

    /// The best class by the current weights among those `allowed`.
    func best(_ keys: [UInt64], allowed: (Int) -> Bool = { _ in true }) -> Int {
        let scores = self.scores(keys)
        return highestScoring(classCount, allowed: allowed) { scores[$0] }
    }

    /// One decision seen: the features of `gold` gain, those of `guess` lose.
    mutating func update(_ keys: [UInt64], gold: Int, guess: Int) {
        defer { step += 1 }
        guard gold != guess else { return }
        for key in keys {
            let row: Int
            if let known = rowOfKey[key] {
                row = known
            } else {
                row = self.keys.count
                rowOfKey[key] = row
                self.keys.append(key)
                weights += repeatElement(0, count: classCount)
                totals += repeatElement(0, count: classCount)
            }
            weights[row * classCount + gold] += 1
            weights[row * classCount + guess] -= 1
            totals[row * classCount + gold] += step
            totals[row * classCount + guess] -= step
        }
    }

    /// The averaged weights, features sorted by key, dropping features whose
    /// largest averaged weight is below `smallestWeight`.
    func averaged(smallestWeight: Double) -> (keys: [UInt64], weights: [Double]) {
        func average(_ index: Int) -> Double { Double(weights[index]) - Double(totals[index]) / Double(step) }
        var kept: [(key: UInt64, row: Int)] = []
        for (row, key) in keys.enumerated() {
            let largest = (0..<classCount).reduce(0.0) { max($0, abs(average(row * classCount + $1))) }
            if largest >= smallestWeight { kept.append((key, row)) }
        }
        kept.sort { $0.key < $1.key }
        return (kept.map(\.key), kept.flatMap { entry in (0..<classCount).map { average(entry.row * classCount + $0) } })
    }
}
