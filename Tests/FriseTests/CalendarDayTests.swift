import Testing
@testable import Frise
@Test func calendarWeekday() { #expect(CalendarDay(year: 2023, month: 2, day: 1)!.weekday == .wednesday) }
