import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The peak resident memory of a spawned child process, on Linux.
///
/// `wait4`'s `ru_maxrss` is not the child's alone: `posix_spawn` runs the child in the parent's
/// memory until `exec`, and `exec` files the peak of that memory as the child's, so a parent grown
/// past a child's size made the child look that big. The peak is therefore `ru_maxrss` when it is
/// above the parent's own peak (then it is the child's), and else the child's own high-water mark
/// (`VmHWM` in /proc/PID/status), read every `interval` while it runs.
public final class ChildPeakMemory: @unchecked Sendable {
    // Sendable: `peak` and `stopped` are read and written under `lock`.
    private let lock = NSLock()
    private var peak = 0
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts watching the child `pid`, just spawned, reading its high-water mark every
    /// `interval` microseconds (a reading takes the watcher some 50 µs of a core, which a
    /// child using every core shares).
    public init(pid: pid_t, interval: UInt32 = 2000) {
        Thread.detachNewThread { [self] in
            while true {
                let now = Self.highWaterMark(of: String(pid))
                lock.lock()
                if let now { peak = max(peak, now) }
                let done = stopped
                lock.unlock()
                if done || now == nil { break }  // nil: the process has exited
                usleep(interval)
            }
            finished.signal()
        }
    }

    /// The child's peak in bytes, once it has been reaped with `reaped` as its `ru_maxrss` in
    /// bytes; stops watching.
    public func peak(reaped: Int) -> Int {
        lock.lock()
        stopped = true
        lock.unlock()
        finished.wait()
        lock.lock()
        defer { lock.unlock() }
        return reaped > (Self.highWaterMark(of: "self") ?? 0) ? reaped : peak
    }

    /// `VmHWM` of /proc/`process`/status in bytes ("self" for this process); nil once the
    /// process has exited.
    public static func highWaterMark(of process: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }
}
