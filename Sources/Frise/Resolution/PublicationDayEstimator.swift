/// Estimates the publication day when the document date is a month or a year.
///
/// The estimate is the earliest day of the DCT's span consistent with the
/// article's deictic cues. "ce mercredi" names a Wednesday of the DCT's span
/// in the publication week: in a past or present clause ("a reçu ce
/// mercredi") the article appeared on or after the first Wednesday of the
/// span; in a future clause on or before it, in the same week. A yearless day of the span's month in a past clause ("le 6
/// février", reported as done) means on or after that day. Bare weekdays
/// ("lundi") fit any publication day and constrain nothing. Without cues,
/// the first day of the span.
public enum PublicationDayEstimator {
    /// `cues` are made only when the date is coarser than a day: most articles give the day.
    public static func estimate(
        _ date: DocumentDate, cues: @autoclosure () -> [(meaning: TemporalMeaning, tense: Tense)]
    ) -> CalendarDay {
        let span = date.span
        guard date.precision < .day else { return span.lowerBound }
        var earliest = span.lowerBound
        for cue in cues() {
            switch day(of: cue.meaning) {
            case let .weekday(weekday, .this):
                let fits: (CalendarDay) -> Bool = cue.tense == .future
                    ? { $0.weekday.rawValue <= weekday.rawValue } : { $0.weekday == weekday }
                if let first = (0..<7).map({ earliest.adding(days: $0) }).first(where: fits) {
                    earliest = max(earliest, first)
                }
            case let .dayOfMonth(day, month, nil, _, .bare) where cue.tense == .past:
                if let candidate = CalendarDay(year: span.lowerBound.year, month: month, day: day),
                   span.contains(candidate) {
                    earliest = max(earliest, candidate)
                }
            default:
                continue
            }
        }
        return min(earliest, span.upperBound)
    }

    /// The day a meaning rests on: "ce mercredi soir" and "début octobre" are cues like "ce mercredi", "octobre".
    static func day(of meaning: TemporalMeaning) -> TemporalMeaning {
        switch meaning {
        case let .timeOfDay(_, on?): day(of: on)
        case let .modified(_, inner): day(of: inner)
        default: meaning
        }
    }
}
