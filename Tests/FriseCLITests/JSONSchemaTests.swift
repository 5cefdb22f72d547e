import Foundation
import Frise
import Testing

/// Checks `frise timeline --format json` and `--format jsonl` against the JSON Schema kept
/// in `docs/chronology.schema.json`, with python3's `jsonschema` (skipped when python3 or
/// the module is missing), and the schema's enumerations against Frise's own.
@Suite struct JSONSchemaTests {
    static let schema = CLIRunner.packageRoot.appendingPathComponent("docs/chronology.schema.json")

    /// Validates every argument file with the schema; JSON Lines files line by line against `$defs/event`.
    /// Prints one line per error and exits 1 when there are any.
    static let validator = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        event = Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/event"})
        whole = Draft202012Validator(schema)
        errors = 0
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8").read()
            if path.endswith(".jsonl"):
                items = [(f"{path}:{n}", event, json.loads(line)) for n, line in enumerate(text.splitlines(), 1)]
            else:
                items = [(path, whole, json.loads(text))]
            for where, validator, item in items:
                for error in validator.iter_errors(item):
                    errors += 1
                    print(where, list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    static func validate(_ files: [URL]) throws -> CLIRunner.Result {
        try CLIRunner.run(["-c", validator, schema.path] + files.map(\.path), executable: ExternalTool.python3!)
    }

    @Test(.enabled(if: ExternalTool.hasJSONSchema, "python3 with the jsonschema module is not installed"))
    func outputsValidateAgainstTheSchema() throws {
        let directory = try CLIRunner.temporaryDirectory()
        var files: [URL] = []
        for format in ["json", "jsonl"] {
            let file = directory.appendingPathComponent("all.\(format)")
            let result = try CLIRunner.run(["timeline", "seeds", "fixtures", "--format", format, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            files.append(file)
        }
        let checked = try Self.validate(files)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }

    @Test(.enabled(if: ExternalTool.hasJSONSchema, "python3 with the jsonschema module is not installed"))
    func aWrongDocumentIsRejected() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("wrong.json")
        let json = try CLIRunner.run(["timeline", "seeds", "--format", "json"]).stdout
        try json.replacingOccurrences(of: "\"granularity\": \"day\"", with: "\"granularity\": \"fortnight\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let checked = try Self.validate([file])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("fortnight"), "\(checked.stdout)\(checked.stderr)")
    }

    @Test func schemaEnumerationsMatchFrise() throws {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schema)) as? [String: Any])
        let defs = try #require(root["$defs"] as? [String: Any])
        func enumeration(_ definition: String, _ property: String) -> [String]? {
            let object = defs[definition] as? [String: Any]
            let properties = object?["properties"] as? [String: Any]
            return (properties?[property] as? [String: Any])?["enum"] as? [String]
        }
        #expect(enumeration("event", "type") == EventType.allCases.map(\.rawValue))
        #expect(enumeration("event", "class") == EventClass.allCases.map(\.rawValue))
        #expect(enumeration("when", "granularity") == Granularity.allCases.map(\.rawValue))
        #expect(enumeration("when", "certainty") == [Certainty.explicit, .inferred, .estimated].map(\.rawValue))
        #expect(enumeration("when", "type") == [TimexType.date, .time, .duration, .set].map(\.rawValue))
    }
}
