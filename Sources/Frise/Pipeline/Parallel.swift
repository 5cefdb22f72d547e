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
    /// `transform` applied to every input on up to `jobs` threads: `jobs - 1` threads of
    /// `Parallel`'s own start now, and the caller takes its share when it asks for the results
    /// (it goes on with other work until then).
    ///
    /// The caller working too, not waiting: with two jobs, one thread besides it, where the
    /// system's pool ran three, each with a heap of the allocator's own. Memory touched for the
    /// first time costs here (see docs/performance-log.md), and a heap the caller has used for the
    /// articles has freed memory for the chronology it then builds.
    package static func start<Input, Output>(
        _ inputs: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) -> Running<Output> where Input: Sendable, Output: Sendable {
        let running = Running<Output>(count: inputs.count) { transform(inputs[$0]) }
        let helpers = min(jobs, inputs.count) - 1
        if helpers > 0 { WorkerThreads.shared.run(helpers, on: jobs - 1) { running.work() } }
        return running
    }

    /// `task`, on a thread besides the caller's when `jobs` is 2 or more (the caller goes on
    /// with other work, and runs the task itself if no thread has taken it when it asks for the
    /// result); with one job, on the caller's when it asks.
    package static func aside<Output: Sendable>(jobs: Int, _ task: @escaping @Sendable () -> Output) -> Running<Output> {
        let running = Running<Output>(count: 1) { _ in task() }
        if jobs > 1 { WorkerThreads.shared.run(1, on: jobs - 1) { running.work() } }
        return running
    }

    /// Work started by `start`: the inputs handed out by index, each once, to whichever thread
    /// asks first; each result in its own slot.
    package final class Running<Output: Sendable>: @unchecked Sendable {
        // Sendable: `next` and `done` are read and written under `condition`; each slot is
        // written by the one thread that took its index, and read once `done` counts them all.
        private let condition = NSCondition()
        private var next = 0
        private var done = 0
        private let count: Int
        private let process: @Sendable (Int) -> Output
        /// Memory of their own, written through a pointer: a shared `Array` written from several
        /// threads, even each at its own index, is a mutation of one variable by all of them at
        /// once (its uniqueness check raced, copied the storage under another worker and crashed
        /// a test run).
        private let slots: UnsafeMutableBufferPointer<Output?>

        fileprivate init(count: Int, process: @escaping @Sendable (Int) -> Output) {
            self.count = count
            self.process = process
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// Processes inputs until none is left to take.
        fileprivate func work() { while workOnce() {} }

        /// Processes the next input not yet taken, if there is one; whether there was.
        fileprivate func workOnce() -> Bool {
            condition.lock()
            guard next < count else {
                condition.unlock()
                return false
            }
            let index = next
            next += 1
            condition.unlock()
            slots[index] = process(index)
            condition.lock()
            done += 1
            if done == count { condition.broadcast() }
            condition.unlock()
            return true
        }

        /// The results in the inputs' order, the caller processing what no thread has taken
        /// yet, then waiting for the others; asked once (they are moved out: copies would retain
        /// every string and array they hold, and the slots release them again).
        package func results() -> [Output] { results(helping: Running<Output>?.none) }

        /// `results()`; while the others finish their last inputs, the caller takes inputs of
        /// `later` (work started after this one) rather than wait: a pipeline that hands results
        /// on batch by batch otherwise left a core idle at the end of every batch (`frise
        /// timeline` on 10 MB, two jobs: 2.5 ms in 75 batches).
        package func results<Later>(helping later: Running<Later>?) -> [Output] {
            work()
            var later = later
            condition.lock()
            while done < count {
                if let helped = later {
                    condition.unlock()
                    if !helped.workOnce() { later = nil }
                    condition.lock()
                } else {
                    condition.wait()
                }
            }
            condition.unlock()
            var results: [Output] = []
            results.reserveCapacity(count)
            for index in slots.indices { results.append(slots[index].take()!) }
            return results
        }
    }
}

/// The threads `Parallel` runs work on besides the caller: as many as the most jobs asked for,
/// less one, started when first needed and kept, each taking the next piece of work as it is free.
private final class WorkerThreads: @unchecked Sendable {
    // Sendable: every stored property is read and written under `condition`.
    static let shared = WorkerThreads()

    private let condition = NSCondition()
    /// The work given and not yet taken, from `next` on (each taken is let go: it holds inputs).
    private var work: [(@Sendable () -> Void)?] = []
    private var next = 0
    private var threads = 0

    /// Runs `task` `count` times on the pool, grown to `size` threads if it is smaller.
    func run(_ count: Int, on size: Int, _ task: @escaping @Sendable () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        while threads < size {
            threads += 1
            let thread = Thread { [unowned self] in serve() }
            thread.stackSize = 8 << 20  // as the reader's: articles are parsed here too
            thread.start()
        }
        work.append(contentsOf: repeatElement(Optional(task), count: count))
        condition.broadcast()
    }

    private func serve() {
        while true {
            condition.lock()
            while next == work.count { condition.wait() }
            let task = work[next].take()!
            next += 1
            if next == work.count || next >= 1024 {
                work.removeFirst(next)
                next = 0
            }
            condition.unlock()
            task()
        }
    }
}

/// A buffer that threads share, each touching elements no other thread touches (the caller
/// makes sure of that).
package struct SharedBuffer<Element>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<Element>

    package init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
