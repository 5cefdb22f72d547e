/// Turns a mention's meaning into a calendar value, given a context.
///
/// The resolver is a pure function of the meaning and the context: it never
/// reads the clock. Direction for yearless dates and bare weekdays comes from
/// the context's tense: past → on or before the anchor, future → on or after,
/// present → the nearest; "dernier" is strictly before, "prochain" strictly after.
/// Periods, times of day, durations and recurrences are in `Resolver+Periods`
/// and `Resolver+Times`.
public struct Resolver: Sendable {
    public init() {}

    /// The value of `meaning` in `context`, or nil when it cannot be anchored.
    public func resolve(_ meaning: TemporalMeaning, in context: ResolutionContext) -> TimeValue? {
        let anchor = context.anchor
        switch meaning {
        case let .year(year):
            return .year(year, certainty: .explicit)

        case let .month(month, year?, _):
            return .month(year: year, month: month, certainty: .explicit)

        case let .month(month, nil, .this):
            return .month(year: anchor.year, month: month, certainty: .inferred)  // "ce mois de juin"

        case let .month(month, nil, deixis):
            let here = anchor.year * 12 + anchor.month - 1
            let candidates = (-1...1).lazy.map { (anchor.year + $0) * 12 + month - 1 }
            guard let chosen = pick(candidates, around: here, deixis: deixis, tense: context.tense) else { return nil }
            // Floored division: before year 0 (a DCT of 0000, "en mars" in a past clause) `/` and `%`
            // round toward zero and gave month -9, which crashed (found probing DCT edges for the fuzz target).
            let year = Self.floorDivide(chosen, 12)
            return .month(year: year, month: chosen - year * 12 + 1, certainty: .inferred)

        case let .dayOfMonth(day, month, year?, _, _):
            return CalendarDay(year: year, month: month, day: day).map { .day($0, certainty: .explicit) }

        case let .dayOfMonth(day, month, nil, weekday, deixis):
            // The day in the year before, this one and the next. The weekday, when one of the
            // years has it, keeps only those ("samedi 4 mars"). (Looped over, not lazy sequences:
            // the closures they keep were allocated at each expression.)
            func inYear(_ shift: Int) -> CalendarDay? { CalendarDay(year: anchor.year + shift, month: month, day: day) }
            let keep = weekday.flatMap { weekday in (-1...1).contains { inYear($0)?.weekday == weekday } ? weekday : nil }
            var picker = Picker(around: anchor.dayNumber, deixis: deixis, tense: context.tense)
            for shift in -1...1 {
                guard let candidate = inYear(shift), keep == nil || candidate.weekday == keep else { continue }
                picker.consider(candidate.dayNumber)
            }
            guard let chosen = picker.chosen else { return nil }
            return .day(CalendarDay(dayNumber: chosen), certainty: .inferred)

        case let .weekday(weekday, deixis):
            let base = anchor.dayNumber
            let back = (anchor.weekday.rawValue - weekday.rawValue + 7) % 7
            let candidates = (-1...1).lazy.map { base - back + 7 * $0 }
            guard let chosen = pick(candidates, around: base, deixis: deixis, tense: context.tense) else { return nil }
            return .day(CalendarDay(dayNumber: chosen), certainty: .inferred)

        case let .weekdayAndDay(weekday, day):
            let days = (-6...6).lazy.compactMap { shift -> Int? in
                let month = anchor.adding(months: shift)
                guard let candidate = CalendarDay(year: month.year, month: month.month, day: day),
                      candidate.weekday == weekday else { return nil }
                return candidate.dayNumber
            }
            guard let chosen = pick(days, around: anchor.dayNumber, deixis: .bare, tense: context.tense) else {
                return nil
            }
            return .day(CalendarDay(dayNumber: chosen), certainty: .inferred)

        case let .dayOffset(offset, from: .documentDate):
            return .day(anchor.adding(days: offset), certainty: .inferred)

        case let .dayOffset(offset, from: .reference):
            return .day((context.reference ?? anchor).adding(days: offset), certainty: .inferred)

        case let .periodOffset(offset, unit, from):
            return period(unit, offset: offset, from: from, in: context)

        case let .weekend(deixis):
            return weekend(deixis, in: context)

        case let .partOfYear(part, year, deixis):
            return partOfYear(part, year: year, deixis: deixis, in: context)

        case let .decade(decade):
            return .decade(decade, certainty: .explicit)

        case let .century(century):
            return .century(century, certainty: .explicit)

        case let .holiday(holiday, year, deixis):
            return self.holiday(holiday, year: year, deixis: deixis, in: context)

        case let .timeOfDay(time, on):
            return timeOfDay(time, on: on, in: context)

        case .reference:
            if let value = context.referenceValue { return value }
            return context.reference.map { .day($0, certainty: .inferred) }

        case let .duration(duration):
            return .duration(duration)

        case let .recurrence(recurrence):
            return .recurrence(recurrence)

        case let .vague(time):
            return .vague(time)

        case let .modified(modifier, inner):
            guard var value = resolve(inner, in: context) else { return nil }
            value.mod = modifier.rawValue
            return value
        }
    }

    /// Chooses among candidate positions (day numbers or month indices, ascending) around
    /// `here`: the latest before it (or on it), the earliest after it (or on it), or the nearest
    /// (the first of two as near). One pass, no arrays.
    func pick(_ candidates: some Sequence<Int>, around here: Int, deixis: Deixis, tense: Tense) -> Int? {
        var picker = Picker(around: here, deixis: deixis, tense: tense)
        for candidate in candidates { picker.consider(candidate) }
        return picker.chosen
    }

    /// `pick`, fed one candidate at a time (ascending).
    struct Picker {
        let here: Int
        let choice: Choice
        private(set) var chosen: Int?

        init(around here: Int, deixis: Deixis, tense: Tense) {
            self.here = here
            choice = Choice(deixis, tense)
        }

        mutating func consider(_ candidate: Int) {
            let better = switch choice {
            case .before(let orOn): (candidate < here || orOn && candidate == here) && chosen.map { candidate > $0 } ?? true
            case .after(let orOn): (candidate > here || orOn && candidate == here) && chosen.map { candidate < $0 } ?? true
            case .nearest: chosen.map { abs(candidate - here) < abs($0 - here) } ?? true
            }
            if better { chosen = candidate }
        }
    }

    /// What `pick` looks for: "dernier" strictly before, "prochain" strictly after; otherwise the
    /// tense: past on or before, future on or after, present the nearest.
    enum Choice {
        case before(orOn: Bool), after(orOn: Bool), nearest

        init(_ deixis: Deixis, _ tense: Tense) {
            switch (deixis, tense) {
            case (.last, _): self = .before(orOn: false)
            case (.next, _): self = .after(orOn: false)
            case (_, .past): self = .before(orOn: true)
            case (_, .future): self = .after(orOn: true)
            case (_, .present): self = .nearest
            }
        }
    }
}

/// What resolution needs besides the meaning: the anchor day, the reference time and the tense.
public struct ResolutionContext: Sendable {
    /// The publication day (the DCT, or its estimate when the DCT is coarser than a day).
    public var anchor: CalendarDay
    /// The last day (or finer) the narrative mentioned, for anaphoric days ("la veille").
    public var reference: CalendarDay?
    /// The last dated value the narrative mentioned at any grain, for anaphoric
    /// periods ("l'année suivante") and "à ce moment-là".
    public var referenceValue: TimeValue?
    /// The tense of the clause around the expression.
    public var tense: Tense

    public init(
        anchor: CalendarDay, reference: CalendarDay? = nil, tense: Tense = .present,
        referenceValue: TimeValue? = nil
    ) {
        self.anchor = anchor
        self.reference = reference
        self.tense = tense
        self.referenceValue = referenceValue
    }
}
