import Foundation
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

    /// While another thread finishes the last input of one piece of work, the caller takes the
    /// inputs of the next instead of waiting. The other threads hold their inputs until a gate
    /// opens, which only the caller opens, when it does an input of the later work: waiting
    /// instead, the caller would see the gate still shut when the earlier results came back
    /// (five seconds later).
    @Test func theCallerTakesLaterWorkWhileOthersFinishEarlierWork() {
        let gate = Gate()
        let caller = pthread_self()
        let started = DispatchSemaphore(value: 0)
        let earlier = Parallel.start([0, 1], jobs: 2) { input -> Int in
            if pthread_equal(pthread_self(), caller) == 0 {
                started.signal()
                gate.wait(seconds: 5)
            }
            return input
        }
        started.wait()  // another thread holds one input: the caller takes the other
        // Inputs enough that the caller gets some, whatever threads the pool has.
        let later = Parallel.start(Array(0..<50), jobs: 2) { input -> Int in
            if pthread_equal(pthread_self(), caller) != 0 { gate.open() } else { gate.wait(seconds: 5) }
            return input * 2
        }
        #expect(earlier.results(helping: later) == [0, 1])
        #expect(gate.isOpen)
        #expect(later.results() == (0..<50).map { $0 * 2 })
    }
}

/// Shut until opened; threads wait at it.
private final class Gate: @unchecked Sendable {
    // Sendable: `opened` is read and written under `condition`.
    private let condition = NSCondition()
    private var opened = false

    var isOpen: Bool {
        condition.lock()
        defer { condition.unlock() }
        return opened
    }

    func open() {
        condition.lock()
        opened = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the gate is open, or `seconds` have passed.
    func wait(seconds: Double) {
        let limit = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        while !opened, condition.wait(until: limit) {}
        condition.unlock()
    }
}
