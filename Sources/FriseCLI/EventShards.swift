import Foundation
import Frise

/// The reduce side of a distributed chronology: the events that `frise events` wrote, read
/// back into a `ChronologyBuilder` (`frise timeline --events`).
enum EventShards {
    /// Adds every article and event of the files under `paths` to `builder`, each article once,
    /// in the order of their first line; reports each bad line on standard error and, at the
    /// end, how many failed; returns that number.
    ///
    /// The chronology built then is the one a single run over the articles would build: the
    /// lines carry each article's document date and reference day (`EventLine`).
    static func read(_ paths: [String], maxLineBytes: Int, jobs: Int, into builder: inout ChronologyBuilder) -> Int {
        Interruption.install()
        var tally = InputTally()
        var order: [String] = []
        var documents: [String: DocumentInfo] = [:]
        var events: [String: [Event]] = [:]
        EventLineReader(maxLineBytes: maxLineBytes).read(paths: paths, jobs: jobs) { result in
            switch result {
            case .success(let record):
                tally.succeeded += 1
                let id = record.document.id
                if documents[id] == nil {
                    documents[id] = record.document
                    order.append(id)
                }
                if let event = record.event { events[id, default: []].append(event) }
            case .failure(let failure):
                tally.failed += 1
                Diagnostics.report(failure.description)
            }
        }
        // Taken out of the table, each array is the builder's alone: its events move, not copied.
        for id in order { builder.add(events.removeValue(forKey: id) ?? [], of: documents[id]!) }
        if tally.failed > 0 { Diagnostics.report(tally.description.replacingOccurrences(of: "input", with: "line")) }
        return tally.failed
    }
}
