/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez
/// and Satta 2011): a stack, the next word of the buffer, and the arcs built.
/// The root is a word after the last, so a sentence ends with one word on
/// the stack attached to it.
struct ParserState {
    enum Transition: Int, CaseIterable {
        /// Push the next word.
        case shift
        /// The next word becomes the head of the stack's top, which is popped.
        case left
        /// The word under the top becomes the head of the top, which is popped.
        case right
    }

    let count: Int
    var stack: [Int] = []
    var next = 0
    var heads: [Int]
    var leftmost: [Int]
    var rightmost: [Int]
    var leftCount: [Int]
    var rightCount: [Int]

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        leftmost = Array(repeating: -1, count: count)
        rightmost = Array(repeating: -1, count: count)
        leftCount = Array(repeating: 0, count: count)
        rightCount = Array(repeating: 0, count: count)
        stack.reserveCapacity(count)
    }

    var isFinished: Bool { stack.isEmpty && next == count }

    /// One root only: the root takes a dependent when nothing else is left.
    func allows(_ transition: Transition) -> Bool {
        switch transition {
        case .shift: next < count
        case .left: !stack.isEmpty && (next < count || stack.count == 1)
        case .right: stack.count >= 2
        }
    }

    mutating func apply(_ transition: Transition) {
        switch transition {
        case .shift:
            stack.append(next)
            next += 1
        case .left:
            attach(stack.removeLast(), to: next)
        case .right:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1])
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int) {
        guard head < count else { return }  // the root
        heads[dependent] = head
        if dependent < head {
            if leftmost[head] < 0 || dependent < leftmost[head] { leftmost[head] = dependent }
            leftCount[head] += 1
        } else {
            if dependent > rightmost[head] { rightmost[head] = dependent }
            rightCount[head] += 1
        }
    }

    /// How many arcs of the tree `gold` become unreachable by `transition`
    /// (Goldberg and Nivre 2013's dynamic oracle for arc-hybrid); a root arc's
    /// head is `count`.
    func cost(of transition: Transition, gold: [Int]) -> Int {
        let s0 = stack.last ?? -1
        let s1 = stack.count > 1 ? stack[stack.count - 2] : -1
        func dependentsAhead(of word: Int) -> Int {
            var total = 0
            for later in next..<count where gold[later] == word { total += 1 }
            return total
        }
        switch transition {
        case .shift:
            var total = 0
            for (position, word) in stack.enumerated() {
                if gold[word] == next { total += 1 }
                if gold[next] == word, position < stack.count - 1 { total += 1 }
            }
            return total
        case .left:
            let head = gold[s0]
            let lost = head != next && (head == s1 || head > next)
            return (lost ? 1 : 0) + dependentsAhead(of: s0)
        case .right:
            let head = gold[s0]
            let lost = head != s1 && head >= next
            return (lost ? 1 : 0) + dependentsAhead(of: s0)
        }
    }
}
