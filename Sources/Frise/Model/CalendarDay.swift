/// A day of the proleptic Gregorian calendar, with exact arithmetic.
///
/// Resolution never touches `Foundation.Date` or time zones: a news date is a
/// calendar day, and arithmetic on it goes through the day number.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }
    // A byte each: a day takes 10 bytes, not 24 (a chronology holds millions, twice each).
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// Creates a day, or nil when the triple names no real day (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Creates the day with the given day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil-from-days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        storedMonth = UInt8(m)
        storedDay = UInt8(doy - (153 * mp + 2) / 5 + 1)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day `months` months later, clamped to the month's last day.
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    public static func - (lhs: CalendarDay, rhs: CalendarDay) -> Int { lhs.dayNumber - rhs.dayNumber }

    public var weekday: Weekday {
        // Day 0, 1970-01-01, was a Thursday.
        Weekday(rawValue: ((dayNumber + 3) % 7 + 7) % 7 + 1)!
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday.rawValue)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday - jan1) / 7 + 1)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.storedMonth, lhs.storedDay) < (rhs.year, rhs.storedMonth, rhs.storedDay)
    }

    /// `YYYY-MM-DD`.
    public var description: String { String(writingAtMost: 26) { $0.iso(self) } }

    /// Appends the UTF-8 of `description` to `out`.
    public func appendISO(to out: inout [UInt8]) {
        if let (head, tail) = isoWords {
            DecimalDigits.append(head, count: 8, to: &out)
            DecimalDigits.append(tail, count: 2, to: &out)
            return
        }
        DecimalDigits.append(year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        DecimalDigits.append(month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        DecimalDigits.append(day, width: 2, to: &out)
    }

    /// For a year of 0 to 9999, "YYYY-MM-" as the bytes of one word and "DD" in a second
    /// (lowest byte first, see `DecimalDigits.packed`); nil for other years.
    var isoWords: (UInt64, UInt64)? {
        guard year >= 0 && year <= 9999 else { return nil }
        let pairs = DecimalDigits.pairs, dash = UInt64(UInt8(ascii: "-"))
        let head = UInt64(pairs[year / 100]) | UInt64(pairs[year % 100]) << 16 | dash << 32
            | UInt64(pairs[month]) << 40 | dash << 56
        return (head, UInt64(pairs[day]))
    }

    /// `value` in decimal with leading zeros up to `width` digits: `pad(7, 2)` is "07".
    static func pad(_ value: Int, _ width: Int) -> String {
        String(writingAtMost: 21 + width) { $0.padded(value, width: width) }
    }
}

/// ISO weekday, Monday = 1.
public enum Weekday: Int, CaseIterable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
}
