/// Renders a chronology as an aligned table for a terminal: date, type, headline, actors.
///
/// A pure function of the chronology, the width in columns and whether to colour:
/// the caller (the CLI) decides both from the terminal and `NO_COLOR`. Every line
/// fits in `width` columns: the headline and the actors are cut with `…`, and below
/// about 60 columns the actors column is dropped. Dates are ISO, a span of days is
/// `2023-01-30/31`; an estimated date starts with `~`, an undated event shows `—`.
/// With colour, the header is bold, types are coloured and estimated or missing
/// dates dimmed; without it the text is plain.
///
/// ```swift
/// print(TerminalTable(width: 100, colour: false).render(chronology), terminator: "")
/// ```
public struct TerminalTable: Sendable {
    public var width: Int
    public var colour: Bool

    public init(width: Int, colour: Bool) {
        self.width = width
        self.colour = colour
    }

    private static let gap = "  "

    private struct Row {
        var date: String, type: String, headline: String, actors: String
        var eventType: EventType?, certainty: Certainty?
    }

    /// The table, one line per event after a header line and before a summary line, each ending in `\n`.
    public func render(_ chronology: Chronology) -> String {
        let rows = chronology.events.map { event in
            Row(date: Self.date(event.when), type: event.type.rawValue, headline: Self.oneLine(event.headline),
                actors: Self.oneLine(event.actors.joined(separator: ", ")), eventType: event.type,
                certainty: event.when?.certainty)
        }
        let header = Row(date: "date", type: "type", headline: "headline", actors: "actors")
        let dateWidth = (rows + [header]).map { Self.displayWidth($0.date) }.max()!
        let typeWidth = (rows + [header]).map { Self.displayWidth($0.type) }.max()!
        let rest = max(8, width - dateWidth - typeWidth - 2 * Self.gap.count)
        let longestActors = (rows + [header]).map { Self.displayWidth($0.actors) }.max()!
        let actorsWidth = rest - Self.gap.count < 40 ? 0 : min(longestActors, max(10, (rest - Self.gap.count) * 2 / 5))
        let headlineWidth = actorsWidth == 0 ? rest : rest - Self.gap.count - actorsWidth

        func line(_ row: Row, isHeader: Bool) -> String {
            var cells = [
                paint(Self.pad(row.date, dateWidth), isHeader ? "1" : dateStyle(row)),
                paint(Self.pad(row.type, typeWidth), isHeader ? "1" : row.eventType.map(Self.colourCode) ?? ""),
            ]
            let headline = Self.fit(row.headline, headlineWidth)
            if actorsWidth > 0 {
                cells.append(paint(Self.pad(headline, headlineWidth), isHeader ? "1" : ""))
                cells.append(paint(Self.fit(row.actors, actorsWidth), isHeader ? "1" : "2"))
            } else {
                cells.append(paint(headline, isHeader ? "1" : ""))
            }
            var text = cells.joined(separator: Self.gap)
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        var out = line(header, isHeader: true)
        for row in rows { out += line(row, isHeader: false) }
        let dated = chronology.events.filter { $0.when != nil }.count
        let summary = "\(rows.count) event\(rows.count == 1 ? "" : "s"), \(dated) dated, from "
            + "\(chronology.documents.count) article\(chronology.documents.count == 1 ? "" : "s"); ~ estimated date"
        return out + paint(Self.fit(summary, max(width, 1)), "2") + "\n"
    }

    private func dateStyle(_ row: Row) -> String {
        row.certainty == nil || row.certainty == .estimated ? "2" : ""
    }

    /// The text wrapped in an SGR escape when colour is on and a style is given.
    private func paint(_ text: String, _ style: String) -> String {
        guard colour, !style.isEmpty else { return text }
        return "\u{1B}[\(style)m\(text)\u{1B}[0m"
    }

    /// The date cell: `2023-02-01`, `2023-01`, `2023-01-30/31`, `~2023-02-01` when estimated, `—` when undated.
    static func date(_ when: TimeValue?) -> String {
        guard let when else { return "—" }
        var text = when.value
        if let start = when.start, let end = when.end, start != end, when.granularity >= .week {
            let startText = start.description, endText = end.description
            if start.year != end.year {
                text = "\(startText)/\(endText)"
            } else if start.month != end.month {
                text = "\(startText)/\(endText.dropFirst(5))"
            } else {
                text = "\(startText)/\(endText.dropFirst(8))"
            }
        }
        return when.certainty == .estimated ? "~" + text : text
    }

    /// The SGR colour of a type.
    static func colourCode(_ type: EventType) -> String {
        switch type {
        case .statement, .announcement, .election: "34"
        case .call, .agreement: "36"
        case .visit, .hosting: "33"
        case .meeting, .negotiation: "32"
        case .praise, .legal: "35"
        case .criticism, .protest: "31"
        case .violence: "1;31"
        case .other: "90"
        }
    }

    /// The text on one line: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// The text cut to `width` columns, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = "", used = 0
        for character in text {
            let next = displayWidth(character)
            if used + next > width - 1 { break }
            out.append(character)
            used += next
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The text padded with spaces to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }

    static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + displayWidth($1) } }

    /// Columns a character takes: 2 for East Asian wide and emoji, 0 for controls, else 1.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
