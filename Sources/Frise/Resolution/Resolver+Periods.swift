/// Resolution of periods: weeks, months, quarters and years counted from an anchor,
/// weekends, parts of years and feasts.
extension Resolver {
    /// The period of `unit` holding the anchor (or the reference time), moved by `offset` units.
    func period(_ unit: CalendarUnit, offset: Int, from anchor: Anchor, in context: ResolutionContext) -> TimeValue? {
        let base: CalendarDay
        switch (anchor, unit) {
        case (.documentDate, _): base = context.anchor
        case (.reference, .day): base = context.reference ?? context.anchor
        case (.reference, _): base = context.referenceValue?.start ?? context.reference ?? context.anchor
        }
        switch unit {
        case .day:
            return .day(base.adding(days: offset), certainty: .inferred)
        case .week:
            return .week(of: base.adding(days: 7 * offset), certainty: .inferred)
        case .month:
            let day = base.adding(months: offset)
            return .month(year: day.year, month: day.month, certainty: .inferred)
        case .quarter, .half:
            let size = unit == .quarter ? 3 : 6
            let index = base.year * (12 / size) + (base.month - 1) / size + offset
            let perYear = 12 / size
            let year = Int((Double(index) / Double(perYear)).rounded(.down))
            let number = index - year * perYear + 1
            return .part(unit == .quarter ? .quarter(number) : .half(number), of: year, certainty: .inferred)
        case .year:
            return .year(base.year + offset, certainty: .inferred)
        case .decade:
            return .decade(Self.floorDivide(base.year, 10) + offset, certainty: .inferred)
        case .century:
            return .century(Self.floorDivide(base.year, 100) + offset, certainty: .inferred)
        }
    }

    /// "ce week-end", "le week-end dernier": the weekend chosen like a weekday.
    func weekend(_ deixis: Deixis, in context: ResolutionContext) -> TimeValue? {
        let anchor = context.anchor
        let saturday = anchor.adding(days: 6 - anchor.weekday.rawValue).dayNumber
        let candidates = (-1...1).lazy.map { saturday + 7 * $0...saturday + 7 * $0 + 1 }
        // "ce week-end" in a present clause is the coming one ("ce week-end, la ville fête…").
        let tense = deixis == .this && context.tense == .present ? .future : context.tense
        guard let chosen = pick(candidates, around: anchor.dayNumber, deixis: deixis, tense: tense)
        else { return nil }
        return .weekend(of: CalendarDay(dayNumber: chosen.lowerBound), certainty: .inferred)
    }

    /// "au premier trimestre 2023", "l'été prochain", "en hiver".
    ///
    /// A bare season in a present clause ("en été, la demande augmente") is generic: `XXXX-SU`.
    func partOfYear(_ part: PartOfYear, year: Int?, deixis: Deixis, in context: ResolutionContext) -> TimeValue? {
        if let year { return .part(part, of: year, certainty: .explicit) }
        if case let .season(season) = part, deixis == .bare, context.tense == .present {
            return .anySeason(season)
        }
        let anchor = context.anchor
        // The years' days first, the value (and its string) only of the one chosen.
        let years = anchor.year - 2...anchor.year + 1
        let intervals = years.lazy.map { year in
            let (first, last) = part.days(in: year)
            return first.dayNumber...last.dayNumber
        }
        guard let chosen = pick(intervals, around: anchor.dayNumber, deixis: deixis, tense: context.tense),
              let year = years.first(where: { part.days(in: $0).first.dayNumber == chosen.lowerBound })
        else { return nil }
        return .part(part, of: year, certainty: .inferred)
    }

    /// "à Noël", "Pâques 2024", "la Toussaint dernière".
    func holiday(_ holiday: Holiday, year: Int?, deixis: Deixis, in context: ResolutionContext) -> TimeValue? {
        if let year { return .day(holiday.day(in: year), certainty: .explicit) }
        let anchor = context.anchor
        let days = (-1...1).lazy.map { holiday.day(in: anchor.year + $0).dayNumber }
        guard let chosen = pick(days, around: anchor.dayNumber, deixis: deixis, tense: context.tense) else {
            return nil
        }
        return .day(CalendarDay(dayNumber: chosen), certainty: .inferred)
    }

    /// Chooses among candidate periods (day-number intervals, in ascending order) around the
    /// day `here`.
    ///
    /// "this" prefers the period holding `here`; otherwise the tense directs, as for days: the
    /// latest period ended before `here` (or begun by then), the earliest begun after it (or not
    /// ended by then), or the nearest. One pass, no arrays.
    func pick(_ candidates: some Sequence<ClosedRange<Int>>, around here: Int, deixis: Deixis, tense: Tense)
        -> ClosedRange<Int>?
    {
        if deixis == .this, let holding = candidates.first(where: { $0.contains(here) }) { return holding }
        func distance(_ range: ClosedRange<Int>) -> Int {
            range.contains(here) ? 0 : min(abs(range.lowerBound - here), abs(range.upperBound - here))
        }
        var chosen: ClosedRange<Int>?
        for candidate in candidates {
            let better = switch Choice(deixis, tense) {
            case .before(let orOn):
                (orOn ? candidate.lowerBound <= here : candidate.upperBound < here)
                    && chosen.map { candidate.lowerBound > $0.lowerBound } ?? true
            case .after(let orOn):
                (orOn ? candidate.upperBound >= here : candidate.lowerBound > here)
                    && chosen.map { candidate.lowerBound < $0.lowerBound } ?? true
            case .nearest:
                chosen.map { distance(candidate) < distance($0) } ?? true
            }
            if better { chosen = candidate }
        }
        return chosen
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}

extension Holiday {
    /// The day of the feast in a given year.
    public func day(in year: Int) -> CalendarDay {
        switch self {
        case let .fixed(month, day):
            return CalendarDay(year: year, month: month, day: min(day, CalendarDay.daysIn(month: month, year: year)))!
        case let .easter(offset):
            return CalendarDay.easter(year).adding(days: offset)
        }
    }
}

extension CalendarDay {
    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus, "Meeus/Jones/Butcher").
    public static func easter(_ year: Int) -> CalendarDay {
        // The computus assumes a non-negative year (`%` keeps the sign): before year 0 it named
        // days like February 31 and crashed. Gregorian Easter dates repeat every 5 700 000 years.
        if year < 0 {
            let later = easter(year + 5_700_000)
            return CalendarDay(year: year, month: later.month, day: later.day)!
        }
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }
}
