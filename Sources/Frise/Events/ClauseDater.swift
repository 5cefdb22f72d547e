/// Dates every clause of an article; events then take their clause's date.
///
/// Dating, in order of preference: the clause's own temporal expressions
/// (coordinated ones joined into a span, the group nearest the trigger); the
/// dates of a fronted phrase or verbless clause just before it; the date of the
/// clause that governs it (relative, complement, coordinate clauses); an
/// anaphoric "cet entretien" pointing back to the latest dated consultation.
/// Otherwise the clause is undated.
public struct ClauseDater: Sendable {
    public init() {}

    public func datedClauses(in tagged: TaggedArticle) -> DatedClauses {
        let grammar = LanguagePacks.pack(for: tagged.article.language).eventGrammar
        let verbLemmas = grammar.verbLemmas(in: tagged.text)
        return datedClauses(
            in: tagged, grammar: grammar, verbLemmas: verbLemmas, clauses: grammar.clauses(in: tagged.text, verbLemmas: verbLemmas))
    }

    /// `datedClauses(in:)`, given the article's language's grammar, its verb lemma numbers and
    /// clauses (found by passes over several articles: `EventExtractor.events(in:)`).
    func datedClauses(in tagged: TaggedArticle, grammar: any EventGrammar, verbLemmas: [Int32], clauses: [Clause]) -> DatedClauses {
        let text = tagged.text
        // Dates and times date events; durations and sets say how long or how often. Expressions
        // are handled by their index: a copy would retain each of their strings.
        let expressions = tagged.expressions
        let dated = expressions.indices.filter { expressions[$0].value.type == .date || expressions[$0].value.type == .time }
        // Each clause's expressions and context are runs of two arrays of the article (an array
        // of each for every dated clause was made, then released with it).
        var dating = DatedClauses(clauses: [], timexIndices: [], contextTokens: [])
        dating.timexIndices.reserveCapacity(dated.count)
        dating.contextTokens.reserveCapacity(2 * dated.count)
        // Room for about as many clauses as news has (1.2 a sentence): grown one by one, the
        // array was copied four or five times an article.
        dating.clauses.reserveCapacity(text.sentences.count + text.sentences.count / 4 + 2)
        // The clauses and the dated expressions read through their buffers: a slice of an array
        // (a sentence's clauses, its dated expressions, a clause's own) holds a reference to it,
        // retained and released, an atomic operation each, for every sentence and clause.
        clauses.withUnsafeBufferPointer { clauses in
            dated.withUnsafeBufferPointer { dated in
                Self.date(clauses, dated: dated, of: expressions, in: text, grammar: grammar, verbLemmas: verbLemmas,
                          into: &dating)
            }
        }
        return dating
    }

    /// Dates `clauses`, the text's in reading order, appending them to `dating` (a clause's index
    /// among them is its dated clause's in `dating.clauses`); `dated` are the indices of the
    /// expressions that date, in reading order.
    private static func date(
        _ clauses: UnsafeBufferPointer<Clause>, dated: UnsafeBufferPointer<Int>, of expressions: [TemporalExpression],
        in text: TokenizedText, grammar: any EventGrammar, verbLemmas: [Int32], into dating: inout DatedClauses
    ) {
        // Expressions come in reading order, sentences too: a sentence's dated ones are the run of
        // `dated` that starts where the previous sentence's ended. The clauses come sentence by
        // sentence too: a sentence's are the run that starts where the previous sentence's ended.
        var nextDated = 0, nextClause = 0
        for sentence in text.sentences {
            let sentenceClauses = Self.run(from: &nextClause, to: clauses.count) {
                clauses[$0].tokens.lowerBound < sentence.tokens.upperBound
            }
            let inSentence = dated[Self.run(from: &nextDated, to: dated.count) {
                expressions[dated[$0]].mention.tokens.lowerBound < sentence.tokens.upperBound
            }]
            assert(inSentence.allSatisfy { sentence.tokens.contains(expressions[$0].mention.tokens.lowerBound) })
            var pending: [Int] = []
            var pendingTokens: Range<Int>?
            // A clause's own expressions are a run of the sentence's too (the clauses cover the
            // sentence in reading order): a slice of `dated`, where a filtered copy was an array
            // made for nearly every dated clause.
            var nextOwn = inSentence.startIndex
            for position in sentenceClauses {
                let clause = clauses[position]
                let own = dated[Self.run(from: &nextOwn, to: inSentence.endIndex) {
                    clause.tokens.contains(expressions[dated[$0]].mention.tokens.lowerBound)
                }]
                assert(Array(own) == inSentence.filter { clause.tokens.contains(expressions[$0].mention.tokens.lowerBound) })
                // A clause of a word or two ("précise-t-il") reports no happening of its own.
                // (Counted in a loop: a lazy filter's closure held a copy of the text, each of
                // its arrays retained and released, for every clause.)
                var words = 0
                for index in clause.tokens where text.tokens[index].kind == .word {
                    words += 1
                    if words > 2 { break }
                }
                let trigger = words > 2 ? grammar.trigger(in: clause, of: text, verbLemmas: verbLemmas) : nil
                // Read before the trigger moves into the entry (each test of an optional trigger
                // copied it).
                let hasTrigger = trigger != nil
                let anchor = trigger?.token ?? clause.tokens.lowerBound
                let contextStart = dating.contextTokens.count
                for index in own { dating.contextTokens.append(expressions[index].mention.tokens) }
                for index in pending { dating.contextTokens.append(expressions[index].mention.tokens) }
                // The date found first, the clause made at once in its place (a clause made, then
                // dated, then appended was copied, its strings retained, and the original destroyed).
                // (A clause's index in `clauses` is its dated clause's in `dating.clauses`.)
                let governor = clause.governor
                let timexStart = dating.timexIndices.count
                var when: TimeValue?
                var inheritedFrom: Int?
                if Self.appendNearestGroup(own, of: expressions, to: anchor, in: text, into: &dating.timexIndices) {
                    // A group of one made precise by a finer expression on its day: the finer first.
                    if dating.timexIndices.count == timexStart + 1,
                       let finer = Self.finer(than: dating.timexIndices[timexStart], among: own, of: expressions) {
                        dating.timexIndices.insert(finer, at: timexStart)
                    }
                } else if hasTrigger, clause.kind != .adjunct, Self.appendNearestGroup(
                    pending, of: expressions, to: anchor, in: text, into: &dating.timexIndices) {
                    // (appended: the group of the verbless phrase before the clause)
                } else if hasTrigger, clause.kind != .adjunct, clause.kind != .main,
                          let governor, dating.clauses[governor].when != nil {
                    when = dating.clauses[governor].when
                    inheritedFrom = governor
                } else if hasTrigger, let index = Self.anaphoricAntecedent(
                    in: clause.tokens, after: pendingTokens, text: text, grammar: grammar, clauses: dating.clauses) {
                    when = dating.clauses[index].when
                    inheritedFrom = index
                }
                let timexRun = timexStart..<dating.timexIndices.count
                if !timexRun.isEmpty {
                    when = expressions[dating.timexIndices[timexRun.lowerBound]].value
                    for index in timexRun.dropFirst() {
                        when = when!.union(expressions[dating.timexIndices[index]].value)
                    }
                }
                dating.clauses.append(DatedClause(
                    clause: clause, sentence: sentence, trigger: consume trigger, governor: governor,
                    contextRun: contextStart..<dating.contextTokens.count, timexRun: timexRun, when: when,
                    inheritedFrom: inheritedFrom))
                if !hasTrigger {
                    pending += own
                    pendingTokens = clause.tokens
                } else if clause.kind != .adjunct {
                    pending = []
                    pendingTokens = nil
                }
            }
        }
    }

    /// The run of positions from `next` on, short of `end`, that `belongs` accepts; `next` is
    /// left after it. (Clauses, a sentence's expressions and a clause's are each such a run, in
    /// reading order.)
    @inline(__always)
    static func run(from next: inout Int, to end: Int, while belongs: (Int) -> Bool) -> Range<Int> {
        let start = next
        while next < end, belongs(next) { next += 1 }
        return start..<next
    }

    /// Appends to `result` the group of coordinated expressions ("lundi et mardi") nearest the
    /// token, as indices of `expressions` among `chosen`, in text order; the first of the nearest
    /// on a tie. False, and nothing appended, when `chosen` is empty. Groups are read as runs of
    /// the chosen expressions in text order (as they come, but for a copy sorted when they do
    /// not). Appended, not returned: a slice of the chosen held a reference to their array.
    static func appendNearestGroup<Chosen: RandomAccessCollection<Int>>(
        _ chosen: Chosen, of expressions: [TemporalExpression], to token: Int, in text: TokenizedText,
        into result: inout [Int]
    ) -> Bool where Chosen.Index == Int {
        guard !chosen.isEmpty else { return false }
        func start(_ index: Int) -> Int { expressions[index].mention.tokens.lowerBound }
        if zip(chosen, chosen.dropFirst()).allSatisfy({ start($0) <= start($1) }) {
            result += chosen[nearestGroup(ordered: chosen, of: expressions, to: token, in: text)]
        } else {
            let ordered = chosen.sorted { start($0) < start($1) }
            result += ordered[nearestGroup(ordered: ordered, of: expressions, to: token, in: text)]
        }
        return true
    }

    /// Where the nearest group lies among expressions in text order (see `appendNearestGroup`).
    private static func nearestGroup<Ordered: RandomAccessCollection<Int>>(
        ordered: Ordered, of expressions: [TemporalExpression], to token: Int, in text: TokenizedText
    ) -> Range<Int> where Ordered.Index == Int {
        func start(_ index: Int) -> Int { expressions[index].mention.tokens.lowerBound }
        // Groups are ranges of the slice's own indices (a clause's expressions seldom start at 0).
        func joined(_ index: Int) -> Bool {  // to the expression before it, by links only
            (expressions[ordered[index - 1]].mention.tokens.upperBound..<start(ordered[index])).allSatisfy {
                groupLinks.contains($0, in: text)
            }
        }
        func distance(_ group: Range<Int>) -> Int {
            let first = start(ordered[group.lowerBound])
            let last = expressions[ordered[group.upperBound - 1]].mention.tokens.upperBound
            return token < first ? first - token : token >= last ? token - last + 1 : 0
        }
        var nearest: (group: Range<Int>, distance: Int)?
        var groupStart = ordered.startIndex
        for end in (ordered.startIndex + 1)...ordered.endIndex where end == ordered.endIndex || !joined(end) {
            let group = groupStart..<end, groupDistance = distance(group)
            if nearest.map({ groupDistance < $0.distance }) ?? true { nearest = (group, groupDistance) }
            groupStart = end
        }
        return nearest!.group
    }

    /// What may stand between two coordinated expressions of a group.
    static let groupLinks: WordSet = ["et", ",", "ou", "puis"]

    /// The expression that makes a group of a single day precise, among the clause's others on
    /// that day: "hier, vers 21 h 45" is dated 21:45 of that day; both expressions date it, the
    /// finer first. Expressions are indices of `expressions`.
    static func finer(than single: Int, among others: some Sequence<Int>,
                      of expressions: [TemporalExpression]) -> Int? {
        let value = expressions[single].value
        guard let day = value.start else { return nil }
        // The finest; the first of the finest on a tie (as `max` gives it).
        var finest: Int?
        for index in others {
            let other = expressions[index].value
            guard other.start == day, other.end == value.end, other.granularity > value.granularity else { continue }
            if finest.map({ other.granularity > expressions[$0].value.granularity }) ?? true { finest = index }
        }
        return finest
    }

    /// The latest dated consultation an expression like "cet entretien" points back to, read in
    /// the clause's tokens, then in those of the verbless phrase before it.
    static func anaphoricAntecedent(
        in tokens: Range<Int>, after before: Range<Int>?, text: TokenizedText, grammar: any EventGrammar,
        clauses: [DatedClause]
    ) -> Int? {
        func antecedent(in range: Range<Int>) -> Int? {
            // The grammar reads the range (asked token by token, through the existential, each
            // call copied the grammar: 70 instructions a word).
            var from = range.lowerBound
            while let (index, type) = grammar.anaphoricWord(in: from..<range.upperBound, of: text) {
                if let found = clauses.lastIndex(where: {
                    $0.when != nil && $0.trigger.map { sameFamily(type, $0.type) } == true
                }) {
                    return found
                }
                from = index + 1
            }
            return nil
        }
        // The two ranges searched in turn (an array of them was allocated at each call).
        return antecedent(in: tokens) ?? before.flatMap(antecedent(in:))
    }

    /// Whether an anaphoric word of type `type` may point back to an event of type `other`: any
    /// consultation to any other ("cet entretien" to a call or a visit), else the same type.
    static func sameFamily(_ type: EventType, _ other: EventType) -> Bool {
        func isConsultation(_ type: EventType) -> Bool {
            switch type {
            case .call, .meeting, .visit, .hosting, .negotiation: true
            default: false
            }
        }
        return isConsultation(type) ? isConsultation(other) : other == type
    }
}

/// The dated clauses of an article, in order, with the expressions around and in them.
public struct DatedClauses: Sendable {
    public var clauses: [DatedClause]
    /// The expressions that date the clauses, by their index among the tagged article's
    /// `expressions`: each clause's a run (`DatedClause.timexRun`).
    public var timexIndices: [Int]
    /// The tokens of the temporal expressions in or just before the clauses: each clause's a run
    /// (`DatedClause.contextRun`).
    public var contextTokens: [Range<Int>]

    /// The expressions that date a clause (several when coordinated: "lundi et mardi").
    public func timexIndices(of clause: DatedClause) -> ArraySlice<Int> { timexIndices[clause.timexRun] }

    /// The tokens of the temporal expressions in or just before a clause (left out of its headline).
    public func context(of clause: DatedClause) -> ArraySlice<Range<Int>> { contextTokens[clause.contextRun] }
}

/// A clause with its trigger, if any, and its date: nothing to retain or release (see
/// `DatedClauses` for its expressions).
public struct DatedClause: Sendable {
    public var clause: Clause
    public var sentence: Sentence
    public var trigger: Trigger?
    /// Index, among the article's dated clauses, of the governing clause.
    public var governor: Int?
    /// Where the clause's context lies in `DatedClauses.contextTokens`.
    public var contextRun: Range<Int>
    /// Where the expressions that date the clause lie in `DatedClauses.timexIndices`.
    public var timexRun: Range<Int>
    public var when: TimeValue?
    /// Index of the clause whose date this one took, if it did.
    public var inheritedFrom: Int?
}
