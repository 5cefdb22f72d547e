import Dispatch
import Foundation

/// Work spread over threads, results in input order: what `--jobs` runs on.
package enum Parallel {
    /// `transform` applied to every input on up to `jobs` threads, each thread taking the next
    /// input as it is free; the results in the inputs' order.
    package static func map<Input, Output>(
        _ inputs: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] where Input: Sendable, Output: Sendable {
        if inputs.count <= 1 || jobs <= 1 { return inputs.map(transform) }
        return start(inputs, jobs: jobs, transform).results()
    }
}

extension Parallel {
    /// `transform` applied to every input on `jobs` threads other than the caller's, started
    /// now: the caller goes on with other work until it asks for the results.
    package static func start<Input, Output>(
        _ inputs: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) -> Running<Output> where Input: Sendable, Output: Sendable {
        let running = Running<Output>(count: inputs.count)
        let counter = WorkCounter(limit: inputs.count)
        for _ in 0..<max(1, min(jobs, inputs.count)) {
            DispatchQueue.global().async(group: running.group) { [slots = running.slots] in
                while let index = counter.next() { slots.store(transform(inputs[index]), at: index) }
            }
        }
        return running
    }

    /// Work started by `start`.
    package final class Running<Output: Sendable>: Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate let slots: ResultSlots<Output>

        fileprivate init(count: Int) { slots = ResultSlots(count: count) }

        /// The results in the inputs' order, once every worker is done; asked once (they are
        /// moved out).
        package func results() -> [Output] {
            group.wait()
            return slots.collect()
        }
    }
}

/// A buffer that threads share, each touching elements no other thread touches (the caller
/// makes sure of that).
package struct SharedBuffer<Element>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<Element>

    package init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// One slot per input, each written by exactly one worker, emptied once all are done.
///
/// The slots are memory of their own, allocated once and written through a pointer: a shared
/// `Array` written from several threads, even each at its own index through
/// `withUnsafeMutableBufferPointer`, is a mutation of one variable by all of them at once (its
/// uniqueness check raced, copied the storage under another worker and crashed a test run).
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    // Sendable: workers write distinct slots; `collect` runs once their group has finished.
    private let slots: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ output: Output, at index: Int) { slots[index] = output }

    /// The results, moved out of their slots: copies would retain every string and array they
    /// hold, and the slots release them again (a fifth of `frise timeline`'s calling thread).
    func collect() -> [Output] {
        var results: [Output] = []
        results.reserveCapacity(slots.count)
        for index in slots.indices { results.append(slots[index].take()!) }
        return results
    }
}

/// Hands out the indexes 0..<limit, each once, to whichever worker asks first.
private final class WorkCounter: @unchecked Sendable {
    // Sendable: `next` is read and advanced under `lock`.
    private let lock = NSLock()
    private var next_ = 0
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next_ < limit else { return nil }
        next_ += 1
        return next_ - 1
    }
}
