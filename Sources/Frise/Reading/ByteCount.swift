/// A number of bytes, as written on a command line (`50M`) and shown in messages (`50 MiB`).
///
/// Suffixes are binary and case-insensitive: `K` = 1024, `M` = 1024², `G` = 1024³,
/// optionally followed by `B` or `iB` (`10M`, `10MB`, `10MiB`, `512k`, `1500`).
///
/// ```swift
/// ByteCount(parsing: "10M")?.bytes   // 10_485_760
/// ByteCount(50 << 20).description    // "50 MiB"
/// ```
public struct ByteCount: Hashable, Sendable, CustomStringConvertible {
    public var bytes: Int

    public init(_ bytes: Int) {
        self.bytes = bytes
    }

    private static let units: [(suffix: Character, factor: Int, name: String)] = [
        ("G", 1 << 30, "GiB"), ("M", 1 << 20, "MiB"), ("K", 1 << 10, "KiB"),
    ]

    /// Parses digits with an optional `K`, `M` or `G` suffix; nil for anything else,
    /// for a negative number or for one that does not fit in an `Int`.
    public init?(parsing text: some StringProtocol) {
        var rest = Substring(text.uppercased())
        if rest.hasSuffix("IB") { rest = rest.dropLast(2) } else if rest.hasSuffix("B") { rest = rest.dropLast() }
        var factor = 1
        if let last = rest.last, let unit = Self.units.first(where: { $0.suffix == last }) {
            factor = unit.factor
            rest = rest.dropLast()
        } else if text.uppercased().hasSuffix("IB") {
            return nil  // "10iB"
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(rest) else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        self.bytes = bytes
    }

    /// `50 MiB` when the count is a whole number of a unit, else `1500 bytes`.
    public var description: String {
        if let unit = Self.units.first(where: { bytes >= $0.factor && bytes % $0.factor == 0 }) {
            return "\(bytes / unit.factor) \(unit.name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
