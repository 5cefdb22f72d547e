/// Reorders a buffer in place: position i takes the element that was at `from[i]`, each element
/// moved once (no second buffer of them: a chronology's events are most of its memory).
///
/// The permutation is followed cycle by cycle, each cycle's first element held aside while the
/// others move up. With more than one job, the cycles are cut first, so that threads share
/// them: one cycle holds most of a random permutation's elements (62% on average), and walking
/// the cycles to cut them would take one thread nearly as long as moving them. Every
/// `spacing`-th place is a cut, its element held aside; from each cut, a thread moves the
/// elements up along the cycle until the next cut, whose held element the last place takes.
/// The cycles through no cut (short ones) are followed whole afterwards.
enum InPlacePermutation {
    /// Moves the elements of `buffer` so that position i holds the one that was at `from[i]`
    /// (`from` a permutation of the buffer's indices), on up to `jobs` threads. `spacing` is a
    /// power of two.
    static func apply<Element>(to buffer: UnsafeMutableBufferPointer<Element>, from: [Int32], jobs: Int, spacing: Int = 1 << 10) {
        precondition(from.count == buffer.count && spacing > 0 && spacing & (spacing - 1) == 0)
        guard let base = buffer.baseAddress else { return }
        var placed = [Bool](repeating: false, count: buffer.count)
        if jobs > 1, buffer.count >= 4 * spacing {
            placed.withUnsafeMutableBufferPointer { movePieces(buffer, from: from, placed: $0, jobs: jobs, spacing: spacing) }
        }
        for start in buffer.indices where !placed[start] {
            placed[start] = true
            guard Int(from[start]) != start else { continue }
            let first = (base + start).move()
            var position = start
            while Int(from[position]) != start {
                let next = Int(from[position])
                (base + position).moveInitialize(from: base + next, count: 1)
                placed[next] = true
                position = next
            }
            (base + position).initialize(to: first)
        }
    }

    /// The moves of every cycle through a cut, on up to `jobs` threads: each cut's element held
    /// aside, then from each cut the places up to the next cut filled.
    private static func movePieces<Element>(
        _ buffer: UnsafeMutableBufferPointer<Element>, from: [Int32], placed: UnsafeMutableBufferPointer<Bool>,
        jobs: Int, spacing: Int
    ) {
        let cuts = stride(from: 0, to: buffer.count, by: spacing).filter { Int(from[$0]) != $0 }
        let held = UnsafeMutableBufferPointer<Element>.allocate(capacity: buffer.count / spacing + 1)
        defer { held.deallocate() }  // each element held is moved back
        for cut in cuts { (held.baseAddress! + cut / spacing).moveInitialize(from: buffer.baseAddress! + cut, count: 1) }
        let elements = SharedBuffer(buffer), aside = SharedBuffer(held), marks = SharedBuffer(placed)
        let parts = 4 * jobs
        _ = Parallel.map((0..<parts).map { cuts.count * $0 / parts..<cuts.count * ($0 + 1) / parts }, jobs: jobs) { part in
            let base = elements.buffer.baseAddress!
            for cut in cuts[part] {
                marks.buffer[cut] = true
                var position = cut  // its element is held aside: the place is free
                while true {
                    let next = Int(from[position])
                    if next & (spacing - 1) == 0 {  // a cut (a place whose element stays is never next)
                        (base + position).moveInitialize(from: aside.buffer.baseAddress! + next / spacing, count: 1)
                        break
                    }
                    (base + position).moveInitialize(from: base + next, count: 1)
                    marks.buffer[next] = true
                    position = next
                }
            }
        }
    }
}
