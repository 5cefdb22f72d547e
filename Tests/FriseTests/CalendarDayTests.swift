import Testing
@testable import Frise

@Suite struct CalendarDayTests {
    @Test(arguments: [
        (2023, 2, 1, Weekday.wednesday), (2024, 1, 3, .wednesday), (2000, 1, 1, .saturday),
        (1970, 1, 1, .thursday), (1969, 12, 31, .wednesday), (2024, 2, 29, .thursday), (1900, 3, 1, .thursday),
    ])
    func weekday(year: Int, month: Int, day: Int, expected: Weekday) throws {
        #expect(try #require(CalendarDay(year: year, month: month, day: day)).weekday == expected)
    }

    @Test func impossibleDaysAreRejected() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2023, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 2023, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        var day = CalendarDay(year: 1899, month: 12, day: 25)!
        for _ in 0..<80_000 {
            let next = day.adding(days: 1)
            #expect(next - day == 1)
            #expect(CalendarDay(dayNumber: next.dayNumber) == next)
            #expect(next > day)
            day = next
        }
        #expect(day.description == "2119-01-06")
    }

    @Test(arguments: [
        (2023, 2, 1, "2023-02-01"), (1, 1, 1, "0001-01-01"), (9999, 12, 31, "9999-12-31"),
        (10000, 1, 5, "10000-01-05"), (-44, 3, 15, "-0044-03-15"),
    ])
    func isoTextPadsEveryField(year: Int, month: Int, day: Int, expected: String) throws {
        #expect(try #require(CalendarDay(year: year, month: month, day: day)).description == expected)
    }

    @Test func monthArithmeticClampsToTheLastDay() {
        #expect(CalendarDay(year: 2023, month: 1, day: 31)!.adding(months: 1).description == "2023-02-28")
        #expect(CalendarDay(year: 2023, month: 12, day: 15)!.adding(months: 1).description == "2024-01-15")
        #expect(CalendarDay(year: 2023, month: 1, day: 15)!.adding(months: -1).description == "2022-12-15")
    }

    @Test func isoWeeks() {
        #expect(CalendarDay(year: 2023, month: 2, day: 1)!.isoWeek == (2023, 5))
        #expect(CalendarDay(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(CalendarDay(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
    }
}

@Suite struct DocumentDateTests {
    @Test(arguments: [
        ("2023", Granularity.year, "2023-01-01", "2023-12-31"),
        ("2023-02", .month, "2023-02-01", "2023-02-28"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"),
        ("2023-02-01", .day, "2023-02-01", "2023-02-01"),
        ("2023-02-01T09:30", .minute, "2023-02-01", "2023-02-01"),
    ])
    func precisionAndSpan(text: String, precision: Granularity, first: String, last: String) throws {
        let date = try #require(DocumentDate(parsing: text))
        #expect(date.precision == precision)
        #expect(date.span.lowerBound.description == first)
        #expect(date.span.upperBound.description == last)
        #expect(date.description == text)
    }

    @Test(arguments: ["2023-02-30", "2023-13", "2023-00", "23-02-01", "2023/02/01", "2023-02-01T25:00", "", "février"])
    func invalid(text: String) {
        #expect(DocumentDate(parsing: text) == nil)
    }

    /// TIMEX3 values are written piece by piece on the stack: each reads as the interpolation of
    /// its pieces would, for years with fewer and more than four digits and before year 0.
    @Test(arguments: [-12_345, -1, 0, 7, 99, 2023, 9999, 10_000, 123_456_789])
    func valuesAreTheirPiecesInOrder(year: Int) throws {
        func padded(_ value: Int, _ width: Int) -> String {
            (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - String(value.magnitude).count))
                + String(value.magnitude)
        }
        #expect(CalendarDay.pad(year, 4) == padded(year, 4) && CalendarDay.pad(year, 9) == padded(year, 9))
        #expect(TimeValue.month(year: year, month: 3, certainty: .explicit).value == "\(padded(year, 4))-03")
        #expect(TimeValue.part(.quarter(2), of: year, certainty: .explicit).value == "\(padded(year, 4))-Q2")
        #expect(TimeValue.part(.season(.summer), of: year, certainty: .explicit).value == "\(padded(year, 4))-SU")
        if year >= 1 {  // document dates: years from 1 on
            #expect(DocumentDate(year: year)?.description == padded(year, 4))
            #expect(DocumentDate(year: year, month: 3, day: 5, hour: 7, minute: 9)?.description
                == "\(padded(year, 4))-03-05T07:09")
        }
        let day = try #require(CalendarDay(year: year, month: 11, day: 5))
        let iso = "\(padded(year, 4))-11-05"
        #expect(day.description == iso)
        #expect(TimeValue.time(.clock(hour: 9, minute: nil), on: day, certainty: .explicit).value == iso + "T09:00")
        #expect(TimeValue.time(.part(.evening), on: day, certainty: .explicit).value == iso + "TEV")
        let later = day.adding(days: 40)
        #expect(TimeValue.day(day, certainty: .explicit).union(.day(later, certainty: .explicit)).value == "\(iso)/\(later)")
        let (weekYear, week) = day.isoWeek
        #expect(TimeValue.week(of: day, certainty: .explicit).value == "\(padded(weekYear, 4))-W\(padded(week, 2))")
    }
}
