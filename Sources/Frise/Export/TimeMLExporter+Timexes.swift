/// Where the TIMEX3s of a TimeML document go: the body as XML can carry it, and
/// each expression's place, tid and anchor in it.
extension TimeMLExporter {
    /// The tid of the creation time, which deictic values are anchored to.
    static let creationTimeID = "t0"

    /// The body as written into `TEXT` and the TIMEX3s inside it, in reading order.
    struct AnnotatedBody {
        /// The article body without the scalars XML 1.0 forbids.
        var body: [Unicode.Scalar]
        /// Non-overlapping, sorted by start, with offsets into `body`.
        var timexes: [InlineTimex]

        func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(body[range]))
        }
    }

    /// One TIMEX3 of `TEXT`.
    struct InlineTimex {
        var tid: String
        /// Unicode-scalar offsets into `AnnotatedBody.body`, end exclusive.
        var range: Range<Int>
        var expression: TemporalExpression
        /// The TIMEX3 the value was computed from; nil for explicit values.
        var anchorTimeID: String?
    }

    /// Places the tagged expressions in the body as XML can carry it.
    ///
    /// Scalars XML 1.0 forbids are dropped and the offsets after them move back.
    /// Expressions are taken by start (the longer first on a tie); one that
    /// overlaps an expression already placed, or does not lie within the body, is
    /// left out, since TIMEX3s cannot cross. Placed expressions are numbered
    /// `t1`, `t2`… A computed value (certainty not explicit) is anchored to the
    /// DCT (`t0`), unless its meaning counts from the reference time ("la veille",
    /// "le lendemain", "à ce moment-là", a clock time with no day): then to the
    /// last date or time placed before it that the resolver takes as the reference
    /// (see `DocumentResolver`), else to the DCT.
    static func annotations(of tagged: TaggedArticle) -> AnnotatedBody {
        let original = Array(tagged.article.body.unicodeScalars)
        // kept[i]: how many allowed scalars come before original offset i.
        var kept = [Int](repeating: 0, count: original.count + 1)
        var body: [Unicode.Scalar] = []
        body.reserveCapacity(original.count)
        for (index, scalar) in original.enumerated() {
            if XMLText.isAllowed(scalar) { body.append(scalar) }
            kept[index + 1] = body.count
        }

        let meanings = DocumentResolver.meaningsWithDays(tagged.expressions.map(\.mention))
        let order = tagged.expressions.indices.sorted { a, b in
            let ra = tagged.expressions[a].mention.range, rb = tagged.expressions[b].mention.range
            return ra.lowerBound != rb.lowerBound ? ra.lowerBound < rb.lowerBound : ra.upperBound > rb.upperBound
        }
        var timexes: [InlineTimex] = []
        var placedEnd = 0
        var referenceDay: String?, referenceTime: (tid: String, value: TimeValue)?
        for index in order {
            let expression = tagged.expressions[index]
            let range = expression.mention.range
            guard range.lowerBound >= placedEnd, range.upperBound <= original.count else { continue }
            placedEnd = max(range.upperBound, range.lowerBound + 1)
            let tid = "t\(timexes.count + 1)"
            let value = expression.value
            var anchor: String?
            if value.certainty != .explicit {
                switch ReferenceUse(meanings[index]) {
                case .none: anchor = creationTimeID
                case .day: anchor = referenceDay ?? creationTimeID
                case .time: anchor = referenceTime?.tid ?? creationTimeID
                }
            }
            timexes.append(
                InlineTimex(
                    tid: tid, range: kept[range.lowerBound]..<kept[range.upperBound], expression: expression,
                    anchorTimeID: anchor))
            // As in DocumentResolver: dates and times with a span become the reference.
            if value.type == .date || value.type == .time, let start = value.start {
                // "vers 15 h 30, hier": the day does not replace the finer time it holds.
                let holds = referenceTime.map {
                    $0.value.start == start && value.granularity == .day && $0.value.granularity > .day
                } ?? false
                if !holds { referenceTime = (tid, value) }
                if value.granularity >= .day { referenceDay = tid }
            }
        }
        return AnnotatedBody(body: body, timexes: timexes)
    }
}

/// Which reference an expression's meaning counts from, besides the DCT.
private enum ReferenceUse {
    /// Only the DCT (deictic: "hier", "ce mercredi", "le 6 janvier").
    case none
    /// The reference day ("la veille", "le lendemain", "vers 15 h" with no day).
    case day
    /// The last date or time mentioned, at its own grain ("à ce moment-là", "l'année suivante").
    case time

    init(_ meaning: TemporalMeaning) {
        switch meaning {
        case .reference:
            self = .time
        case .dayOffset(_, from: .reference), .periodOffset(_, .day, from: .reference), .timeOfDay(_, on: nil):
            self = .day
        case .periodOffset(_, _, from: .reference):
            self = .time
        case let .timeOfDay(_, on: .some(day)):
            self = ReferenceUse(day)
        case let .modified(_, inner):
            self = ReferenceUse(inner)
        default:
            self = .none
        }
    }
}
