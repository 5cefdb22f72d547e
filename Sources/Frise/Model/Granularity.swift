/// How fine a temporal value is: "mars" is a month, not the 1st of March.
public enum Granularity: String, CaseIterable, Sendable, Comparable {
    case century, decade, year, half, quarter, season, month, week, day, partOfDay, hour, minute

    public static func < (lhs: Granularity, rhs: Granularity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How much of a value the text gave, and how much Frise had to supply.
public enum Certainty: String, Sendable, Comparable {
    /// Fully written in the text ("le 6 janvier 2023").
    case explicit
    /// Completed from the document date or the reference time ("le 6 janvier").
    case inferred
    /// Rests on an estimated publication day (the DCT was coarser than a day).
    case estimated

    private var rank: Int {
        switch self {
        case .explicit: 0
        case .inferred: 1
        case .estimated: 2
        }
    }

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.rank < rhs.rank }
}

/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}
