/// Resolution of times of day: a clock time or a part of a day on the day its
/// expression names, else on the reference day.
extension Resolver {
    /// "20 h 30" (on the reference day), "hier soir", "mardi après-midi".
    func timeOfDay(_ time: TimeOfDay, on day: TemporalMeaning?, in context: ResolutionContext) -> TimeValue? {
        guard let day else {
            return .time(time, on: context.reference ?? context.anchor, certainty: .inferred)
        }
        guard let value = resolve(day, in: context), value.granularity >= .day, let start = value.start else {
            return nil
        }
        var result = TimeValue.time(time, on: start, certainty: value.certainty)
        result.mod = value.mod
        return result
    }
}
