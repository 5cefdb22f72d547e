/// Turns a tagged article into its events: one per clause that reports a happening.
///
/// Dating, in order of preference: the clause's own temporal expressions
/// (coordinated ones joined into a span, the group nearest the trigger); the
/// dates of a fronted phrase or verbless clause just before it; the date of the
/// clause that governs it (relative, complement, coordinate clauses); an
/// anaphoric "cet entretien" pointing back to the latest dated consultation.
/// Otherwise the event is kept undated.
public struct EventExtractor: Sendable {
    public init() {}

    public func events(in tagged: TaggedArticle) -> [Event] {
        let text = tagged.text
        let grammar = LanguagePacks.pack(for: tagged.article.language).eventGrammar
        let participants = grammar.participants(in: text)
        let dated = tagged.expressions.filter { $0.value.start != nil && $0.value.type == .date }
        var events: [Event] = []
        for sentence in text.sentences {
            let clauses = grammar.clauses(of: sentence, in: text)
            var eventOfClause: [Int: Int] = [:]
            var subjectOfClause: [Int: Participant] = [:]
            var pending: [TemporalExpression] = []
            var pendingTokens: Range<Int>?
            for (position, clause) in clauses.enumerated() {
                let own = dated.filter { clause.tokens.contains($0.mention.tokens.lowerBound) }
                // A clause of a word or two ("précise-t-il") reports no happening of its own.
                let words = clause.tokens.filter { text.tokens[$0].kind == .word }.count
                guard words > 2, let trigger = grammar.trigger(in: clause, of: text) else {
                    pending += own
                    pendingTokens = clause.tokens
                    continue
                }
                var when: TimeValue?
                var timexes: [TemporalExpression] = []
                var inherited: String?
                if let group = Self.nearestGroup(own, to: trigger.token, in: text) {
                    timexes = group
                } else if clause.kind != .adjunct, let group = Self.nearestGroup(pending, to: trigger.token, in: text) {
                    timexes = group
                } else if clause.kind != .adjunct, clause.kind != .main, let governor = clause.governor,
                          let index = eventOfClause[governor], events[index].when != nil {
                    when = events[index].when
                    inherited = events[index].id
                } else if let index = Self.anaphoricAntecedent(
                    in: [clause.tokens] + (pendingTokens.map { [$0] } ?? []), text: text, grammar: grammar,
                    events: events) {
                    when = events[index].when
                    inherited = events[index].id
                }
                if !timexes.isEmpty {
                    when = timexes.dropFirst().reduce(timexes[0].value) { $0.union($1.value) }
                }
                let inClause = participants.filter { clause.tokens.contains($0.tokens.lowerBound) }
                var actors = inClause.filter { !$0.isLocative && $0.kind != .place }
                // The subject stands just before the verb group ("Nasser Bourita a reçu"); a clause
                // whose subject is a pronoun or left out takes its governor's.
                let antecedent = grammar.subjectIsAntecedent(clause, in: text) ? participants.last {
                    $0.tokens.upperBound <= clause.tokens.lowerBound
                        && ($0.tokens.upperBound..<clause.tokens.lowerBound).allSatisfy { text.tokens[$0].folded == "," }
                } : nil
                let subject = actors.last {
                    $0.tokens.upperBound <= trigger.groupStart
                        && ($0.tokens.upperBound..<trigger.groupStart).allSatisfy { grammar.mayStandBetweenSubjectAndVerb(at: $0, in: text) }
                } ?? antecedent
                    ?? (grammar.takesGovernorSubject(clause, in: text) ? clause.governor.flatMap { subjectOfClause[$0] } : nil)
                if let subject, !actors.contains(where: { $0.name == subject.name }) { actors.insert(subject, at: 0) }
                subjectOfClause[position] = subject
                let places = inClause.filter { $0.isLocative || $0.kind == .place }
                let number = events.count + 1
                let id = "\(tagged.article.id)-e\(number)"
                events.append(Event(
                    id: id, document: tagged.article.id,
                    trigger: span(trigger.token..<(trigger.token + 1), in: text),
                    eventClass: trigger.eventClass, type: trigger.type, when: when,
                    timexes: timexes.map { TextSpan(start: $0.mention.range.lowerBound, end: $0.mention.range.upperBound,
                                                    text: $0.mention.text) },
                    inheritedFrom: inherited,
                    actors: unique(actors.map(\.display)), places: unique(places.map(\.name)),
                    headline: Headline.make(clause: clause, trigger: trigger, subject: subject,
                                            timexes: own + pending, in: text),
                    sentence: span(sentence.tokens, in: text)))
                eventOfClause[position] = events.count - 1
                if clause.kind != .adjunct {
                    pending = []
                    pendingTokens = nil
                }
            }
        }
        return events
    }

    /// The group of coordinated expressions ("lundi et mardi") nearest the trigger.
    static func nearestGroup(_ expressions: [TemporalExpression], to token: Int, in text: TokenizedText)
        -> [TemporalExpression]?
    {
        var groups: [[TemporalExpression]] = []
        for expression in expressions.sorted(by: { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }) {
            if let last = groups.last?.last,
               (last.mention.tokens.upperBound..<expression.mention.tokens.lowerBound).allSatisfy({
                   ["et", ",", "ou", "puis"].contains(text.tokens[$0].folded)
               }) {
                groups[groups.count - 1].append(expression)
            } else {
                groups.append([expression])
            }
        }
        func distance(_ group: [TemporalExpression]) -> Int {
            let first = group.first!.mention.tokens.lowerBound, last = group.last!.mention.tokens.upperBound
            return token < first ? first - token : token >= last ? token - last + 1 : 0
        }
        return groups.min { distance($0) < distance($1) }
    }

    /// The latest dated consultation an expression like "cet entretien" points back to.
    static func anaphoricAntecedent(
        in ranges: [Range<Int>], text: TokenizedText, grammar: any EventGrammar, events: [Event]
    ) -> Int? {
        let consultations: Set<EventType> = [.call, .meeting, .visit, .hosting, .negotiation]
        for range in ranges {
            for index in range {
                guard let type = grammar.anaphoricEventType(at: index, in: text) else { continue }
                let family: Set<EventType> = consultations.contains(type) ? consultations : [type]
                if let found = events.lastIndex(where: { $0.when != nil && family.contains($0.type) }) {
                    return found
                }
            }
        }
        return nil
    }

    func span(_ tokens: Range<Int>, in text: TokenizedText) -> TextSpan {
        TextSpan(start: text.tokens[tokens.lowerBound].start, end: text.tokens[tokens.upperBound - 1].end,
                 text: text.text(fromToken: tokens.lowerBound, toToken: tokens.upperBound - 1))
    }

    func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
