/// The SVG time axis of the HTML page: one row per event type, one mark per event.
///
/// The horizontal scale runs from the earliest start day to the latest end day of
/// the events (with a small margin). A mark covers the event's days, at least a
/// dot's width; marks that would overlap in a row go on a new line of that row.
/// Estimated dates are drawn dashed and hollow (see `HTMLStyle`). Each mark links
/// to the event's card and carries its date and headline as an SVG `<title>`.
/// Ticks fall on days, first days of months or years, whichever gives at most a
/// dozen labels. Coordinates are in a 1000-unit-wide `viewBox`; CSS scales it.
struct HTMLTimelineAxis {
    /// Events that all have a calendar span, in chronology order.
    let events: [Event]
    /// The first day shown (a day number) and how many days are shown.
    private let window: (first: Int, days: Int)

    init(events: [Event]) {
        self.events = events
        let starts = events.compactMap { $0.when?.start?.dayNumber }
        let ends = events.compactMap { $0.when?.end?.dayNumber }
        guard let low = starts.min(), let high = ends.max() else {
            window = (0, 1)
            return
        }
        let span = high + 1 - low
        let margin = max(1, span / 30)
        window = (low - margin, span + 2 * margin)
    }

    private static let width = 1000.0, left = 140.0, right = 24.0
    private static let markHeight = 14.0, lineHeight = 19.0, rowGap = 10.0, top = 8.0, axisHeight = 40.0
    private static let minimumMark = 14.0
    private static let shortMonths = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ]

    private func x(_ dayNumber: Int) -> Double {
        let (first, days) = window
        return Self.left + Double(dayNumber - first) / Double(days) * (Self.width - Self.left - Self.right)
    }

    var svg: String {
        let rows = EventType.allCases.compactMap { type -> (EventType, [[Event]])? in
            let ofType = events.filter { $0.type == type }
            return ofType.isEmpty ? nil : (type, lines(ofType))
        }
        let plotHeight = rows.reduce(Self.top) { $0 + Double($1.1.count) * Self.lineHeight + Self.rowGap }
        let height = plotHeight + Self.axisHeight
        var out = "<svg viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" role=\"img\" "
            + "aria-label=\"Axe du temps : \(events.count) événement\(events.count == 1 ? "" : "s") par type\">\n"
        out += ticks(top: Self.top, bottom: plotHeight)
        var y = Self.top
        for (type, lines) in rows {
            let rowHeight = Double(lines.count) * Self.lineHeight
            out += "<g class=\"row t-\(type.rawValue)\">"
            out += "<rect class=\"band\" x=\"0\" y=\"\(Self.number(y - Self.rowGap / 2))\" "
                + "width=\"\(Self.number(Self.width))\" height=\"\(Self.number(rowHeight + Self.rowGap))\"/>"
            out += "<text class=\"rowlabel\" x=\"\(Self.number(Self.left - 10))\" "
                + "y=\"\(Self.number(y + rowHeight / 2 + 5))\">\(FrenchLabels.name(of: type))</text>\n"
            for (index, line) in lines.enumerated() {
                for event in line { out += mark(event, y: y + Double(index) * Self.lineHeight) }
            }
            out += "</g>\n"
            y += rowHeight + Self.rowGap
        }
        return out + "</svg>\n"
    }

    /// The horizontal extent of an event's mark.
    private func extent(_ event: Event) -> (x: Double, width: Double) {
        let start = x(event.when!.start!.dayNumber), end = x(event.when!.end!.dayNumber + 1)
        guard end - start < Self.minimumMark else { return (start, end - start) }
        return ((start + end - Self.minimumMark) / 2, Self.minimumMark)
    }

    /// The events of one row spread over lines so that no two marks overlap.
    private func lines(_ events: [Event]) -> [[Event]] {
        var lines: [[Event]] = [], ends: [Double] = []
        let placed = events.enumerated().map { ($0.offset, $0.element, extent($0.element)) }
            .sorted { ($0.2.x, $0.0) < ($1.2.x, $1.0) }
        for (_, event, (x, width)) in placed {
            if let free = ends.firstIndex(where: { $0 + 2 <= x }) {
                lines[free].append(event)
                ends[free] = x + width
            } else {
                lines.append([event])
                ends.append(x + width)
            }
        }
        return lines
    }

    private func mark(_ event: Event, y: Double) -> String {
        let (x, width) = extent(event)
        let when = event.when!
        let date = FrenchLabels.displayDate(when) ?? FrenchLabels.phrase(when) ?? when.value
        return "<a href=\"#\(HTMLText.anchor("ev-", event.id))\"><title>\(HTMLText.escape(date)) — "
            + "\(HTMLText.escape(event.headline))</title><rect class=\"mark c-\(when.certainty.rawValue)\" "
            + "x=\"\(Self.number(x))\" y=\"\(Self.number(y + (Self.lineHeight - Self.markHeight) / 2))\" "
            + "width=\"\(Self.number(width))\" height=\"\(Self.number(Self.markHeight))\" rx=\"7\"/></a>\n"
    }

    /// Grid lines and labels at days, months or years.
    private func ticks(top: Double, bottom: Double) -> String {
        let (first, days) = window
        var out = "<g class=\"ticks\">"
        out += "<line class=\"axisline\" x1=\"\(Self.number(Self.left))\" y1=\"\(Self.number(bottom))\" "
            + "x2=\"\(Self.number(Self.width - Self.right))\" y2=\"\(Self.number(bottom))\"/>"
        for (dayNumber, label) in Self.tickDays(first: first, days: days) {
            let position = Self.number(x(dayNumber))
            out += "<line x1=\"\(position)\" y1=\"\(Self.number(top))\" x2=\"\(position)\" "
                + "y2=\"\(Self.number(bottom + 5))\"/>"
            out += "<text x=\"\(position)\" y=\"\(Self.number(bottom + 25))\">\(label)</text>"
        }
        return out + "</g>\n"
    }

    /// The tick days (day numbers) and their labels for a window, at most about a dozen.
    static func tickDays(first: Int, days: Int) -> [(Int, String)] {
        let last = first + days - 1
        let firstDay = CalendarDay(dayNumber: first), lastDay = CalendarDay(dayNumber: last)
        if days <= 75 {
            let step = [1, 2, 7, 14].first { days / $0 <= 12 } ?? 14
            return stride(from: first, through: last, by: step).map { number in
                let day = CalendarDay(dayNumber: number)
                return (number, "\(FrenchLabels.dayNumber(day)) \(shortMonths[day.month - 1])")
            }
        }
        let months = (lastDay.year - firstDay.year) * 12 + lastDay.month - firstDay.month
        if months <= 48 {
            let step = [1, 2, 3, 6, 12].first { months / $0 <= 12 } ?? 12
            var ticks: [(Int, String)] = []
            var day = CalendarDay(year: firstDay.year, month: firstDay.month, day: 1)!.adding(months: 1)
            while day <= lastDay {
                if (day.month - 1) % step == 0 {
                    let label = day.month == 1 || ticks.isEmpty ? "\(shortMonths[day.month - 1]) \(day.year)"
                        : shortMonths[day.month - 1]
                    ticks.append((day.dayNumber, label))
                }
                day = day.adding(months: 1)
            }
            return ticks
        }
        let years = lastDay.year - firstDay.year
        let step = [1, 2, 5, 10, 20, 50, 100].first { years / $0 <= 12 } ?? 100
        return stride(from: firstDay.year + 1, through: lastDay.year, by: 1).filter { $0 % step == 0 }.map {
            (CalendarDay(year: $0, month: 1, day: 1)!.dayNumber, String($0))
        }
    }

    /// A coordinate with at most one decimal, locale-free (`12`, `12.5`).
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10), fraction = abs(tenths % 10)
        if tenths < 0 && tenths / 10 == 0 { return "-0.\(fraction)" }
        return fraction == 0 ? whole : "\(whole).\(fraction)"
    }
}
