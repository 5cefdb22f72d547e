/// Turns a tagged article into its events: one per clause that reports a happening.
///
/// Each event takes its clause's date (see `ClauseDater`), its participants from the
/// clause, and a headline built from the clause.
public struct EventExtractor: Sendable {
    public init() {}

    public func events(in tagged: TaggedArticle) -> [Event] { events(in: [tagged])[0] }

    /// `events(in:)` of each article, pass by pass (the participants of every article, their verb
    /// forms, their clauses, the clauses' dates, then their events), as `Tagger.tag(_:)` tags several.
    public func events(in articles: [TaggedArticle]) -> [[Event]] {
        let grammars = articles.map { LanguagePacks.pack(for: $0.article.language).eventGrammar }
        let participants = articles.indices.map { grammars[$0].participants(in: articles[$0].text) }
        let verbLemmas = articles.indices.map { grammars[$0].verbLemmas(in: articles[$0].text) }
        let clauses = articles.indices.map { grammars[$0].clauses(in: articles[$0].text, verbLemmas: verbLemmas[$0]) }
        let datings = articles.indices.map {
            ClauseDater().datedClauses(in: articles[$0], grammar: grammars[$0], verbLemmas: verbLemmas[$0], clauses: clauses[$0])
        }
        return articles.indices.map {
            events(in: articles[$0], grammar: grammars[$0], participants: participants[$0], dating: datings[$0])
        }
    }

    private func events(
        in tagged: TaggedArticle, grammar: any EventGrammar, participants: [Participant], dating: DatedClauses
    ) -> [Event] {
        let text = tagged.text
        let clauses = dating.clauses
        let expressions = tagged.expressions
        // Participants come in text order (`EventGrammar.participants`): those that start in a
        // clause are a run of them, found by binary search.
        assert(zip(participants, participants.dropFirst()).allSatisfy { $0.tokens.lowerBound < $1.tokens.lowerBound })
        let starts = participants.map(\.tokens.lowerBound)
        func run(of tokens: Range<Int>) -> Range<Int> {
            func firstStart(atLeast token: Int) -> Int {
                var (low, high) = (0, starts.count)
                while low < high {
                    let middle = (low + high) / 2
                    if starts[middle] < token { low = middle + 1 } else { high = middle }
                }
                return low
            }
            let first = firstStart(atLeast: tokens.lowerBound)
            return first..<max(first, firstStart(atLeast: tokens.upperBound))
        }
        // Each dated clause read where it lies (an element of the array is a copy of it, its
        // expressions' strings retained and released). What the loop keeps are locals of the
        // closure: variables a closure or local function captures are checked for exclusive
        // access at each use.
        return clauses.withUnsafeBufferPointer { clauses in
            var events: [Event] = []
            // One per clause with a trigger, made room for at once (grown one by one, the array
            // was copied three or four times an article).
            events.reserveCapacity(clauses.reduce(0) { $0 + ($1.trigger == nil ? 0 : 1) })
            // Participants are handled by their index (a copy retains each of their strings); by
            // clause position: its event's index, its subject.
            var eventOfClause = [Int?].filled(with: nil, count: clauses.count)
            var subjectOfClause = [Int?].filled(with: nil, count: clauses.count)
            // Each participant's display name, made once ("Nasser Bourita (ministre)").
            var displays = DisplayNames(of: participants)
            // The events of one sentence share its text, held once (clauses come in sentence order).
            var lastSentence: (start: Int, span: TextSpan)?
            // A clause's actors, by index among `participants`: one array, emptied for each clause
            // (filtered afresh, it was an array made and freed for each event).
            var actors: [Int] = []
            actors.reserveCapacity(8)
            for position in clauses.indices {
                let dated = clauses.baseAddress! + position
                guard let trigger = dated.pointee.trigger else { continue }
                let clause = dated.pointee.clause
                let inClause = run(of: clause.tokens)
                actors.removeAll(keepingCapacity: true)
                for index in inClause where !participants[index].isLocative && participants[index].kind != .place {
                    actors.append(index)
                }
                // The subject stands just before the verb group ("Nasser Bourita a reçu"); a relative
                // "qui" stands for the name before it; a pronoun or a left-out subject is the governor's.
                let antecedent = grammar.subjectIsAntecedent(clause, in: text) ? participants.indices.last {
                    participants[$0].tokens.upperBound <= clause.tokens.lowerBound
                        && (participants[$0].tokens.upperBound..<clause.tokens.lowerBound).allSatisfy { text.isFolded($0, ",") }
                } : nil
                let subject = actors.last {
                    participants[$0].tokens.upperBound <= trigger.groupStart
                        && (participants[$0].tokens.upperBound..<trigger.groupStart).allSatisfy {
                            grammar.mayStandBetweenSubjectAndVerb(at: $0, in: text)
                        }
                } ?? antecedent
                    ?? (grammar.takesGovernorSubject(clause, in: text) ? dated.pointee.governor.flatMap { subjectOfClause[$0] } : nil)
                if let subject, !actors.contains(where: { $0 == subject || participants[$0].name == participants[subject].name }) {
                    actors.insert(subject, at: 0)
                }
                subjectOfClause[position] = subject
                var places: [String] = []
                for index in inClause where participants[index].isLocative || participants[index].kind == .place {
                    places.append(participants[index].name)
                }
                let sentence = dated.pointee.sentence
                let sentenceSpan: TextSpan
                if let lastSentence, lastSentence.start == sentence.tokens.lowerBound {
                    sentenceSpan = lastSentence.span
                } else {
                    sentenceSpan = span(sentence.tokens, in: text)
                    lastSentence = (sentence.tokens.lowerBound, sentenceSpan)
                }
                var actorNames: [String] = []
                actorNames.reserveCapacity(actors.count)
                for actor in actors { actorNames.append(displays.name(actor)) }
                events.append(Event(
                    idNumber: Int32(events.count + 1), document: tagged.article.id,
                    trigger: span(trigger.token..<(trigger.token + 1), in: text),
                    eventClass: trigger.eventClass, type: trigger.type, when: dated.pointee.when,
                    // Read in place, by index: an element passed whole is a copy of the expression.
                    timexes: dating.timexIndices(of: dated.pointee).lazy.map {
                        TextSpan(start: expressions[$0].mention.range.lowerBound,
                                 end: expressions[$0].mention.range.upperBound, text: expressions[$0].mention.text)
                    },
                    inheritedFrom: dated.pointee.inheritedFrom.flatMap { eventOfClause[$0] }.map { events[$0].id },
                    actors: unique(actorNames), places: unique(places),
                    headline: Headline.make(clause: clause, trigger: trigger, subject: subject, among: participants,
                                            timexTokens: dating.context(of: dated.pointee), in: text),
                    sentence: sentenceSpan))
                var previous: ParticipantRole?
                // In text order (most events have one actor or none: nothing to sort).
                let ordered = actors.count < 2
                    ? actors : actors.sorted { participants[$0].tokens.lowerBound < participants[$1].tokens.lowerBound }
                for actor in ordered {
                    var role = grammar.role(of: actor, subject: subject, among: participants, trigger: trigger, in: text)
                    // "avec X et Y": a name joined to the one before shares its role.
                    if role == .other, let previous, grammar.isCoordinated(actor, among: participants, in: text) { role = previous }
                    events[events.count - 1].setRole(role, of: displays.name(actor))
                    previous = role
                }
                eventOfClause[position] = events.count - 1
            }
            return events
        }
    }

    /// Participants' display names ("Nasser Bourita (ministre)"), each made once, in storage of
    /// its own size.
    private struct DisplayNames {
        let participants: [Participant]
        var made: [String?]

        init(of participants: [Participant]) {
            self.participants = participants
            made = .filled(with: nil, count: participants.count)
        }

        mutating func name(_ index: Int) -> String {
            if let name = made[index] { return name }
            // A bare name is a run of the body's bytes made into a string (or a gazetteer's
            // literal), already in storage of its own size: copied again, it cost 600 instructions
            // for nothing. A display with its title is written at once into storage of its size.
            let name = participants[index].display
            made[index] = name
            return name
        }
    }

    func span(_ tokens: Range<Int>, in text: TokenizedText) -> TextSpan {
        TextSpan(start: text.tokens[tokens.lowerBound].start, end: text.tokens[tokens.upperBound - 1].end,
                 text: text.text(fromToken: tokens.lowerBound, toToken: tokens.upperBound - 1))
    }

    /// The names in order, each once (a clause names a handful: comparing beats hashing).
    func unique(_ names: [String]) -> [String] {
        guard names.count > 1 else { return names }  // most events: one name or none
        var result: [String] = []
        result.reserveCapacity(names.count)
        for name in names where !result.contains(name) { result.append(name) }
        return result
    }
}

extension EventExtractor {
    /// With more than one job, builds the language tables extraction reads on up to `jobs`
    /// threads, before any article: the first articles would build them one after another, the
    /// other threads waiting. With one, nothing: the first article builds what it reads.
    public static func prepare(jobs: Int) {
        guard jobs > 1 else { return }
        _ = Parallel.map(French.tableBuilds, jobs: jobs) { $0() }
    }
}
