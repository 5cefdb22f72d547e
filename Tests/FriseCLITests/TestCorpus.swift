import Foundation

/// JSON Lines corpora made in the test from the fixtures' and the seed's texts, with ids and
/// dates of their own.
enum TestCorpus {
    /// One fixture or seed article: its date line's value and its body.
    struct Text {
        var date: String
        var body: String
    }

    /// Every plain-text fixture and the seed, in path order.
    static let texts: [Text] = {
        let root = CLIRunner.packageRoot
        var paths: [URL] = []
        for folder in ["fixtures", "seeds"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
        }
        return paths.compactMap { url in
            guard let content = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let trimmed = content.drop { $0.isWhitespace }
            guard trimmed.hasPrefix("date ") else { return nil }
            let afterKeyword = trimmed.dropFirst(5)
            let date = afterKeyword.prefix { !$0.isWhitespace }
            let body = afterKeyword.dropFirst(date.count).drop { $0.isWhitespace }
            return Text(date: String(date), body: String(body))
        }
    }()

    /// `count` articles: the texts over and over, each round with its dates moved on by a year
    /// (29 February excepted), ids `PREFIX-N`; every `withoutID`th article has no id.
    static func lines(count: Int, prefix: String = "a", withoutID: Int? = nil) -> [String] {
        (0..<count).map { index in
            let text = texts[index % texts.count]
            let round = index / texts.count
            var date = text.date
            if round > 0, !date.contains("-02-29"), let year = Int(date.prefix(4)) {
                date = String(year + round) + date.dropFirst(4)
            }
            var object: [String: Any] = ["date": date, "text": text.body]
            if let withoutID, index % withoutID == 0 {} else { object["id"] = "\(prefix)-\(index + 1)" }
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Writes JSON Lines to `name` in `folder`; returns the path.
    @discardableResult
    static func write(_ lines: [String], named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
