@testable import Frise
import Testing

@Suite struct InlineTextTests {
    @Test(arguments: ["", "2023-02-01", "2023-01-30/2023-01-31", "12345678901234567890123", "PRESENT_REF", "é"])
    func shortTextsAreKeptInPlace(_ text: String) {
        let inline = InlineText(text)
        #expect(inline.string == text)
        #expect(inline.utf8Count == text.utf8.count)
        #expect(inline.isEmpty == text.isEmpty)
    }

    @Test func longerTextsRoundTripAndCompareEqual() {
        let long = "a value of more than twenty-three bytes, « accentuée »"
        let first = InlineText(long), second = InlineText(long + "")
        #expect(first.string == long)
        #expect(first.utf8Count == long.utf8.count)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != InlineText(long + "!"))
        #expect(first != InlineText("short"))
    }

    @Test func textsDifferingInOneByteDiffer() {
        #expect(InlineText("2023-02-01") != InlineText("2023-02-02"))
        #expect(InlineText("2023") != InlineText("2023-"))
        #expect(InlineText("") == InlineText())
    }

    @Test func writtenTextsEqualTheirStrings() {
        let written = InlineText(writingAtMost: 26) { $0.iso(CalendarDay(year: 2023, month: 2, day: 1)!) }
        #expect(written == InlineText("2023-02-01"))
    }

    @Test(arguments: [(nil, nil), ("START", nil), (nil, "2X"), ("", ""), ("APPROX", "1W"), (nil, ""), ("", nil),
                      (String(repeating: "M", count: 40), "3X")] as [(String?, String?)])
    func modAndFrequencyRoundTrip(_ mod: String?, _ frequency: String?) {
        var value = TimeValue.day(CalendarDay(year: 2023, month: 2, day: 1)!, certainty: .explicit)
        value.mod = mod
        value.frequency = frequency
        #expect(value.mod == mod)
        #expect(value.frequency == frequency)
        #expect(value.value == "2023-02-01")
        let made = TimeValue(value: "2023-02-01", start: value.start, end: value.end, granularity: .day,
                             certainty: .explicit, mod: mod, frequency: frequency)
        #expect(made == value)
    }

    @Test func aValueHoldsNoReference() {
        #expect(_isPOD(TimeValue.self))
    }
}
