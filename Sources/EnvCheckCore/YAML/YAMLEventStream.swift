import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libyaml's parser running on a thread of its own, handing its events over in batches (copied
/// out of libyaml, see `YAMLEventBatch`), so that scanning the text (libyaml) and building nodes
/// (the composer) overlap: on a 1 MB compose file each is about half of the load.
///
/// At most `maximumQueued` batches wait at a time, so memory stays bounded however far the
/// parser runs ahead.
final class YAMLEventStream: @unchecked Sendable {
    typealias Batch = YAMLEventBatch

    static let maximumQueued = 64

    private var queue: [Batch] = []
    /// Batches the consumer is done with, for the producer to fill again (their memory is
    /// still in cache).
    private var spent: [Batch] = []
    private var head = 0
    private var isComplete = false
    private var isCancelled = false
    /// Why the parser stopped before the end of the stream, if it did.
    private(set) var problem: YAMLProblem?
    private let mutex = PosixMutex()
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// A stream with `preparedBatches` empty batches made up front on the calling thread (the
    /// parser's first batches, see `YAMLParseAhead`).
    init(preparedBatches: Int = 0) {
        spent = (0..<preparedBatches).map { _ in Batch() }
        changed.initialize(to: pthread_cond_t())
        pthread_cond_init(changed, nil)
        queue.reserveCapacity(Self.maximumQueued)
    }

    deinit {
        pthread_cond_destroy(changed)
        changed.deallocate()
    }

    /// The producer: parses until the end of the stream, an error (kept in `problem`) or
    /// cancellation.
    func produce(_ parser: UnsafeMutablePointer<yaml_parser_t>, syntaxProblem: (yaml_parser_t) -> YAMLProblem) {
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        var batch = reuse() ?? Batch()
        var failure: YAMLProblem?
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                failure = syntaxProblem(parser.pointee)
                break
            }
            let isEnd = event.pointee.type == YAML_STREAM_END_EVENT
            batch.append(YAMLEvent(event.pointee))
            yaml_event_delete(event)
            if isEnd { break }
            if batch.isFull {
                guard push(batch) else { return }
                batch = reuse() ?? Batch()
            }
        }
        _ = push(batch)
        locked {
            problem = failure
            isComplete = true
        }
    }

    /// The consumer: the next batch, in order, or nil once the producer is done and every
    /// batch was taken. `finished` (the previous batch, all read) goes back to the producer.
    func next(after finished: Batch?) -> Batch? {
        locked {
            if let finished, !isComplete { spent.append(finished) }
            while head == queue.count && !isComplete { pthread_cond_wait(changed, mutex.pointer) }
            guard head < queue.count else { return nil }
            let batch = queue[head]
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            }
            return batch
        }
    }

    /// The consumer stops early: the producer ends at its next batch and the waiting batches are
    /// freed.
    func cancel() {
        locked {
            isCancelled = true
            queue.removeAll()
            spent.removeAll()
            head = 0
        }
    }

    /// A batch the consumer is done with, emptied, if there is one.
    private func reuse() -> Batch? {
        guard let batch = locked({ spent.popLast() }) else { return nil }
        batch.clear()
        return batch
    }

    /// Queues a batch, waiting while the queue is full; false once the consumer has cancelled.
    private func push(_ batch: Batch) -> Bool {
        locked {
            while queue.count - head >= Self.maximumQueued && !isCancelled { pthread_cond_wait(changed, mutex.pointer) }
            guard !isCancelled else { return false }
            queue.append(batch)
            return true
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        mutex.withLock {
            defer { pthread_cond_broadcast(changed) }
            return body()
        }
    }
}
