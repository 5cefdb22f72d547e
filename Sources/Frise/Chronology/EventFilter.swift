/// Keeps the events a user asked for: a date window, an actor, a type, a place.
///
/// Every criterion given must hold. Dates compare spans: an event is kept when
/// its span overlaps [from, to]; undated events are left out as soon as a date
/// criterion is given. Names match as accent- and case-insensitive substrings.
public struct EventFilter: Sendable {
    public var from: CalendarDay?
    public var to: CalendarDay?
    public var actor: String?
    public var types: Set<EventType>
    public var place: String?

    public init(from: CalendarDay? = nil, to: CalendarDay? = nil, actor: String? = nil, types: Set<EventType> = [],
                place: String? = nil) {
        self.from = from
        self.to = to
        self.actor = actor
        self.types = types
        self.place = place
    }

    public var isEmpty: Bool { from == nil && to == nil && actor == nil && types.isEmpty && place == nil }

    public func accepts(_ event: Event) -> Bool {
        if from != nil || to != nil {
            guard let start = event.when?.start, let end = event.when?.end else { return false }
            if let from, end < from { return false }
            if let to, start > to { return false }
        }
        if !types.isEmpty && !types.contains(event.type) { return false }
        if let actor, !event.actors.contains(where: { Self.matches($0, actor) }) { return false }
        if let place, !event.places.contains(where: { Self.matches($0, place) }) { return false }
        return true
    }

    static func matches(_ name: String, _ query: String) -> Bool {
        Folding.fold(name).contains(Folding.fold(query))
    }
}
