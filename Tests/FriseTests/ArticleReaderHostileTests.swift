import Foundation
import Testing
@testable import Frise

/// A temporary folder, removed when the test ends, that hostile files are written into.
private final class HostileFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("frise-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = root + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// What the reader hands back for `paths`, in order.
private func outcomes(
    _ paths: [String], limit: Int = ArticleReader.defaultMaxArticleBytes, standardInput: Data = Data()
) -> [Result<Article, ArticleReadError>] {
    var results: [Result<Article, ArticleReadError>] = []
    ArticleReader(dateOverride: nil, maxArticleBytes: limit) { standardInput }.read(paths: paths) { results.append($0) }
    return results
}

private func failures(_ results: [Result<Article, ArticleReadError>]) -> [ArticleReadError] {
    results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
}

private func bodies(_ results: [Result<Article, ArticleReadError>]) -> [String] {
    results.compactMap { try? $0.get().body }
}

private let goodLine = #"{"date": "2023-02-01", "text": "Le ministre a reçu hier son homologue."}"#

@Suite struct ArticleReaderHostileTests {
    @Test(arguments: [("empty.txt", ""), ("blank.txt", " \n\r\n\t"), ("bom.txt", "\u{FEFF}\n"),
                      ("empty.json", ""), ("empty.jsonl", "\n\n"), ("empty.tml", "  ")])
    func emptyInputsAreOneFailureEach(name: String, contents: String) throws {
        let folder = try HostileFolder()
        let path = try folder.write(name, contents)
        let errors = failures(outcomes([path]))
        #expect(errors.map(\.reason) == [.empty])
        #expect(errors.first?.description == "\(path): empty (nothing but whitespace)")
    }

    @Test func missingAndImpossibleDatesDoNotStopTheOthers() throws {
        let folder = try HostileFolder()
        try folder.write("a.txt", "Le conseil s’est réuni hier.")
        try folder.write("b.txt", "date 2023-02-30 Le conseil s’est réuni hier.")
        try folder.write("c.txt", "\ndate 2023-13\nLe conseil s’est réuni hier.")
        try folder.write("d.txt", "date 2023-02-01 Le conseil s’est réuni hier.")
        let results = outcomes([folder.root])
        #expect(failures(results).map(\.reason) == [.missingDate, .invalidDate("2023-02-30"), .invalidDate("2023-13")])
        #expect(failures(results).map(\.line) == [1, 1, 2])
        #expect(bodies(results) == ["Le conseil s’est réuni hier."])
    }

    @Test func binaryDataAndNULBytesAreRefusedAsBinary() throws {
        let folder = try HostileFolder()
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }) + Data([0])
        let binary = try folder.write("noise.txt", noise)
        let nul = try folder.write("nul.txt", Data("date 2023-02-01\nUn.\nDeux\u{0}trois.".utf8))
        let errors = failures(outcomes([binary, nul]))
        #expect(errors.map(\.reason) == [.binary, .binary])
        #expect(errors.last?.line == 3)
        #expect(errors.last?.description.contains("nul.txt:3: binary data, not text") == true)
    }

    @Test func latin1AndUTF16AreNamed() throws {
        let folder = try HostileFolder()
        let latin1 = try folder.write("latin1.txt", try #require("date 2023-02-01\nLe ministre a reçu hier.".data(using: .isoLatin1)))
        var utf16 = Data([0xFF, 0xFE])
        for unit in "date 2023-02-01 Texte.".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try folder.write("wide.txt", utf16)
        let errors = failures(outcomes([latin1, wide]))
        #expect(errors.map(\.reason) == [.notUTF8, .utf16])
        #expect(errors.first?.line == 2)
        #expect(errors.last?.description.contains("iconv -f utf-16") == true)
    }

    @Test func byteOrderMarksAndCRLFAreReadNormally() throws {
        let folder = try HostileFolder()
        let text = try folder.write("a.txt", "\u{FEFF}date 2023-02-01\r\nLigne un.\r\nLigne deux.\r\n")
        let lines = try folder.write("b.jsonl", "\u{FEFF}" + goodLine + "\r\n\r\n" + goodLine + "\r\n")
        let json = try folder.write("c.json", "\u{FEFF}\r\n" + goodLine + "\r\n")
        let results = outcomes([text, lines, json])
        #expect(failures(results).isEmpty)
        #expect(bodies(results).first == "Ligne un.\nLigne deux.")
        #expect(bodies(results).count == 4)
    }

    @Test func deeplyNestedJSONIsRefusedBeforeParsing() throws {
        let folder = try HostileFolder()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let document = try folder.write("deep.json", "\n" + deep)
        let lines = try folder.write("deep.jsonl", goodLine + "\n" + deep + "\n" + goodLine)
        let clock = ContinuousClock()
        var results: [Result<Article, ArticleReadError>] = []
        let elapsed = clock.measure { results = outcomes([document, lines]) }
        #expect(elapsed < .seconds(2))
        #expect(failures(results).map(\.reason) == [.nestedTooDeep(limit: 100), .nestedTooDeep(limit: 100)])
        #expect(failures(results).map(\.line) == [2, 2])
        #expect(bodies(results).count == 2)
    }

    @Test func nestingCountsOnlyBracketsOutsideStrings() {
        let inString = #"{"text": "[[[[[[[[[[ \" {{{{{{", "date": "2023"}"#
        #expect(JSONNesting.offsetPastLimit(in: Data(inString.utf8), limit: 2) == nil)
        #expect(JSONNesting.offsetPastLimit(in: Data(#"{"a": [[1]]}"#.utf8), limit: 2) == 7)
    }

    @Test func fileLargerThanTheLimitIsReportedNotTruncated() throws {
        let folder = try HostileFolder()
        let fits = try folder.write("fits.txt", "date 2023-02-01 " + String(repeating: "a", count: 984))
        let over = try folder.write("over.txt", "date 2023-02-01 " + String(repeating: "a", count: 985))
        let json = try folder.write("over.json", "[" + String(repeating: goodLine + ",", count: 20) + goodLine + "]")
        let results = outcomes([fits, over, json], limit: 1000)
        #expect(bodies(results).map(\.count) == [984])
        #expect(failures(results).map(\.reason) == [.tooLarge(limit: 1000), .tooLarge(limit: 1000)])
        #expect(failures(results).first?.description == "\(over): larger than 1000 bytes (the --max-article-bytes "
            + "limit): skipped; split it or raise the limit")
    }

    /// A 100 MB single-line file (sparse, so the test costs nothing) is refused from its size, unread.
    @Test func hundredMegabyteLineIsRefusedWithoutReadingIt() throws {
        let folder = try HostileFolder()
        let path = try folder.write("huge.txt", "date 2023-02-01 ")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let clock = ContinuousClock()
        var results: [Result<Article, ArticleReadError>] = []
        let elapsed = clock.measure { results = outcomes([path]) }
        #expect(elapsed < .milliseconds(500))
        #expect(failures(results).map(\.reason) == [.tooLarge(limit: 50 << 20)])
        #expect(failures(results).first?.description.contains("larger than 50 MiB") == true)
    }

    @Test func jsonLinesLimitAppliesToEachLine() throws {
        let folder = try HostileFolder()
        let long = #"{"date": "2023-02-01", "text": "\#(String(repeating: "b", count: 5000))"}"#
        let text = goodLine + "\n" + long + "\n" + goodLine + "\n"
        let file = try folder.write("news.jsonl", text)
        for results in [outcomes([file], limit: 1000), outcomes(["-"], limit: 1000, standardInput: Data(text.utf8))] {
            #expect(bodies(results).count == 2)
            #expect(failures(results).map(\.reason) == [.tooLarge(limit: 1000)])
            #expect(failures(results).map(\.line) == [2])
        }
    }

    @Test func jsonLinesLineProblemsCostOnlyTheirLine() throws {
        let folder = try HostileFolder()
        let data = Data((goodLine + "\n").utf8) + Data([0x7B, 0xE9, 0x7D, 0x0A]) + Data((goodLine + "\n").utf8)
            + Data(String(repeating: " ", count: 9000).utf8) + Data([0x7B, 0x00, 0x7D, 0x0A]) + Data(goodLine.utf8)
        let results = outcomes([try folder.write("mixed.jsonl", data)])
        #expect(failures(results).map(\.reason) == [.notUTF8, .binary])
        #expect(failures(results).map(\.line) == [2, 4])
        #expect(bodies(results).count == 3)
    }

    @Test func largeStandardInputIsOneFailureUnlessItIsJSONLines() throws {
        let prose = Data(("date 2023-02-01 " + String(repeating: "mot ", count: 1000)).utf8)
        let pretty = Data(("{\n  \"date\": \"2023-02-01\",\n  \"text\": \"" + String(repeating: "mot ", count: 1000) + "\"\n}").utf8)
        #expect(failures(outcomes(["-"], limit: 1000, standardInput: prose)).map(\.reason) == [.tooLarge(limit: 1000)])
        #expect(failures(outcomes(["-"], limit: 1000, standardInput: pretty)).map(\.reason) == [.tooLarge(limit: 1000)])
        let lines = Data(String(repeating: goodLine + "\n", count: 50).utf8)
        #expect(bodies(outcomes(["-"], limit: 1000, standardInput: lines)).count == 50)
    }

    @Test func endlessDeviceCostsOnlyTheLimit() {
        let results = outcomes(["/dev/zero"], limit: 1 << 20)
        #expect(failures(results).map(\.reason) == [.tooLarge(limit: 1 << 20)])
    }

    @Test func pipeInAFolderIsReportedNotWaitedFor() throws {
        let folder = try HostileFolder()
        #expect(mkfifo(folder.root + "/pipe.txt", 0o600) == 0)
        try folder.write("z.txt", "date 2023-02-01 Texte.")
        let results = outcomes([folder.root])
        #expect(failures(results).map(\.reason) == [.notRegularFile])
        #expect(bodies(results) == ["Texte."])
    }

    @Test func messagesStayOnOneLineAndEchoedValuesAreCut() throws {
        let folder = try HostileFolder()
        let escape = try folder.write("escape.txt", "date 2023-\u{1B}[2J\u{7}\nTexte.")
        let long = try folder.write("long.txt", "date 2" + String(repeating: "9", count: 100_000) + " Texte.")
        let newline = try folder.write("new\nline.txt", "Texte.")
        let messages = failures(outcomes([escape, long, newline])).map(\.description)
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { !$0.contains("\n") && !$0.contains("\u{1B}") && $0.count < 400 })
        #expect(messages.first?.contains(#"'2023-\u{1B}[2J\u{7}'"#) == true)
        #expect(messages.last?.contains(#"new\nline.txt"#) == true)
    }

    @Test(arguments: [("1500", 1500), ("10K", 10 << 10), ("10m", 10 << 20), ("10MB", 10 << 20), ("2GiB", 2 << 30)])
    func byteCountsParse(text: String, bytes: Int) {
        #expect(ByteCount(parsing: text)?.bytes == bytes)
    }

    @Test func byteCountsRefuseNonsenseAndReadWell() {
        for text in ["", "M", "-1", "1.5M", "10X", "10iB", "99999999999999999999G"] {
            #expect(ByteCount(parsing: text) == nil, "\(text)")
        }
        #expect(ByteCount(50 << 20).description == "50 MiB")
        #expect(ByteCount(1536).description == "1536 bytes")
    }
}
