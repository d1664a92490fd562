import Foundation

/// Work spread over all cores with results in input order, so what comes
/// out never depends on how many cores there were.
public enum Parallel {
    /// `transform(0..<count)` on all cores; `progress` hears how many are done,
    /// from any thread.
    public static func map<T: Sendable>(
        _ count: Int, progress: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (Int) -> T
    ) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let done = slots.store(transform(index), at: index)
            progress?(done)
        }
        return slots.values
    }

    /// Each index writes its own slot; the lock orders the writes with the read.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]
        private var done = 0

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func store(_ value: T, at index: Int) -> Int {
            lock.withLock {
                storage[index] = value
                done += 1
                return done
            }
        }

        var values: [T] { lock.withLock { storage.map { $0! } } }
    }
}
