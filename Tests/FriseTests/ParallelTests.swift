import Testing
@testable import Frise

@Suite struct ParallelTests {
    /// Many small results stored by several workers at once, each into its own slot: every
    /// result comes back, in the inputs' order, run after run. (Stored into a shared array, the
    /// slots raced: a worker's store could copy the storage another was writing into.)
    @Test func resultsComeBackInOrderFromManyWorkers() {
        let inputs = Array(0..<2_000)
        for _ in 0..<50 {
            let outputs = Parallel.map(inputs, jobs: 8) { "result number \($0)" }
            #expect(outputs == inputs.map { "result number \($0)" })
        }
    }

    /// Work that starts work of its own, on threads the outer work holds: each caller does what
    /// no free thread takes, so the inner work ends and nothing waits for itself.
    @Test func nestedWorkEnds() {
        let outputs = Parallel.map(Array(0..<8), jobs: 2) { outer in
            Parallel.map(Array(0..<50), jobs: 2) { outer * 100 + $0 }.reduce(0, +)
        }
        #expect(outputs == (0..<8).map { outer in (0..<50).map { outer * 100 + $0 }.reduce(0, +) })
    }

    /// Work started, the caller busy elsewhere, then the results: the same as a plain map.
    @Test func startedWorkGivesItsResultsWhenAsked() {
        let running = Parallel.start(Array(0..<100), jobs: 3) { [$0, $0 * 2] }
        #expect(running.results() == (0..<100).map { [$0, $0 * 2] })
    }
}
