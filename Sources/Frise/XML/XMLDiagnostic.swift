/// One problem found in an XML file, with the line it is on.
///
/// Its description is the conventional `file:line: message`, ready for stderr.
public struct XMLDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name the caller gave the document (usually its path).
    public var file: String
    /// The 1-based line the problem is on.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Why an XML operation failed as a whole.
///
/// User-facing messages for the XML side live here.
public enum XMLError: Error, Sendable, CustomStringConvertible {
    /// The schema could not be read or compiled.
    case unusableSchema(path: String, [XMLDiagnostic])
    /// The bundled schema is missing from the package resources.
    case bundledSchemaMissing
    /// libxml2's writer reported a failure.
    case writerFailed(String)
    /// Frise wrote a document its own schema rejects: a bug in Frise.
    case invalidOutput([XMLDiagnostic])

    public var description: String {
        switch self {
        case .unusableSchema(let path, let diagnostics):
            let details = diagnostics.map { "\n  \($0)" }.joined()
            return "\(path): cannot use this XML schema\(details)"
        case .bundledSchemaMissing:
            return "the bundled schema frise.xsd is missing from Frise's resources"
        case .writerFailed(let step):
            return "libxml2 could not write the XML (\(step))"
        case .invalidOutput(let diagnostics):
            let details = diagnostics.prefix(10).map { "\n  \($0)" }.joined()
            return "internal error: the XML Frise wrote is not valid against frise.xsd\(details)"
        }
    }
}
