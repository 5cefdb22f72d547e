import Testing
@testable import Frise

@Suite struct InPlacePermutationTests {
    /// Permutations of every shape: none, one cycle through all, pairs swapped, and shuffles.
    static func permutations(of count: Int) -> [[Int32]] {
        var generator = SeededGenerator(seed: UInt64(count) + 1)
        let identity = (0..<count).map(Int32.init)
        let rotation = (0..<count).map { Int32(($0 + 1) % max(count, 1)) }
        let pairs = (0..<count).map { Int32($0 ^ 1 < count ? $0 ^ 1 : $0) }
        return [identity, rotation, pairs, identity.shuffled(using: &generator), identity.shuffled(using: &generator)]
    }

    /// Each element ends where `from` says, whatever the jobs, and whether cycles are cut or not
    /// (a cut every 8 places: most cycles here are cut, some many times; every place a cut).
    @Test(arguments: [0, 1, 2, 9, 100, 5_000])
    func everyElementEndsWhereThePermutationSays(count: Int) {
        for from in Self.permutations(of: count) {
            for (jobs, spacing) in [(1, 8), (2, 8), (3, 4), (2, 1), (2, 1 << 10)] {
                var values = (0..<count).map { "value \($0)" }
                values.withUnsafeMutableBufferPointer {
                    InPlacePermutation.apply(to: $0, from: from, jobs: jobs, spacing: spacing)
                }
                #expect(values == from.map { "value \($0)" }, "\(count) elements, \(jobs) jobs, a cut every \(spacing)")
            }
        }
    }

    /// Cycles through cuts and cycles through none, in one permutation: a long one through every
    /// cut, a swap between two places that are not cuts, places that stay.
    @Test func cyclesThroughNoCutAreFollowedToo() {
        var from = (0..<64).map(Int32.init)
        from.swapAt(1, 2)
        for place in 8..<64 { from[place] = place == 63 ? 8 : Int32(place + 1) }
        var values = (0..<64).map { "value \($0)" }
        values.withUnsafeMutableBufferPointer { InPlacePermutation.apply(to: $0, from: from, jobs: 2, spacing: 8) }
        #expect(values == from.map { "value \($0)" })
    }

    /// Each element is moved, never copied or lost: every object is released once, when the
    /// array is, and each one is still there until then.
    @Test func elementsAreMovedNotCopied() {
        let counter = LifeCounter()
        for from in Self.permutations(of: 3_000) {
            do {
                var objects = (0..<3_000).map { Tracked(number: $0, counter: counter) }
                objects.withUnsafeMutableBufferPointer {
                    InPlacePermutation.apply(to: $0, from: from, jobs: 2, spacing: 64)
                }
                #expect(objects.map(\.number) == from.map(Int.init))
                #expect(counter.released == 0)
            }
            #expect(counter.released == 3_000)
            counter.released = 0
        }
    }

}

private final class LifeCounter: @unchecked Sendable {
    // Sendable: read and written by the test's thread only, but for the releases of moved
    // elements, which happen when the test's arrays go (on its thread).
    var released = 0
}

private final class Tracked: @unchecked Sendable {
    let number: Int
    let counter: LifeCounter

    init(number: Int, counter: LifeCounter) {
        self.number = number
        self.counter = counter
    }

    deinit { counter.released += 1 }
}

/// Shuffles that are the same run after run (xorshift).
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
