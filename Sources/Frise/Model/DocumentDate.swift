/// The document creation time (DCT) as the article states it, at its own precision.
///
/// `date 2023-02` is a month: the publication day is somewhere in February and
/// Frise estimates it from the text's deictic cues (see `DocumentContext`).
public struct DocumentDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?
    public let hour: Int?
    public let minute: Int?

    /// The precision of the stated date: `.year`, `.month`, `.day` or `.minute`.
    public var precision: Granularity {
        if minute != nil { return .minute }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; nil for anything else
    /// or for an impossible date.
    public init?(parsing text: some StringProtocol) {
        // Read in place when the text is stored as UTF-8, as it almost always is.
        let inPlace = text.utf8.withContiguousStorageIfAvailable(Self.components)
        guard let parts = inPlace ?? Array(text.utf8).withUnsafeBufferPointer(Self.components) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute)
    }

    /// The numbers of `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (or a space for the
    /// `T`), in digits; nil for any other form.
    private static func components(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (year: Int, month: Int?, day: Int?, hour: Int?, minute: Int?)? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func separator(_ index: Int, _ char: UInt8) -> Bool {
            index < bytes.count && bytes[index] == char
        }
        guard let year = number(0..<4) else { return nil }
        switch bytes.count {
        case 4:
            return (year, nil, nil, nil, nil)
        case 7 where separator(4, 45):
            guard let month = number(5..<7) else { return nil }
            return (year, month, nil, nil, nil)
        case 10 where separator(4, 45) && separator(7, 45):
            guard let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day, nil, nil)
        case 16 where separator(4, 45) && separator(7, 45) && (separator(10, 84) || separator(10, 32))
            && separator(13, 58):
            guard let month = number(5..<7), let day = number(8..<10),
                  let hour = number(11..<13), let minute = number(14..<16) else { return nil }
            return (year, month, day, hour, minute)
        default:
            return nil
        }
    }

    /// A date at the given precision; nil when it names no real calendar time.
    ///
    /// Years before 1 name none: no article is dated 0000, and XML Schema 1.0 dates, which the
    /// XML output writes the publication day as, have no year 0 (found probing the fuzz target).
    public init?(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
        guard year >= 1 else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        }
        if hour != nil || minute != nil {
            guard day != nil, let hour, let minute, (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// The days the stated date may be: one day, a whole month or a whole year.
    public var span: ClosedRange<CalendarDay> {
        if let month, let day { let d = CalendarDay(year: year, month: month, day: day)!; return d...d }
        if let month {
            return CalendarDay(year: year, month: month, day: 1)!
                ... CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        }
        return CalendarDay(year: year, month: 1, day: 1)!...CalendarDay(year: year, month: 12, day: 31)!
    }

    /// The TIMEX3 value of the stated date (`2023`, `2023-02`, `2023-02-01`, `2023-02-01T09:30`),
    /// written piece by piece (joined strings cost some fifteen hundred instructions a date).
    public var description: String {
        // Five numbers of at most 21 bytes each (20 digits and a sign), and four separators.
        String(writingAtMost: 5 * 21 + 4) { text in
            text.padded(year, width: 4)
            if let month {
                text.byte(UInt8(ascii: "-"))
                text.padded(month, width: 2)
            }
            if let day {
                text.byte(UInt8(ascii: "-"))
                text.padded(day, width: 2)
            }
            if let hour, let minute {
                text.byte(UInt8(ascii: "T"))
                text.padded(hour, width: 2)
                text.byte(UInt8(ascii: ":"))
                text.padded(minute, width: 2)
            }
        }
    }
}
