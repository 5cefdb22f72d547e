/// Writes a chronology for TimelineJS (Knight Lab), as its JSON or as its spreadsheet.
///
/// Both formats hold one title slide and one slide per event with a calendar
/// span. **Undated events are left out**: TimelineJS needs a date for every slide
/// (the title slide says how many were left out). Dates keep their grain: a month
/// is `year` + `month` with no day, a year just `year`. A span of days
/// ("lundi et mardi") has an end date. Estimated and inferred dates carry a
/// display date (`vers le 1er février 2023 (estimé)`). Each slide's group is the
/// event type, its text the participants, places, sentence and sources, as
/// escaped HTML.
///
/// ```swift
/// let json = TimelineJSExporter(format: .json).render(chronology)
/// let sheet = TimelineJSExporter(format: .spreadsheet).render(chronology)  // the 18-column template
/// ```
public struct TimelineJSExporter: Sendable {
    /// Which of TimelineJS's two inputs to write.
    public enum Format: Sendable {
        /// The JSON a `TL.Timeline` takes: `title` and `events` with `start_date`/`end_date`.
        case json
        /// The CSV of its Google Sheets template, in the template's 18 columns.
        case spreadsheet
    }

    public var format: Format

    public init(format: Format = .json) { self.format = format }

    /// The spreadsheet template's columns, in its order.
    public static let columns = [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
        "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
    ]

    /// The events TimelineJS cannot place: undated, or dated without a calendar span.
    public static func leftOut(of chronology: Chronology) -> Int {
        chronology.events.filter { event in event.when.flatMap(TimelineJSDate.dates(of:)) == nil }.count
    }

    public func render(_ chronology: Chronology) -> String {
        let documents = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let slides = chronology.events.compactMap { TimelineJSSlide($0, documents: documents) }
        let title = TimelineJSSlide.title(of: chronology, slides: slides.count)
        switch format {
        case .json: return json(slides, title: title)
        case .spreadsheet: return spreadsheet(slides, title: title)
        }
    }

    private func json(_ slides: [TimelineJSSlide], title: (headline: String, text: String)) -> String {
        func text(_ headline: String, _ text: String) -> JSONNode {
            .object([("headline", .string(headline)), ("text", .string(text))])
        }
        let events = slides.map { slide -> JSONNode in
            var members: [(String, JSONNode)] = [("start_date", slide.start.json)]
            if let end = slide.end { members.append(("end_date", end.json)) }
            if let display = slide.displayDate { members.append(("display_date", .string(display))) }
            members += [
                ("text", text(slide.headline, slide.text)), ("group", .string(slide.group)),
                ("unique_id", .string(slide.id)),
            ]
            return .object(members)
        }
        let root = JSONNode.object([
            ("title", .object([("text", text(title.headline, title.text))])), ("events", .array(events)),
        ])
        var out: [UInt8] = []
        root.write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func spreadsheet(_ slides: [TimelineJSSlide], title: (headline: String, text: String)) -> String {
        var writer = CSVRowWriter(delimiter: ",", byteOrderMark: false)
        writer.reserve(rows: slides.count + 2)
        for column in Self.columns { writer.append(column, freeText: false) }
        writer.endRow()
        func row(_ values: [String: String]) {
            for column in Self.columns {
                writer.append(values[column] ?? "", freeText: ["Display Date", "Headline", "Text"].contains(column))
            }
            writer.endRow()
        }
        row(["Headline": title.headline, "Text": title.text, "Type": "title"])
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        for slide in slides {
            row([
                "Year": number(slide.start.year), "Month": number(slide.start.month), "Day": number(slide.start.day),
                "Time": slide.start.timeText, "End Year": number(slide.end?.year),
                "End Month": number(slide.end?.month), "End Day": number(slide.end?.day),
                "End Time": slide.end?.timeText ?? "", "Display Date": slide.displayDate ?? "",
                "Headline": slide.headline, "Text": slide.text, "Group": slide.group,
            ])
        }
        return writer.text
    }
}
