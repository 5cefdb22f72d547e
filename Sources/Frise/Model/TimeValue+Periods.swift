/// Builders for the values beyond days, months and years: weeks, parts of years,
/// decades, centuries, times of day, durations, recurrences and vague references.
extension TimeValue {
    /// An ISO week (`2023-W05`), Monday to Sunday.
    public static func week(of day: CalendarDay, certainty: Certainty) -> TimeValue {
        let (year, week) = day.isoWeek
        let monday = day.adding(days: 1 - day.weekday.rawValue)
        return TimeValue(
            value: InlineText(writingAtMost: 49) {
                $0.padded(year, width: 4)
                $0.raw("-W")
                $0.padded(week, width: 2)
            }, start: monday,
            end: monday.adding(days: 6), granularity: .week, certainty: certainty)
    }

    /// The weekend of an ISO week (`2023-W05-WE`), Saturday and Sunday.
    public static func weekend(of day: CalendarDay, certainty: Certainty) -> TimeValue {
        let week = TimeValue.week(of: day, certainty: certainty)
        let saturday = week.start!.adding(days: 5)
        return TimeValue(
            value: InlineText(writingAtMost: 3 + week.valueText.utf8Count) {
                $0.text(week.valueText)
                $0.raw("-WE")
            }, start: saturday, end: saturday.adding(days: 1), granularity: .week,
            certainty: certainty)
    }

    /// A quarter, half or season of a year (`2023-Q1`, `2023-H2`, `2023-SU`).
    public static func part(_ part: PartOfYear, of year: Int, certainty: Certainty) -> TimeValue {
        let (start, end) = part.days(in: year)
        let suffix = part.timexSuffix
        return TimeValue(
            value: InlineText(writingAtMost: 26 + suffix.utf8.count) {
                $0.padded(year, width: 4)
                $0.byte(UInt8(ascii: "-"))
                $0.text(suffix)
            }, start: start, end: end,
            granularity: part.granularity, certainty: certainty)
    }

    /// A season of no particular year (`XXXX-SU`), as in generic statements ("en été").
    public static func anySeason(_ season: Season) -> TimeValue {
        TimeValue(value: "XXXX-\(season.rawValue)", start: nil, end: nil, granularity: .season, certainty: .inferred)
    }

    /// A decade by its first three digits (`199` → 1990…1999).
    public static func decade(_ decade: Int, certainty: Certainty) -> TimeValue {
        TimeValue(
            value: CalendarDay.pad(decade, 3), start: CalendarDay(year: decade * 10, month: 1, day: 1),
            end: CalendarDay(year: decade * 10 + 9, month: 12, day: 31), granularity: .decade, certainty: certainty)
    }

    /// A century by its first two digits (`19` → 1900…1999).
    public static func century(_ century: Int, certainty: Certainty) -> TimeValue {
        TimeValue(
            value: CalendarDay.pad(century, 2), start: CalendarDay(year: century * 100, month: 1, day: 1),
            end: CalendarDay(year: century * 100 + 99, month: 12, day: 31), granularity: .century,
            certainty: certainty)
    }

    /// A clock time or a part of a day on a calendar day (`2023-02-01T20:30`, `2023-02-01TEV`).
    public static func time(_ time: TimeOfDay, on day: CalendarDay, certainty: Certainty) -> TimeValue {
        let value: InlineText, granularity: Granularity
        switch time {
        case let .clock(hour, minute):
            value = InlineText(writingAtMost: 70) {
                $0.iso(day)
                $0.byte(UInt8(ascii: "T"))
                $0.padded(hour, width: 2)
                $0.byte(UInt8(ascii: ":"))
                $0.padded(minute ?? 0, width: 2)
            }
            granularity = minute == nil ? .hour : .minute
        case let .part(part):
            value = InlineText(writingAtMost: 27 + part.rawValue.utf8.count) {
                $0.iso(day)
                $0.byte(UInt8(ascii: "T"))
                $0.text(part.rawValue)
            }
            granularity = .partOfDay
        }
        return TimeValue(
            type: .time, value: value, start: day, end: day, granularity: granularity, certainty: certainty)
    }

    /// An amount of time (`P3D`, `PXW`): no calendar span.
    public static func duration(_ duration: Duration) -> TimeValue {
        TimeValue(
            type: .duration, value: duration.timex, start: nil, end: nil, granularity: duration.granularity,
            certainty: .explicit)
    }

    /// A recurring time (`P1W` with `freq` `2X`, `XXXX-WXX-1`).
    public static func recurrence(_ recurrence: Recurrence) -> TimeValue {
        let value: String, granularity: Granularity
        var frequency: String?
        switch recurrence {
        case let .every(duration):
            (value, granularity) = (duration.timex, duration.unit.granularity)
        case let .weekday(weekday):
            (value, granularity) = ("XXXX-WXX-\(weekday.rawValue)", .day)
        case let .partOfDay(part):
            (value, granularity) = ("XXXX-XX-XXT\(part.rawValue)", .partOfDay)
        case let .season(season):
            (value, granularity) = ("XXXX-\(season.rawValue)", .season)
        case let .times(count, unit):
            (value, granularity) = (Duration(1, unit).timex, unit.granularity)
            frequency = "\(count)X"
        }
        return TimeValue(
            type: .set, value: value, start: nil, end: nil, granularity: granularity, certainty: .explicit,
            frequency: frequency)
    }

    /// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF`, typed TIME as in the French TimeBank.
    public static func vague(_ time: VagueTime) -> TimeValue {
        TimeValue(type: .time, value: time.rawValue, start: nil, end: nil, granularity: .day, certainty: .inferred)
    }
}
