import Foundation

/// A program the tests run when the machine has it (LibreOffice, Chromium, python3),
/// found on `PATH`; tests that need one are skipped with `.enabled(if:)` when it is absent.
enum ExternalTool {
    /// The executable named `name` on `PATH`, or nil.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    static let soffice = find("soffice") ?? find("libreoffice")
    static let chromium = find("chromium") ?? find("chromium-browser") ?? find("google-chrome")
    static let python3 = find("python3")

    /// Whether python3 can import the `jsonschema` module.
    static let hasJSONSchema: Bool = {
        guard let python3, let result = try? CLIRunner.run(["-c", "import jsonschema"], executable: python3)
        else { return false }
        return result.status == 0
    }()
}
