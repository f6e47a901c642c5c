import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libyaml's parser running on a thread of its own, handing its events over in batches, so that
/// scanning the text (libyaml) and building nodes (the composer) overlap: on a 1 MB compose file
/// each is about half of the load.
///
/// At most `maximumQueued` batches wait at a time, so memory stays bounded however far the
/// parser runs ahead.
final class YAMLEventStream: @unchecked Sendable {
    /// Events read in a row; their memory is libyaml's until the batch is freed.
    final class Batch {
        static let capacity = 256
        let events = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: capacity)
        var count = 0

        deinit {
            clear()
            events.deallocate()
        }

        /// Frees the events, leaving room for new ones.
        func clear() {
            for index in 0..<count { yaml_event_delete(events + index) }
            count = 0
        }
    }

    static let maximumQueued = 64

    private var queue: [Batch] = []
    /// Batches the consumer is done with, for the producer to free and fill again: libyaml's
    /// memory is then freed by the thread that took it, and reused while it is still in cache.
    private var spent: [Batch] = []
    private var head = 0
    private var isComplete = false
    private var isCancelled = false
    /// Why the parser stopped before the end of the stream, if it did.
    private(set) var problem: YAMLProblem?
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        changed.initialize(to: pthread_cond_t())
        pthread_cond_init(changed, nil)
        queue.reserveCapacity(Self.maximumQueued)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    /// The producer: parses until the end of the stream, an error (kept in `problem`) or
    /// cancellation.
    func produce(_ parser: UnsafeMutablePointer<yaml_parser_t>, syntaxProblem: (yaml_parser_t) -> YAMLProblem) {
        var batch = Batch()
        var failure: YAMLProblem?
        while true {
            let event = batch.events + batch.count
            guard yaml_parser_parse(parser, event) == 1 else {
                failure = syntaxProblem(parser.pointee)
                break
            }
            batch.count += 1
            if event.pointee.type == YAML_STREAM_END_EVENT { break }
            if batch.count == Batch.capacity {
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
            while head == queue.count && !isComplete { pthread_cond_wait(changed, mutex) }
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
            while queue.count - head >= Self.maximumQueued && !isCancelled { pthread_cond_wait(changed, mutex) }
            guard !isCancelled else { return false }
            queue.append(batch)
            return true
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer {
            pthread_cond_broadcast(changed)
            pthread_mutex_unlock(mutex)
        }
        return body()
    }
}
