/// The French words the human-facing exports (TimelineJS, HTML) show: dates as a
/// reader writes them and event types by their French names.
///
/// Machine formats (CSV, JSON, XML) keep ISO dates and the English type codes;
/// only what a reader sees goes through here.
enum FrenchLabels {
    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]

    /// The French name of an event type, as the legend and the cards show it.
    static func name(of type: EventType) -> String {
        switch type {
        case .statement: "déclaration"
        case .call: "appel"
        case .visit: "visite"
        case .hosting: "réception"
        case .meeting: "rencontre"
        case .negotiation: "négociation"
        case .praise: "éloge"
        case .criticism: "critique"
        case .agreement: "accord"
        case .protest: "manifestation"
        case .violence: "violences"
        case .legal: "justice"
        case .election: "élection"
        case .announcement: "annonce"
        case .other: "autre"
        }
    }

    /// The date a reader sees for a value whose certainty is not `explicit`:
    /// `vers le 1er février 2023 (estimé)`, `du 30 au 31 janvier 2023 (estimé)`,
    /// `le 6 janvier 2023 (déduit)`; nil for explicit values and values without a calendar span.
    static func displayDate(_ value: TimeValue) -> String? {
        guard value.certainty != .explicit, let phrase = phrase(value) else { return nil }
        switch value.certainty {
        case .estimated: return phrase.hasPrefix("le ") ? "vers \(phrase) (estimé)" : "\(phrase) (estimé)"
        case .inferred: return "\(phrase) (déduit)"
        case .explicit: return phrase
        }
    }

    /// The value in words at its own grain: `le 1 février 2023`, `du 30 au 31 janvier 2023`,
    /// `février 2023`, `2023`, `la semaine du 30 janvier 2023`; nil without a calendar span.
    static func phrase(_ value: TimeValue) -> String? {
        guard let start = value.start, let end = value.end else { return nil }
        switch value.granularity {
        case .century, .decade, .year:
            return start.year == end.year ? "\(start.year)" : "de \(start.year) à \(end.year)"
        case .half, .quarter, .season, .month:
            if start.year == end.year && start.month == end.month { return monthYear(start) }
            if start.year == end.year { return "de \(months[start.month - 1]) à \(monthYear(end))" }
            return "de \(monthYear(start)) à \(monthYear(end))"
        case .week where end - start == 6 && start.weekday == .monday:
            return "la semaine du \(dayMonthYear(start))"
        default:
            let time = clockTime(value).map { " à \($0)" } ?? ""
            if start == end { return "le \(dayMonthYear(start))\(time)" }
            return "du \(range(start, end))"
        }
    }

    /// `30 au 31 janvier 2023`, `30 janvier au 2 février 2023`, `30 décembre 2022 au 2 janvier 2023`.
    private static func range(_ start: CalendarDay, _ end: CalendarDay) -> String {
        if start.year != end.year { return "\(dayMonthYear(start)) au \(dayMonthYear(end))" }
        if start.month != end.month {
            return "\(dayNumber(start)) \(months[start.month - 1]) au \(dayMonthYear(end))"
        }
        return "\(dayNumber(start)) au \(dayMonthYear(end))"
    }

    /// `1er février 2023`, `6 janvier 2023`: French writes the first of a month as an ordinal.
    static func dayMonthYear(_ day: CalendarDay) -> String { "\(dayNumber(day)) \(months[day.month - 1]) \(day.year)" }

    /// `1er`, `2`, `31`.
    static func dayNumber(_ day: CalendarDay) -> String { day.day == 1 ? "1er" : String(day.day) }

    static func monthYear(_ day: CalendarDay) -> String { "\(months[day.month - 1]) \(day.year)" }

    /// `20 h 30` from a TIMEX3 value ending in `THH:MM`; nil otherwise.
    static func clockTime(_ value: TimeValue) -> String? {
        guard let (hour, minute) = TimelineJSDate.clock(value.value) else { return nil }
        return minute == 0 ? "\(hour) h" : "\(hour) h \(CalendarDay.pad(minute, 2))"
    }
}
