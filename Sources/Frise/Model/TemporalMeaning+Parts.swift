import Foundation

/// The pieces temporal meanings are built from: calendar units, parts of years and
/// days, feasts, amounts of time and recurrences. Each knows its TIMEX3 spelling.

/// A calendar period that can be counted from an anchor ("la semaine dernière").
public enum CalendarUnit: String, Hashable, Sendable {
    case day, week, month, quarter, half, year, decade, century
}

/// A named part of a year.
public enum PartOfYear: Hashable, Sendable {
    /// 1…4 ("le premier trimestre" → `Q1`).
    case quarter(Int)
    /// 1…2 ("le second semestre" → `H2`).
    case half(Int)
    case season(Season)

    /// The TIMEX3 suffix after the year: `Q1`, `H2`, `SU`.
    public var timexSuffix: String {
        switch self {
        case let .quarter(n): "Q" + String(n)
        case let .half(n): "H" + String(n)
        case let .season(season): season.rawValue
        }
    }

    /// The first month and the number of months it covers (winter runs into the next year).
    public var months: (first: Int, count: Int) {
        switch self {
        case let .quarter(n): (3 * n - 2, 3)
        case let .half(n): (6 * n - 5, 6)
        case .season(.spring): (3, 3)
        case .season(.summer): (6, 3)
        case .season(.fall): (9, 3)
        case .season(.winter): (12, 3)
        }
    }

    /// Its first and last days in `year` (winter's last is in the next year).
    public func days(in year: Int) -> (first: CalendarDay, last: CalendarDay) {
        let (first, count) = months
        let start = CalendarDay(year: year, month: first, day: 1)!
        return (start, start.adding(months: count).adding(days: -1))
    }

    public var granularity: Granularity {
        switch self {
        case .quarter: .quarter
        case .half: .half
        case .season: .season
        }
    }
}

/// The TIMEX3 seasons.
public enum Season: String, Hashable, Sendable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
}

/// A feast day: a fixed calendar day or a day counted from Easter Sunday.
public enum Holiday: Hashable, Sendable {
    case fixed(month: Int, day: Int)
    /// Days after Easter Sunday (Pentecost = 49, Ascension = 39, Good Friday = -2).
    case easter(offset: Int)
}

/// A time within a day.
public enum TimeOfDay: Hashable, Sendable {
    /// A clock time; `minute` is nil when only the hour was written ("20 h").
    case clock(hour: Int, minute: Int?)
    case part(PartOfDay)
}

/// The TIMEX3 parts of a day.
public enum PartOfDay: String, Hashable, Sendable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"
}

/// The unit of an amount of time, with its TIMEX3 letter.
public enum DurationUnit: String, Hashable, Sendable {
    case second, minute, hour, day, week, month, year

    /// `S`, `M`, `H`, `D`, `W`, `M`, `Y`.
    public var letter: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .year: "Y"
        }
    }

    /// True for units written after `T` in an ISO 8601 duration.
    public var isTimeUnit: Bool { self == .second || self == .minute || self == .hour }

    public var granularity: Granularity {
        switch self {
        case .second, .minute: .minute
        case .hour: .hour
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }
}

/// An amount of time; a nil amount is unspecified ("quelques jours" → `PXD`).
public struct Duration: Hashable, Sendable {
    public var amount: Double?
    public var unit: DurationUnit

    public init(_ amount: Double?, _ unit: DurationUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// The ISO 8601 / TIMEX3 form: `P3D`, `P2.5Y`, `PT1H30M`, `PXW`.
    public var timex: String {
        let prefix = unit.isTimeUnit ? "PT" : "P"
        guard let amount else { return prefix + "X" + unit.letter }
        // A fraction of an hour or a minute reads better in the next unit down (PT1H30M).
        if amount != amount.rounded(), unit == .hour || unit == .minute {
            let whole = amount.rounded(.down)
            let lower = ((amount - whole) * 60 * 1000).rounded() / 1000
            let lowerLetter = unit == .hour ? "M" : "S"
            let head = whole > 0 ? Self.number(whole) + unit.letter : ""
            return prefix + head + Self.number(lower) + lowerLetter
        }
        return prefix + Self.number(amount) + unit.letter
    }

    /// The grain of the amount: a fraction of an hour is counted in minutes.
    public var granularity: Granularity {
        if let amount, amount != amount.rounded(), unit == .hour { return .minute }
        return unit.granularity
    }

    /// `3` for 3.0, `2.5` for 2.5.
    ///
    /// Always plain decimal digits, as TIMEX3 values need: never an exponent (`1e-08`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "X" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.9f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// A time that recurs.
public enum Recurrence: Hashable, Sendable {
    /// Every amount of time ("tous les deux ans" → `P2Y`, "quotidien" → `P1D`).
    case every(Duration)
    /// Every such weekday ("chaque lundi" → `XXXX-WXX-1`).
    case weekday(Weekday)
    /// Every such part of day ("tous les soirs" → `XXXX-XX-XXTEV`).
    case partOfDay(PartOfDay)
    /// Every such season ("chaque été" → `XXXX-SU`).
    case season(Season)
    /// Some times per period ("deux fois par semaine" → `P1W`, freq `2X`).
    case times(Int, per: DurationUnit)
}

/// Times that only say past, present or future.
public enum VagueTime: String, Hashable, Sendable {
    case past = "PAST_REF", present = "PRESENT_REF", future = "FUTURE_REF"
}

/// The TIMEX3 `mod` values Frise produces.
public enum TimexModifier: String, Hashable, Sendable, CaseIterable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN"
}
