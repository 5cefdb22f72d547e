import Foundation

/// What the CLI knows about where standard output goes: a terminal or not, its
/// width, and whether colour is wanted.
struct Terminal {
    /// Whether standard output is a terminal.
    var isTerminal: Bool
    /// Columns to fit the table in: the terminal's width, else `COLUMNS`, else 100.
    var width: Int
    /// Colour only on a terminal, with `NO_COLOR` unset or empty and `TERM` not `dumb`
    /// (https://no-color.org).
    var colour: Bool

    /// The terminal of this process's standard output.
    static func standardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let measured = isTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
            ? Int(size.ws_col) : nil
        let columns = environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return Terminal(isTerminal: isTerminal, width: measured ?? columns ?? 100, colour: isTerminal && !noColour)
    }
}

/// Informational messages on standard error, which `--quiet` silences; errors go
/// through `Diagnostics.report` and are always shown.
struct Notices {
    var quiet: Bool

    func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data(("frise: " + message + "\n").utf8))
    }
}
