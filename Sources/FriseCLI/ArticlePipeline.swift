import Dispatch
import Foundation
import Frise

/// Reads articles in order, processes them on `jobs` workers, and hands the results on in
/// input order: the output is the same, byte for byte, whatever the number of workers.
///
/// With one job, reading files, everything runs on the calling thread, one article at a time.
/// With more, or from standard input, a reader thread fills a bounded queue (`ArticleQueue`)
/// with inputs, JSON Lines left unparsed (`ArticleReader.readInputs`), and the calling thread
/// works batch by batch: it takes what the queue holds *now*, up to `64 × jobs` inputs (waiting
/// only when it is empty), and starts them on the workers (`Parallel.start`: `jobs - 1` threads
/// besides it), which parse and process each; while they run, it takes its share of the
/// previous batch's articles that are left (and, while the workers finish that batch's last
/// ones, articles of the new batch), then hands that batch's results on in order and ends it,
/// and it does so at once when no next batch is ready. A single line arriving on a
/// pipe is therefore answered as soon as it is processed, and at most four batches' worth of
/// articles are held at once, so `frise tag` streams.
///
/// Parsing on the workers, not on the reader: the one reader thread parsing every line (an
/// eighth of `frise tag`) would cap the run, however many cores process the articles.
struct ArticlePipeline {
    var reader: ArticleReader
    var paths: [String]
    var jobs: Int
    var progress: ProgressMeter

    /// Articles processed together per worker.
    static let articlesPerJob = 64

    /// Articles handed to `process` together, at most this many and about `groupBytes` of text:
    /// the library tags them and extracts their events pass by pass (`Tagger.tag(_:)`), each
    /// pass's code kept in the core's caches over the group rather than fetched again for every
    /// article. `frise timeline` on the bench's 10 MB (news of about 1 KB an article), one job,
    /// twenty runs alternated, medians: groups of 1 (article by article) 855 ms, 8 772 ms, 32
    /// 697 to 757 ms, 64 678 ms, 128 674 ms (docs/performance-log.md).
    static let articlesPerGroup = 64

    /// The text a group holds at most, unless its one article holds more: an article's tokens take
    /// 64 bytes for every five or six bytes of its text, and 64 articles of a megabyte would hold
    /// more than a gigabyte of them at once.
    static let groupBytes = 64 << 10

    /// Cuts articles, in input order, into groups of at most `limit` (and `articlesPerGroup`)
    /// articles and `groupBytes` of text, unless one article holds more.
    struct GroupCut {
        let limit: Int
        private var count = 0, bytes = 0

        init(limit: Int = ArticlePipeline.articlesPerGroup) { self.limit = min(max(limit, 1), ArticlePipeline.articlesPerGroup) }

        /// Whether the next article, of `byteCount` bytes of text, starts a new group (the one
        /// before it is full).
        mutating func startsGroup(_ byteCount: Int) -> Bool {
            let starts = count > 0 && (count == limit || bytes + byteCount > ArticlePipeline.groupBytes)
            if starts { (count, bytes) = (0, 0) }
            count += 1
            bytes += byteCount
            return starts
        }
    }

    /// Runs the pipeline; returns how many inputs were read and how many failed.
    ///
    /// - `prepare` runs once, on the calling thread, before any article is processed and once
    ///   the reader thread (if any) has started: what every article needs (tables) is built
    ///   while the first articles are read;
    /// - `admit` may rename an article (and do nothing else), in input order, on the calling
    ///   thread; with several jobs it runs once the article is processed, which is processed
    ///   again, there, in the rare case that it renames it;
    /// - `process` runs on the workers, on groups of up to `articlesPerGroup` articles in input
    ///   order, and returns an output for each;
    /// - `body` receives each result, and `failure` each unreadable input, in input order;
    /// - `endOfBatch` runs after each batch (after each article with one job reading files): the
    ///   time to flush. It is told whether the pipeline is about to wait for input (none is read
    ///   and not processed yet): a stream's answers are due then.
    func run<Output: Sendable>(
        prepare: () -> Void = {},
        admit: (Article) -> Article,
        process: @escaping @Sendable ([Article]) -> [Output],
        body: (consuming Output) throws -> Void,
        failure: (ArticleReadError) -> Void,
        endOfBatch: (_ inputWaits: Bool) throws -> Void
    ) throws -> InputTally {
        var tally = InputTally()
        // Standard input goes through the reader thread whatever the jobs: the queue then tells
        // when no input is there, however the bytes come (half a line waits in the reader).
        if jobs <= 1, !paths.contains("-") {
            prepare()
            var group: [Article] = []
            var cut = GroupCut()
            func processGroup() throws {
                guard !group.isEmpty else { return }
                // Each output moved out of the array straight into `body` (see `handOn` below; bound
                // to a name on the way, it was held there while `body` ran: one copy too many).
                var outputs = process(group)
                group.removeAll(keepingCapacity: true)
                outputs.reverse()
                while !outputs.isEmpty {
                    try body(outputs.removeLast())
                    try endOfBatch(false)
                }
            }
            try reader.read(paths: paths) { (result: Result<Article, ArticleReadError>) throws in
                switch result {
                case .success(let article):
                    tally.succeeded += 1
                    progress.advance(bytes: article.bodyUTF8.count)
                    if cut.startsGroup(article.bodyUTF8.count) { try processGroup() }
                    group.append(admit(article))
                case .failure(let error):
                    // The articles before it are handed on first: outputs and failures in input order.
                    try processGroup()
                    tally.failed += 1
                    failure(error)
                }
            }
            try processGroup()
            return tally
        }
        let batchSize = Self.articlesPerJob * jobs
        let queue = ArticleQueue(capacity: 2 * batchSize)
        let thread = Thread { [reader, paths] in
            do throws(ArticleQueue.Cancelled) {
                try reader.readInputs(paths: paths) { (input) throws(ArticleQueue.Cancelled) in try queue.put(input) }
            } catch {}
            queue.finish()
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { queue.cancel() }
        // Started first, the reader opens the input and fills the queue meanwhile (a thread's
        // start and its first memory cost: the first batch waited up to 9 ms for it, the
        // workers idle).
        prepare()
        // While the workers process a batch, the calling thread hands on the results of the one
        // before (`body` may cost: `frise timeline` files every event). It hands them on at
        // once when no next batch is ready, so an answer never waits for the next line.
        var pending: Parallel.Running<[Processed<Output>]>?
        func handOn(inputWaits: Bool, helping later: Parallel.Running<[Processed<Output>]>? = nil) throws {
            guard let running = pending else { return }
            pending = nil
            // Each output taken out of its slot, straight into `body`: it is then its only holder
            // (a copy held here would make each of `body`'s changes to it copy its arrays).
            var groups = running.results(helping: later)
            for group in groups.indices {
                for index in groups[group].indices {
                    if let error = groups[group][index].failure {
                        tally.failed += 1
                        failure(error)
                    } else if let article = groups[group][index].article {
                        tally.succeeded += 1
                        progress.advance(bytes: article.bodyUTF8.count)
                        let admitted = admit(article)
                        // (Moved out of the optional, not read from an array that still holds it.)
                        var output = admitted.id == article.id ? groups[group][index].output.take() : process([admitted]).first
                        try body(output.take()!)
                    }
                }
            }
            try endOfBatch(inputWaits)
        }
        while true {
            if queue.wouldWait { try handOn(inputWaits: true) }
            guard let batch = queue.take(upTo: batchSize) else { break }
            // The inputs in groups, each parsed and processed by one worker: two a worker at least,
            // so that one that finishes early has another to take.
            var cut = GroupCut(limit: (batch.count + 2 * jobs - 1) / (2 * jobs))
            let starts = [0] + batch.indices.filter { cut.startsGroup(batch[$0].byteCount) } + [batch.count]
            let groups = starts.indices.dropLast().map { batch[starts[$0]..<starts[$0 + 1]] }
            let running = Parallel.start(groups, jobs: jobs) { (inputs) -> [Processed<Output>] in
                var processed = inputs.map { (input) -> Processed<Output> in
                    switch input.resolved() {
                    case .success(let article): Processed(article: article)
                    case .failure(let error): Processed(failure: error)
                    }
                }
                var outputs = process(processed.compactMap(\.article))
                outputs.reverse()
                for index in processed.indices where processed[index].article != nil {
                    processed[index].output = outputs.popLast()
                }
                return processed
            }
            try handOn(inputWaits: false, helping: running)
            pending = running
        }
        try handOn(inputWaits: true)
        return tally
    }

    /// What a worker makes of an input: the article (for `admit`) and its output, or the failure.
    private struct Processed<Output: Sendable>: Sendable {
        var article: Article?
        var output: Output?
        var failure: ArticleReadError?
    }
}

/// The articles read and not yet processed, in input order, between the reader thread and the
/// calling thread.
///
/// Bounded by a number of articles and by their bytes (at least one article is always let in):
/// the reader waits while the queue is full.
final class ArticleQueue: @unchecked Sendable {
    // Sendable: every stored property is read and written under `condition`.
    typealias Item = ArticleInput

    /// The calling thread stopped early (an output failed): the reader stops too.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    /// The items, those before `head` already taken (moved out, not copied: nil is left).
    private var items: [Item?] = []
    private var head = 0
    private var bytes = 0
    private var finished = false
    private var cancelled = false
    private let capacity: Int
    private let byteCapacity: Int

    init(capacity: Int, byteCapacity: Int = 256 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    /// Adds an item, waiting while the queue is full.
    func put(_ item: Item) throws(Cancelled) {
        let size = Self.size(of: item)
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, items.count - head > 0, items.count - head >= capacity || bytes + size > byteCapacity {
            condition.wait()
        }
        if cancelled { throw Cancelled() }
        items.append(item)
        bytes += size
        condition.broadcast()
    }

    /// What the queue holds now, up to `limit` items; waits while it is empty; nil at the end.
    /// Whether `take` would wait now: nothing is queued and the reader is not done.
    var wouldWait: Bool {
        condition.lock()
        defer { condition.unlock() }
        return items.count == head && !finished
    }

    func take(upTo limit: Int) -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head, !finished { condition.wait() }
        guard items.count > head else { return nil }
        let end = min(items.count, head + limit)
        var batch: [Item] = []
        batch.reserveCapacity(end - head)
        for index in head..<end {
            let item = items[index].take()!
            bytes -= Self.size(of: item)
            batch.append(item)
        }
        head = end
        if head == items.count || head > 4096 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return batch
    }

    /// The reader is done.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The calling thread is done: a waiting reader stops.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private static func size(of item: Item) -> Int { item.byteCount }
}
