import Foundation
import Frise

// libFuzzer entry point: one input through the whole pipeline.
//
// The first byte picks how the rest is read (see `Mode`); the rest is written to a file with
// the matching extension and read through the public `ArticleReader`, so the fuzzer drives
// the same path as `frise timeline FILE`: sniffing, UTF-8/BOM/NUL checks, the plain-text,
// JSON, JSON Lines and TimeML parsers. Every article read is then tagged (tokenizer,
// recognizer, resolver), its events extracted, and all of them built into one chronology
// that is written as CSV, XML (validated in-process against frise.xsd), JSON and TimeML.
//
// Besides crashes (traps, ASan reports) the harness aborts when an invariant breaks:
// - spans (expressions, triggers, sentences, timexes) lie within the body, start <= end,
//   and their text is the body's text at those offsets;
// - a resolved value's first day is not after its last;
// - the XML and TimeML exports never throw (they validate their own output);
// - the CSV has a header and one row of 19 cells per event, and the JSON parses.

/// How the bytes after the first are read.
enum Mode: UInt8, CaseIterable {
    case plainText, json, jsonLines, timeML, sniffed

    /// The file extension that selects the reader's format; none for sniffing.
    var fileExtension: String {
        switch self {
        case .plainText: ".txt"
        case .json: ".json"
        case .jsonLines: ".jsonl"
        case .timeML: ".tml"
        case .sniffed: ""
        }
    }
}

/// The date overrides (`--dct`) the selector byte may add: none, a month, a leap day, a year.
let overrides: [DocumentDate?] = [
    nil, DocumentDate(year: 2023, month: 2), DocumentDate(year: 2024, month: 2, day: 29), DocumentDate(year: 1999),
]

/// One folder per fuzzing process (libFuzzer's -fork/-jobs run several).
let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = "\(base)/frise-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

/// Stops on an export error, with libxml2's diagnostics when the output did not validate.
func fail(_ what: String, _ error: Error) -> Never {
    var message = "\(what): \(error)"
    if case XMLError.invalidOutput(let diagnostics) = error {
        message += diagnostics.map { "\n  \($0)" }.joined()
    }
    FileHandle.standardError.write(Data("invariant broken: \(message)\n".utf8))
    abort()
}

/// Checks that `span` lies in the body and holds the body's text at its offsets.
func check(_ start: Int, _ end: Int, _ text: String, in scalars: [Unicode.Scalar], _ what: String) {
    require(0 <= start && start <= end && end <= scalars.count,
            "\(what) [\(start), \(end)) outside a body of \(scalars.count) scalars")
    var expected = String.UnicodeScalarView()
    expected.append(contentsOf: scalars[start..<end])
    require(String(expected) == text, "\(what) text \(text.debugDescription) != body \(String(expected).debugDescription)")
}

func check(_ value: TimeValue, _ what: String) {
    if let start = value.start, let end = value.end {
        require(start <= end, "\(what) value \(value.value) starts \(start) after its end \(end)")
    }
    require((value.start == nil) == (value.end == nil), "\(what) value \(value.value) has only one bound")
    require(!value.value.isEmpty, "\(what) has an empty value")
}

/// RFC 4180 records of `csv` (CRLF or LF ends, quoted fields), for checking the export.
func csvRecords(_ csv: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false, afterQuote = false
    for scalar in csv.unicodeScalars {
        if quoted {
            if scalar == "\"" { quoted = false; afterQuote = true } else { field.append(scalar) }
            continue
        }
        switch scalar {
        case "\"":
            if afterQuote { field.append("\"") }
            quoted = true
            afterQuote = false
        case ",":
            record.append(String(field)); field = .init(); afterQuote = false
        case "\r":
            afterQuote = false
        case "\n":
            record.append(String(field)); field = .init(); records.append(record); record = []; afterQuote = false
        default:
            field.append(scalar); afterQuote = false
        }
    }
    require(!quoted, "CSV ends inside a quoted field")
    require(field.isEmpty && record.isEmpty, "CSV does not end with a line end")
    return records
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let selector = bytes[0]
    let mode = Mode.allCases[Int(selector) % Mode.allCases.count]
    let override = overrides[Int(selector) / Mode.allCases.count % overrides.count]
    let path = folder + "/input" + mode.fileExtension
    let data = Data(bytes: bytes + 1, count: count - 1)
    guard FileManager.default.createFile(atPath: path, contents: data) else { fatalError("cannot write \(path)") }

    var articles: [Article] = []
    ArticleReader(dateOverride: override).read(paths: [path]) { result in
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let error): _ = error.description
        }
    }

    let tagger = Tagger()
    let extractor = EventExtractor()
    var builder = ChronologyBuilder()
    for read in articles {
        require(!read.body.isEmpty, "empty body accepted")
        let article = builder.admit(read)
        let tagged = tagger.tag(article)
        let scalars = Array(article.body.unicodeScalars)
        require(article.date.span.contains(tagged.anchor), "anchor \(tagged.anchor) outside the DCT \(article.date)")
        for expression in tagged.expressions {
            let range = expression.mention.range
            check(range.lowerBound, range.upperBound, expression.mention.text, in: scalars, "expression")
            check(expression.value, "expression \(expression.mention.text.debugDescription)")
        }
        let events = extractor.events(in: tagged)
        for event in events {
            check(event.trigger.start, event.trigger.end, event.trigger.text, in: scalars, "trigger")
            check(event.sentence.start, event.sentence.end, event.sentence.text, in: scalars, "sentence")
            require(event.sentence.start <= event.trigger.start && event.trigger.end <= event.sentence.end,
                    "trigger outside its sentence")
            for timex in event.timexes { check(timex.start, timex.end, timex.text, in: scalars, "timex") }
            if let when = event.when { check(when, "event \(event.id)") }
            require(event.document == article.id, "event of document \(event.document) in \(article.id)")
        }
        builder.add(events, of: tagged)
        do {
            _ = try TimeMLExporter().render(tagged)
        } catch {
            fail("TimeML export failed", error)
        }
    }

    let chronology = builder.build()
    let csv = CSVExporter().render(chronology)
    let records = csvRecords(csv)
    require(records.count == chronology.events.count + 1, "CSV has \(records.count) records for \(chronology.events.count) events")
    require(records.allSatisfy { $0.count == CSVExporter.columns.count }, "a CSV record without 19 cells")
    do {
        _ = try XMLExporter().render(chronology)
    } catch {
        fail("XML export failed", error)
    }
    let json = JSONExporter().render(chronology)
    require((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "JSON export does not parse")
    return 0
}
