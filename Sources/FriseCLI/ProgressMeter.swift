import Foundation

/// Shows how a long run goes on standard error: articles, articles per second, MB per second
/// and, when the inputs' size is known, the share done and the time left.
///
/// Only when standard error is a terminal and `--quiet` is not given; nothing during the first
/// second (short runs stay silent), then at most four times a second, on one line rewritten in
/// place and cleared at the end (and before any error message, see `Diagnostics`).
///
/// ```
/// frise: 12 480 articles · 2 310 articles/s · 5.1 MB/s · 41 % · 0:27 left
/// ```
final class ProgressMeter {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = ContinuousClock.now
    private var nextDraw: ContinuousClock.Instant
    private var articles = 0
    private var bytes = 0

    /// A meter for inputs of `totalBytes` (nil when unknown); shown only when `enabled`.
    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
        nextDraw = started + .seconds(1)
    }

    /// A meter for reading `paths`, shown when standard error is a terminal and not `quiet`.
    static func forInputs(_ paths: [String], quiet: Bool) -> ProgressMeter {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return ProgressMeter(enabled: false, totalBytes: nil) }
        return ProgressMeter(enabled: true, totalBytes: InputSize.total(of: paths))
    }

    /// One more article of `bytes` bytes done.
    func advance(bytes count: Int) {
        guard enabled else { return }
        articles += 1
        bytes += count
        if articles & 15 != 0 && articles > 16 { return }  // the clock is read every 16 articles
        draw()
    }

    /// `total` bytes of the inputs read so far, which are not articles (`frise validate`'s files).
    func reached(bytes total: Int) {
        guard enabled else { return }
        bytes = total
        draw()
    }

    private func draw() {
        let now = ContinuousClock.now
        guard now >= nextDraw else { return }
        nextDraw = now + .milliseconds(250)
        ProgressLine.show(line(elapsed: now - started))
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        ProgressLine.clear()
    }

    /// `12 480 articles · 2 310 articles/s · 5.1 MB/s · 41 % · 0:27 left`; without articles,
    /// `120.5 MB · 18.2 MB/s · 41 % · 0:27 left`.
    func line(elapsed: Duration) -> String {
        let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-3)
        var parts = articles == 0 ? [String(format: "%.1f MB", Double(bytes) / 1e6)] : [
            "\(articles) article\(articles == 1 ? "" : "s")",
            "\(Int(Double(articles) / seconds)) articles/s",
        ]
        parts.append(String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6))
        if let totalBytes, totalBytes > 0 {
            let share = min(Double(bytes) / Double(totalBytes), 0.99)
            let left = Int(seconds / max(share, 1e-6) * (1 - share))
            parts.append("\(Int(share * 100)) %")
            parts.append(String(format: "%d:%02d left", left / 60, left % 60))
        }
        return "frise: " + parts.joined(separator: " · ")
    }
}

/// The progress line on standard error, if one is showing.
enum ProgressLine {
    private static let state = ShowingFlag()

    /// Writes `text` over the current line.
    static func show(_ text: String) {
        state.set(true)
        write("\r\u{1B}[K" + text)
    }

    /// Clears the line if a progress line is showing.
    static func clear() {
        if state.set(false) { write("\r\u{1B}[K") }
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = try? OutputWriter.writeAll(bytes, to: STDERR_FILENO) }
    }
}

/// A flag shared by the calling thread and the interruption handler.
private final class ShowingFlag: @unchecked Sendable {
    // Sendable: `value` is read and written under `lock`.
    private let lock = NSLock()
    private var value = false

    /// Sets the flag; returns its previous value.
    @discardableResult
    func set(_ newValue: Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let old = value
        value = newValue
        return old
    }
}

/// The size of a run's inputs, for the progress meter's estimate of the time left.
enum InputSize {
    /// The bytes of every file under `paths` (folders walked, hidden entries skipped); nil when
    /// one is standard input, whose size is unknown.
    static func total(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFREG {
                total += Int(info.st_size)
            } else if info.st_mode & S_IFMT == S_IFDIR {
                let files = FileManager.default.enumerator(
                    at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey],
                    options: [.skipsHiddenFiles])
                while let url = files?.nextObject() as? URL {
                    let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
                    if values?.isRegularFile == true { total += values?.fileSize ?? 0 }
                }
            }
        }
        return total
    }
}
