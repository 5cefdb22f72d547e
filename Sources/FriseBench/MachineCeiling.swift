import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the machine itself gives for more threads, measured beside frise's runs: the same fixed
/// work done by one thread, then by each of N threads at once. A shared virtual machine seldom
/// gives N cores' worth (its cores may be busy for other guests, or share caches and the
/// host's memory), so frise's speed-up is read against this ceiling of the same sitting.
///
/// Three kinds of work: arithmetic alone (registers, no memory); memory never touched before
/// (each 4 KiB page faulted in and zeroed by the system, then read at random), which much of a
/// `timeline` run is; and reads from the cache the cores share, each waiting for the one before
/// (a chain through 4 MiB, twice a core's own cache on the machine of README's figures), as the
/// look-ups in frise's tables and in each article's data are. A shared cache is shared with the
/// host's other guests too: what one thread gets of it varies with them.
enum MachineCeiling {
    enum Work: String, CaseIterable {
        case compute
        case freshMemory = "fresh memory"
        case sharedCache = "shared cache"
    }

    /// Seconds for `threads` threads to each do `units` units of `work` at once.
    static func seconds(_ work: Work, threads: Int, units: Double = 1) -> Double {
        let done = DispatchGroup()
        let sink = ThreadSlots<UInt64>(count: threads, initial: 0)
        let started = ContinuousClock.now
        for index in 0..<threads {
            done.enter()
            let thread = Thread {
                sink.store(run(work, units: units, seed: UInt64(index) + 1), at: index)
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
        let elapsed = ChildRun.seconds(ContinuousClock.now - started)
        // The results are read, so the work cannot be left out by the optimiser.
        return sink.all.reduce(0, &+) == 0 ? elapsed.nextUp : elapsed
    }

    /// The rounds of the xorshift generator in a unit of `compute` work.
    static let computeRoundsPerUnit = 60_000_000

    /// A round is three steps of a shift and an exclusive or, each waiting for the one before:
    /// a chain of six one-cycle operations (the register moves between them take no cycle on
    /// cores that eliminate such moves, as Intel's since 2012 and AMD's since Zen do; on a core
    /// that does not, the clock reads low).
    static let cyclesPerComputeRound = 6.0

    /// The clock, in GHz, at which one thread ran that chain: `units` of `compute` work, the
    /// fastest of `runs`. Shared hosts differ, and vary, in the speed they give a core: this
    /// says how fast the core was in the sitting that measured frise beside it.
    static func clock(units: Double, runs: Int = 3) -> Double {
        let fastest = (0..<max(runs, 1)).map { _ in seconds(.compute, threads: 1, units: units) }.min()!
        return Double(computeRoundsPerUnit) * units * cyclesPerComputeRound / max(fastest, 1e-9) / 1e9
    }

    /// The speed-up of `threads` threads over one: `threads` times the time of one thread over
    /// the time of `threads` (each thread does a unit of work).
    static func speedup(one: Double, many: Double, threads: Int) -> Double { Double(threads) * one / max(many, 1e-9) }

    /// The nanoseconds one thread waits for a read from the shared cache: a chain through 4 MiB of
    /// links (`sharedCache`'s), made first, then followed for `units` × 4 million steps, the
    /// fastest of `runs`. On a host whose other guests leave a core little of that cache, the
    /// reads go to memory: ten times as long or more, and the tables frise looks words up in
    /// with them.
    static func readLatency(units: Double, runs: Int = 3) -> Double {
        var generator = Xorshift(seed: 1)
        let links = cycle(through: 1 << 20, generator: &generator)
        let steps = max(Int(4_000_000 * units), 1)
        var sink: UInt32 = 0
        let fastest = (0..<max(runs, 1)).map { _ in
            let started = ContinuousClock.now
            sink &+= follow(links, steps: steps)
            return ChildRun.seconds(ContinuousClock.now - started)
        }.min()!
        // The chain's end is read, so the reads cannot be left out by the optimiser.
        return (sink == .max ? fastest.nextUp : fastest) / Double(steps) * 1e9
    }

    /// The xorshift generator the work draws from: one round is three shifts and exclusive ors,
    /// each waiting for the one before.
    struct Xorshift {
        var state: UInt64
        init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// `count` links of one random cycle through them all (Sattolo's shuffle): `links[i]` is
    /// the index after i, so that a chain never settles in a short loop a core's own cache holds.
    static func cycle(through count: Int, generator: inout Xorshift) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: count) { buffer, made in
            for index in buffer.indices { buffer[index] = UInt32(index) }
            for index in buffer.indices.dropFirst().reversed() {
                buffer.swapAt(index, Int(generator.next() % UInt64(index)))
            }
            made = buffer.count
        }
    }

    /// The index `steps` links on from the first: each read waits for the one before.
    static func follow(_ links: [UInt32], steps: Int) -> UInt32 {
        links.withUnsafeBufferPointer { links in
            var at: UInt32 = 0
            for _ in 0..<steps { at = links[Int(at)] }
            return at
        }
    }

    /// `units` units of work; a unit is 60 million rounds of a xorshift generator (about 0.1 s
    /// in a release build), or 32 MiB newly mapped, written a byte a cache line and read at 2
    /// million random places (about as long), or a random cycle through 4 MiB of links made and
    /// then followed for 4 million steps (about as long when the cache holds it).
    private static func run(_ work: Work, units: Double, seed: UInt64) -> UInt64 {
        var generator = Xorshift(seed: seed)
        switch work {
        case .compute:
            for _ in 0..<Int(Double(computeRoundsPerUnit) * units) { _ = generator.next() }
            return generator.state
        case .freshMemory:
            // Mapped and unmapped here, not allocated: an allocator may hand a thread the
            // pages another just freed (glibc did, to some threads and not others), and fresh
            // memory is what is measured. In 4 KiB pages: in 2 MiB pages (as frise asks for)
            // two threads came out 1.1 to 1.9 times as fast as one from one run to the next,
            // the host backing them or not, which says more about the host than the machine.
            let size = max(Int(Double(32 << 20) * units) & ~4095, 4096)
            guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                  memory != MAP_FAILED
            else { return 1 }
            defer { munmap(memory, size) }
            for offset in stride(from: 0, to: size, by: 64) {
                memory.storeBytes(of: UInt8(truncatingIfNeeded: offset >> 6), toByteOffset: offset, as: UInt8.self)
            }
            var total: UInt64 = 0
            for _ in 0..<Int(2_000_000 * units) {
                total &+= UInt64(memory.load(fromByteOffset: Int(generator.next() % UInt64(size)), as: UInt8.self))
            }
            return total | 1
        case .sharedCache:
            let links = cycle(through: 1 << 20, generator: &generator)
            return UInt64(follow(links, steps: Int(4_000_000 * units))) | 1
        }
    }
}
