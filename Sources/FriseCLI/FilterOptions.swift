import ArgumentParser
import Frise

/// The options that narrow a chronology: a date window, an actor, types, a place.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep events whose dates reach this day or later (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep events whose dates start on this day or earlier (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Keep events with this actor (case- and accent-insensitive part of a name).")
    var actor: String?

    @Option(help: "Keep events of this type (repeatable): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: [String] = []

    @Option(help: "Keep events in this place (case- and accent-insensitive part of a name).")
    var place: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Self.day(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a day: use YYYY-MM-DD.")
            }
        }
        for name in type where EventType(rawValue: name) == nil {
            throw ValidationError("--type '\(name)' is not an event type: use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    var filter: EventFilter {
        EventFilter(from: from.flatMap(Self.day), to: to.flatMap(Self.day), actor: actor,
                    types: Set(type.compactMap(EventType.init(rawValue:))), place: place)
    }

    static func day(_ text: String) -> CalendarDay? {
        guard let date = DocumentDate(parsing: text), date.precision == .day else { return nil }
        return date.span.lowerBound
    }
}
