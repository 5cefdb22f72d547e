/// A resolved temporal value: its TIMEX3 form plus a calendar span that sorts.
///
/// `start` and `end` are the first and last calendar days the value covers
/// (both inclusive), so "lundi et mardi" before 2023-02-01 is
/// `2023-01-30`…`2023-01-31`. Durations, recurrences and undetermined values
/// (`PAST_REF`) have no span. `mod` is the TIMEX3 modifier ("début octobre" →
/// `START`) and `frequency` the TIMEX3 `freq` of a recurrence (`2X`).
public struct TimeValue: Hashable, Sendable {
    public var type: TimexType
    /// The TIMEX3 `value` attribute (`2023-02-01`, `2023-01`, `2023-W05`, `P3D`, `XXXX-XX-XX`).
    public var value: String
    public var start: CalendarDay?
    public var end: CalendarDay?
    public var granularity: Granularity
    public var certainty: Certainty
    /// The TIMEX3 `mod` attribute (`START`, `MID`, `END`, `APPROX`), if any.
    public var mod: String? {
        get { modAndFrequency.first ?? nil }
        set { modAndFrequency = Self.rare(mod: newValue, frequency: frequency) }
    }
    /// The TIMEX3 `freq` attribute of a recurrence (`2X`), if any.
    public var frequency: String? {
        get { modAndFrequency.last ?? nil }
        set { modAndFrequency = Self.rare(mod: mod, frequency: newValue) }
    }

    /// `mod` and `frequency`, which few values have, kept apart: none when both are nil, else
    /// both. Eight bytes in every value where two optional strings took 32 (an event holds a
    /// value, a chronology millions of events).
    private var modAndFrequency: [String?]

    private static func rare(mod: String?, frequency: String?) -> [String?] {
        mod == nil && frequency == nil ? [] : [mod, frequency]
    }

    public init(
        type: TimexType = .date, value: String, start: CalendarDay?, end: CalendarDay?,
        granularity: Granularity, certainty: Certainty, mod: String? = nil, frequency: String? = nil
    ) {
        self.type = type
        self.value = value
        self.start = start
        self.end = end
        self.granularity = granularity
        self.certainty = certainty
        modAndFrequency = Self.rare(mod: mod, frequency: frequency)
    }

    /// A single calendar day.
    public static func day(_ day: CalendarDay, certainty: Certainty) -> TimeValue {
        TimeValue(value: day.description, start: day, end: day, granularity: .day, certainty: certainty)
    }

    /// A calendar month.
    public static func month(year: Int, month: Int, certainty: Certainty) -> TimeValue {
        let first = CalendarDay(year: year, month: month, day: 1)!
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        return TimeValue(
            value: String(writingAtMost: 48) {
                $0.padded(year, width: 4)
                $0.byte(UInt8(ascii: "-"))
                $0.padded(month, width: 2)
            }, start: first, end: last,
            granularity: .month, certainty: certainty)
    }

    /// A calendar year.
    public static func year(_ year: Int, certainty: Certainty) -> TimeValue {
        TimeValue(
            value: CalendarDay.pad(year, 4), start: CalendarDay(year: year, month: 1, day: 1),
            end: CalendarDay(year: year, month: 12, day: 31), granularity: .year, certainty: certainty)
    }

    /// The smallest value covering both (used for "lundi et mardi" dating one event).
    public func union(_ other: TimeValue) -> TimeValue {
        guard let start, let end, let otherStart = other.start, let otherEnd = other.end else { return self }
        if start == otherStart && end == otherEnd { return self }
        let low = min(start, otherStart), high = max(end, otherEnd)
        return TimeValue(
            type: type, value: String(writingAtMost: 53) {
                $0.iso(low)
                $0.byte(UInt8(ascii: "/"))
                $0.iso(high)
            }, start: low, end: high,
            granularity: min(granularity, other.granularity),
            certainty: max(certainty, other.certainty), mod: mod == other.mod ? mod : nil)
    }
}
