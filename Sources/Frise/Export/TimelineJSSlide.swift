/// A date as TimelineJS takes it: integer parts, as many as the value's grain gives.
///
/// "février 2023" is `year: 2023, month: 2` with no day: TimelineJS then shows
/// and places a month, not the 1st of February.
struct TimelineJSDate: Equatable {
    var year: Int
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?

    /// The start and, when it differs, the end of a value; nil when the value has no
    /// calendar span (durations, recurrences, `PAST_REF`), which TimelineJS cannot place.
    ///
    /// Years, decades and centuries keep the year; months, quarters, halves and seasons
    /// the year and month; weeks and days the full day, plus the clock time when the
    /// value has one (`2023-02-01T20:30`).
    static func dates(of value: TimeValue) -> (start: TimelineJSDate, end: TimelineJSDate?)? {
        guard let first = value.start, let last = value.end else { return nil }
        let start: TimelineJSDate, end: TimelineJSDate
        switch value.granularity {
        case .century, .decade, .year:
            start = TimelineJSDate(year: first.year)
            end = TimelineJSDate(year: last.year)
        case .half, .quarter, .season, .month:
            start = TimelineJSDate(year: first.year, month: first.month)
            end = TimelineJSDate(year: last.year, month: last.month)
        default:
            let clock = first == last ? Self.clock(value.value) : nil
            start = TimelineJSDate(
                year: first.year, month: first.month, day: first.day, hour: clock?.hour, minute: clock?.minute)
            end = TimelineJSDate(year: last.year, month: last.month, day: last.day)
        }
        return (start, first == last || end == start ? nil : end)
    }

    /// The clock time of a TIMEX3 value ending in `THH:MM` (`2023-02-01T20:30`); nil otherwise.
    static func clock(_ value: String) -> (hour: Int, minute: Int)? {
        let scalars = Array(value.unicodeScalars)
        guard let t = scalars.lastIndex(of: "T"), scalars.count == t + 6, scalars[t + 3] == ":" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for scalar in scalars[range] {
                guard ("0"..."9").contains(scalar) else { return nil }
                result = result * 10 + Int(scalar.value - 48)
            }
            return result
        }
        guard let hour = number((t + 1)..<(t + 3)), let minute = number((t + 4)..<(t + 6)),
              hour < 24, minute < 60 else { return nil }
        return (hour, minute)
    }

    /// `20:30`, as the spreadsheet's Time column takes it; empty without a clock time.
    var timeText: String {
        guard let hour, let minute else { return "" }
        return CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2)
    }

    var json: JSONNode {
        var members: [(String, JSONNode)] = [("year", .number(year))]
        if let month { members.append(("month", .number(month))) }
        if let day { members.append(("day", .number(day))) }
        if let hour { members.append(("hour", .number(hour))) }
        if let minute { members.append(("minute", .number(minute))) }
        return .object(members)
    }
}

/// One TimelineJS slide made from an event: what both TimelineJS formats write.
///
/// Headline and text are HTML, as TimelineJS renders them: every piece of article
/// text is escaped. The text holds the participants, the places, the sentence as
/// evidence and the source documents.
struct TimelineJSSlide {
    var start: TimelineJSDate
    var end: TimelineJSDate?
    /// `vers le 1er février 2023 (estimé)` for estimated and inferred dates; nil for explicit ones.
    var displayDate: String?
    var headline: String
    var text: String
    /// The event type (`visit`), which TimelineJS uses as the row group.
    var group: String
    var id: String

    /// The slide of an event; nil when the event has no calendar span (undated events).
    init?(_ event: Event, documents: [String: DocumentInfo]) {
        guard let when = event.when, let (start, end) = TimelineJSDate.dates(of: when) else { return nil }
        self.start = start
        self.end = end
        displayDate = FrenchLabels.displayDate(when)
        headline = HTMLText.escape(event.headline)
        group = event.type.rawValue
        id = event.id
        var html = ""
        if !event.actors.isEmpty {
            html += "<p><b>Participants :</b> \(HTMLText.escape(event.actors.joined(separator: ", ")))</p>"
        }
        if !event.places.isEmpty {
            html += "<p><b>Lieux :</b> \(HTMLText.escape(event.places.joined(separator: ", ")))</p>"
        }
        html += "<blockquote>\(HTMLText.escape(event.sentence.text))</blockquote>"
        let sources = event.sources.map { source -> String in
            let title = documents[source.document]?.title.map { " — \($0)" } ?? ""
            return HTMLText.escape("\(source.document)\(title), position \(source.sentence.start)")
        }
        html += "<p><small>Source\(sources.count > 1 ? "s" : "") : \(sources.joined(separator: " ; "))</small></p>"
        text = html
    }

    /// The title slide: a headline and a summary saying what was left out.
    static func title(of chronology: Chronology, slides: Int) -> (headline: String, text: String) {
        let documents = chronology.documents
        let headline = documents.count == 1 ? documents[0].title ?? "Chronologie" : "Chronologie"
        let left = chronology.events.count - slides
        var text = "<p>\(slides) événement\(slides == 1 ? "" : "s") daté\(slides == 1 ? "" : "s") tiré\(slides == 1 ? "" : "s") "
            + "de \(documents.count) article\(documents.count == 1 ? "" : "s") par Frise.</p>"
        if left > 0 {
            text += "<p>\(left) événement\(left == 1 ? "" : "s") sans date n’y figure\(left == 1 ? "" : "nt") pas : "
                + "TimelineJS exige une date.</p>"
        }
        return (HTMLText.escape(headline), text)
    }
}
