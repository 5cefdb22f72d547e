/// Writes a chronology as one self-contained HTML page: a time axis and the events.
///
/// The page needs nothing else: the CSS and the SVG axis are inline, there is no
/// script, and a Content-Security-Policy (`default-src 'none'`) forbids any
/// network load. It shows:
/// - a legend of the event types present, each with its colour;
/// - an SVG axis with one row per type, each event a mark over the days it covers;
///   estimated dates are drawn dashed, inferred ones lighter; a mark links to its card;
/// - the events as cards in chronology order: date (with its certainty), type,
///   headline, participants, places, and for each source a `<details>` holding the
///   sentence, trigger and dating expressions highlighted, linked to the document;
/// - the events without a calendar date, then the source documents.
///
/// Every piece of article text is escaped. The markup is also well-formed XML
/// (void elements closed, no named entities), so XML tools can read it.
///
/// ```swift
/// let page = HTMLExporter().render(chronology)
/// ```
public struct HTMLExporter: Sendable {
    public init() {}

    public func render(_ chronology: Chronology) -> String {
        let dated = chronology.events.filter { $0.when?.start != nil && $0.when?.end != nil }
        let undated = chronology.events.filter { $0.when?.start == nil || $0.when?.end == nil }
        let title = chronology.documents.count == 1 ? chronology.documents[0].title ?? "Chronologie" : "Chronologie"
        var out = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
            <meta name="generator" content="Frise"/>
            <title>\(HTMLText.escape(title))</title>
            <style>\(HTMLStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="summary">\(HTMLText.escape(summary(chronology, dated: dated)))</p>
            \(legend(chronology.events))
            </header>
            <main>

            """
        if !dated.isEmpty {
            out += "<section class=\"axis\" aria-label=\"Axe du temps\">\n"
            out += HTMLTimelineAxis(events: dated).svg
            out += "</section>\n"
            out += "<section>\n<h2>Événements datés</h2>\n<ol class=\"events\">\n"
            for event in dated { out += card(event) }
            out += "</ol>\n</section>\n"
        }
        if !undated.isEmpty {
            out += "<section>\n<h2>Sans date dans le texte</h2>\n<ol class=\"events undated\">\n"
            for event in undated { out += card(event) }
            out += "</ol>\n</section>\n"
        }
        out += documents(chronology.documents)
        out += "</main>\n<footer>Chronologie produite par Frise à partir des textes cités.</footer>\n</body>\n</html>\n"
        return out
    }

    /// `18 événements (12 datés) tirés de 1 article, du 6 janvier 2023 au 1 février 2023.`
    private func summary(_ chronology: Chronology, dated: [Event]) -> String {
        let count = chronology.events.count, articles = chronology.documents.count
        var text = "\(count) événement\(count == 1 ? "" : "s") (\(dated.count) daté\(dated.count == 1 ? "" : "s")) "
            + "tiré\(count == 1 ? "" : "s") de \(articles) article\(articles == 1 ? "" : "s")"
        if let first = dated.compactMap({ $0.when?.start }).min(), let last = dated.compactMap({ $0.when?.end }).max() {
            text += first == last
                ? ", le \(FrenchLabels.dayMonthYear(first))"
                : ", du \(FrenchLabels.dayMonthYear(first)) au \(FrenchLabels.dayMonthYear(last))"
        }
        return text + "."
    }

    private func legend(_ events: [Event]) -> String {
        let present = Set(events.map(\.type))
        var html = "<ul class=\"legend\">"
        for type in EventType.allCases where present.contains(type) {
            html += "<li class=\"t-\(type.rawValue)\"><span class=\"swatch\"></span>"
                + "\(FrenchLabels.name(of: type))</li>"
        }
        html += "<li class=\"key\"><span class=\"swatch solid\"></span>date écrite</li>"
        html += "<li class=\"key\"><span class=\"swatch dashed\"></span>date estimée</li>"
        return html + "</ul>"
    }

    /// One event as a list item.
    private func card(_ event: Event) -> String {
        let certainty = event.when?.certainty.rawValue ?? "none"
        var html = "<li class=\"event t-\(event.type.rawValue) c-\(certainty)\" id=\"\(HTMLText.anchor("ev-", event.id))\">\n"
        html += "<p class=\"date\">\(dateLabel(event.when))</p>\n<div class=\"card\">\n"
        html += "<p class=\"type\">\(FrenchLabels.name(of: event.type))</p>\n"
        html += "<h3>\(HTMLText.escape(event.headline))</h3>\n"
        if !event.actors.isEmpty {
            html += "<p class=\"who\"><b>Participants :</b> \(HTMLText.escape(event.actors.joined(separator: ", ")))</p>\n"
        }
        if !event.places.isEmpty {
            html += "<p class=\"where\"><b>Lieux :</b> \(HTMLText.escape(event.places.joined(separator: ", ")))</p>\n"
        }
        for source in event.sources { html += evidence(source) }
        return html + "</div>\n</li>\n"
    }

    /// The date column: the date in words, with its certainty when not explicit.
    private func dateLabel(_ when: TimeValue?) -> String {
        guard let when else { return "<span class=\"nodate\">sans date</span>" }
        guard let start = when.start, let phrase = FrenchLabels.phrase(when) else {
            return "<span class=\"nodate\">\(HTMLText.escape(when.value))</span>"
        }
        let text = phrase.hasPrefix("le ") ? String(phrase.dropFirst(3)) : phrase
        var html = "<time datetime=\"\(start)\">\(HTMLText.escape(text))</time>"
        switch when.certainty {
        case .estimated: html += " <span class=\"certainty\">estimée</span>"
        case .inferred: html += " <span class=\"certainty\">déduite</span>"
        case .explicit: break
        }
        return html
    }

    /// A source's sentence, with its trigger and dating expressions marked, and its document.
    private func evidence(_ source: EventSource) -> String {
        let documentLink = "<a href=\"#\(HTMLText.anchor("doc-", source.document))\">\(HTMLText.escape(source.document))</a>"
        var html = "<details><summary>Source : \(documentLink), position \(source.sentence.start)</summary>\n"
        html += "<blockquote>\(highlighted(source))</blockquote>\n</details>\n"
        return html
    }

    /// The sentence, escaped, with `<mark>` around the trigger and the temporal expressions.
    private func highlighted(_ source: EventSource) -> String {
        let sentence = source.sentence
        var text = sentence.text
        return text.withUTF8 { bytes in
            // Where each scalar starts in the UTF-8, and where the last ends.
            var starts: [Int] = []
            starts.reserveCapacity(bytes.count + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
            let count = starts.count
            starts.append(bytes.count)
            var marks = [(source.trigger.start, source.trigger.end, "trigger")]
                + source.timexes.map { ($0.start, $0.end, "timex") }
            marks = marks.map { ($0.0 - sentence.start, $0.1 - sentence.start, $0.2) }
                .filter { $0.0 >= 0 && $0.1 <= count && $0.0 < $0.1 }
                .sorted { $0.0 < $1.0 }
            var html: [UInt8] = []
            func append(_ range: Range<Int>) { html += HTMLText.escaped(bytes[starts[range.lowerBound]..<starts[range.upperBound]]) }
            var position = 0
            for (start, end, kind) in marks where start >= position {
                append(position..<start)
                html += "<mark class=\"\(kind)\">".utf8
                append(start..<end)
                html += "</mark>".utf8
                position = end
            }
            append(position..<count)
            return String(decoding: html, as: UTF8.self)
        }
    }

    private func documents(_ documents: [DocumentInfo]) -> String {
        var html = "<section class=\"documents\">\n<h2>Sources</h2>\n<ul>\n"
        for document in documents {
            html += "<li id=\"\(HTMLText.anchor("doc-", document.id))\"><b>\(HTMLText.escape(document.id))</b>"
            if let title = document.title { html += " — \(HTMLText.escape(title))" }
            html += " · daté \(document.date)"
            if document.date.precision != .day && document.date.precision != .minute {
                html += " (jour de publication estimé : \(FrenchLabels.dayMonthYear(document.referenceDay)))"
            }
            if let href = Self.link(to: document.source) {
                html += " · <a href=\"\(HTMLText.escape(href))\">\(HTMLText.escape(document.source))</a>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// A link to where a document came from: a web address as is, a path percent-encoded
    /// (relative paths stay relative); nil for standard input.
    static func link(to source: String) -> String? {
        if source == "-" || source.isEmpty { return nil }
        if source.hasPrefix("https://") || source.hasPrefix("http://") { return source }
        var href = ""
        for byte in source.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                href.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                href += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return href
    }
}

extension String {
    /// The string padded on the left with zeros to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
