/// A resolved temporal value: its TIMEX3 form plus a calendar span that sorts.
///
/// `start` and `end` are the first and last calendar days the value covers
/// (both inclusive), so "lundi et mardi" before 2023-02-01 is
/// `2023-01-30`…`2023-01-31`. Durations, recurrences and undetermined values
/// (`PAST_REF`) have no span. `mod` is the TIMEX3 modifier ("début octobre" →
/// `START`) and `frequency` the TIMEX3 `freq` of a recurrence (`2X`).
public struct TimeValue: Hashable, Sendable {
    // (The stored properties in the order that packs them: an optional value in 56 bytes, `rare`
    // in the 4 bytes a day leaves before the next one begins.)
    /// The TIMEX3 `value` attribute (`2023-02-01`, `2023-01`, `2023-W05`, `P3D`, `XXXX-XX-XX`).
    public var value: String {
        get { valueText.string }
        set { valueText = InlineText(newValue) }
    }
    /// `value`, held in place: a value holds no string, so that copying one, or an event or an
    /// expression holding one, copies bytes (see `InlineText`).
    var valueText: InlineText
    public var start: CalendarDay?
    /// `mod` and `frequency`, which few values have and few distinct pairs of which occur: 0 for
    /// neither, else one more than the number in `LongTexts` of the pair written as a text (see
    /// `rare(mod:frequency:)`). Four bytes in every value, where the pair held in place took 24.
    private var rare: UInt32
    public var end: CalendarDay?
    public var type: TimexType
    public var granularity: Granularity
    public var certainty: Certainty
    /// The TIMEX3 `mod` attribute (`START`, `MID`, `END`, `APPROX`), if any.
    public var mod: String? {
        get { rare == 0 ? nil : Self.attributes(rare).mod }
        set { rare = Self.rare(mod: newValue, frequency: frequency) }
    }
    /// The TIMEX3 `freq` attribute of a recurrence (`2X`), if any.
    public var frequency: String? {
        get { rare == 0 ? nil : Self.attributes(rare).frequency }
        set { rare = Self.rare(mod: mod, frequency: newValue) }
    }

    /// The number `rare` keeps for a pair: its text is a digit of flags (1: a mod, 2: a
    /// frequency), the mod's length in decimal, a colon, the mod, the frequency.
    private static func rare(mod: String?, frequency: String?) -> UInt32 {
        guard mod != nil || frequency != nil else { return 0 }
        if frequency == nil, let mod, let number = modifierNumbers[mod] { return number }
        return interned(mod: mod, frequency: frequency)
    }

    private static func interned(mod: String?, frequency: String?) -> UInt32 {
        let flags = (mod == nil ? 0 : 1) | (frequency == nil ? 0 : 2)
        let text = "\(flags)\(mod?.utf8.count ?? 0):\(mod ?? "")\(frequency ?? "")"
        return UInt32(text.withUTF8Bytes(LongTexts.shared.number(of:)) + 1)
    }

    /// The numbers of Frise's own mods without a frequency, the pairs the resolver makes: found
    /// without writing their text and taking the lock.
    private static let modifierNumbers = Dictionary(uniqueKeysWithValues: TimexModifier.allCases.map {
        ($0.rawValue, interned(mod: $0.rawValue, frequency: nil))
    })

    /// The mod and frequency `rare` stands for (not 0: the getters answer nil for it, with no call).
    private static func attributes(_ rare: UInt32) -> (mod: String?, frequency: String?) {
        let text = Array(LongTexts.shared.text(Int(rare) - 1).utf8)
        let flags = text[0] - UInt8(ascii: "0")
        let colon = text.firstIndex(of: UInt8(ascii: ":"))!
        let modCount = Int(String(decoding: text[1..<colon], as: UTF8.self))!
        let mod = String(decoding: text[(colon + 1)..<(colon + 1 + modCount)], as: UTF8.self)
        let frequency = String(decoding: text[(colon + 1 + modCount)...], as: UTF8.self)
        return (flags & 1 != 0 ? mod : nil, flags & 2 != 0 ? frequency : nil)
    }

    public init(
        type: TimexType = .date, value: String, start: CalendarDay?, end: CalendarDay?,
        granularity: Granularity, certainty: Certainty, mod: String? = nil, frequency: String? = nil
    ) {
        self.init(type: type, value: InlineText(value), start: start, end: end, granularity: granularity,
                  certainty: certainty, mod: mod, frequency: frequency)
    }

    /// A value whose TIMEX3 form is written in place (`InlineText(writingAtMost:_:)`): no string made.
    init(
        type: TimexType = .date, value: InlineText, start: CalendarDay?, end: CalendarDay?,
        granularity: Granularity, certainty: Certainty, mod: String? = nil, frequency: String? = nil
    ) {
        self.type = type
        valueText = value
        self.start = start
        self.end = end
        self.granularity = granularity
        self.certainty = certainty
        rare = Self.rare(mod: mod, frequency: frequency)
    }

    /// A single calendar day.
    public static func day(_ day: CalendarDay, certainty: Certainty) -> TimeValue {
        TimeValue(value: InlineText(writingAtMost: 26) { $0.iso(day) }, start: day, end: day, granularity: .day,
                  certainty: certainty)
    }

    /// A calendar month.
    public static func month(year: Int, month: Int, certainty: Certainty) -> TimeValue {
        let first = CalendarDay(year: year, month: month, day: 1)!
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        return TimeValue(
            value: InlineText(writingAtMost: 48) {
                $0.padded(year, width: 4)
                $0.byte(UInt8(ascii: "-"))
                $0.padded(month, width: 2)
            }, start: first, end: last,
            granularity: .month, certainty: certainty)
    }

    /// A calendar year.
    public static func year(_ year: Int, certainty: Certainty) -> TimeValue {
        TimeValue(
            value: InlineText(writingAtMost: 21) { $0.padded(year, width: 4) }, start: CalendarDay(year: year, month: 1, day: 1),
            end: CalendarDay(year: year, month: 12, day: 31), granularity: .year, certainty: certainty)
    }

    /// The smallest value covering both (used for "lundi et mardi" dating one event).
    public func union(_ other: TimeValue) -> TimeValue {
        guard let start, let end, let otherStart = other.start, let otherEnd = other.end else { return self }
        if start == otherStart && end == otherEnd { return self }
        let low = min(start, otherStart), high = max(end, otherEnd)
        return TimeValue(
            type: type, value: InlineText(writingAtMost: 53) {
                $0.iso(low)
                $0.byte(UInt8(ascii: "/"))
                $0.iso(high)
            }, start: low, end: high,
            granularity: min(granularity, other.granularity),
            certainty: max(certainty, other.certainty), mod: mod == other.mod ? mod : nil)
    }
}
