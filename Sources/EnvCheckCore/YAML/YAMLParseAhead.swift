import CLibYAML

/// A YAML file that libyaml parses on a thread of its own from the moment this is made, handing
/// its events over through a `YAMLEventStream`; `YAMLLoader.load(_:)` composes them.
///
/// `check` makes one for each large compose file before it lints the `.env` files, so that the
/// parse (the larger part of a compose file's load) runs while that work is done. Dropped
/// without being loaded, it stops the parser and waits for its thread.
public final class YAMLParseAhead: @unchecked Sendable {
    /// The file being parsed.
    public let source: SourceFile
    let stream: YAMLEventStream
    /// libyaml reads a copy of the bytes that lives as long as the parser.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var producer: BackgroundThread?

    /// Starts parsing `source` on a new thread; nil when the file is too small for a second
    /// thread to pay off (see `ParallelWork.isWorthwhile`) or no thread can be started.
    public convenience init?(source: SourceFile) {
        guard ParallelWork.isWorthwhile(inputBytes: source.bytes.count) else { return nil }
        self.init(startingOn: source)
    }

    /// Reads the file at `path` and starts parsing it, when it is large enough (see
    /// `init?(source:)`); nil otherwise. A small file is not read here (its size is looked up), so
    /// its loader reads it once; an unreadable one is left to the loader to report.
    public static func start(path: String) -> YAMLParseAhead? {
        guard let size = FileSystem.size(of: path), ParallelWork.isWorthwhile(inputBytes: size),
              let bytes = try? FileSystem.read(path) else { return nil }
        return YAMLParseAhead(source: SourceFile(path: path, bytes: bytes))
    }

    /// Starts parsing `source` on a new thread, whatever its size; nil when no thread (or
    /// parser) can be started.
    init?(startingOn source: SourceFile) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            return nil
        }
        self.source = source
        self.parser = parser
        // Room for the parser to run well ahead (a YAML file has an event for every 11 bytes or
        // so), made here: this thread's heap is warm and huge-paged (`AllocatorTuning`), while a
        // new thread's malloc arena takes a page fault for every 4 KiB it first touches. On the
        // 2,000-service file the parser thread's CPU time drops from ~12.4 to ~11.7 ms.
        let batches = source.bytes.count / (11 * YAMLEventBatch.capacity) + 2
        stream = YAMLEventStream(preparedBatches: min(batches, YAMLEventStream.maximumQueued))
        bytes = .allocate(capacity: max(source.bytes.count, 1))
        _ = bytes.initialize(from: source.bytes)
        yaml_parser_set_input_string(parser, bytes.baseAddress, source.bytes.count)
        let stream = stream
        producer = BackgroundThread.start {
            stream.produce(parser) { YAMLLoader.syntaxProblem($0, source: source) }
        }
        // From here on `deinit` frees the parser and the bytes.
        guard producer != nil else { return nil }
    }

    deinit {
        if let producer {
            stream.cancel()
            producer.join()
        }
        yaml_parser_delete(parser)
        parser.deallocate()
        bytes.deallocate()
    }

    /// Composes the parsed events into `composer`, waiting for the parser as needed. Once only.
    func compose(into composer: inout YAMLComposer) {
        guard let producer else { return }
        defer {
            producer.join()
            self.producer = nil
        }
        var previous: YAMLEventStream.Batch?
        while let batch = stream.next(after: previous) {
            previous = batch
            for index in 0..<batch.count {
                composer.handle(batch.event(at: index))
                if composer.isFinished {
                    stream.cancel()
                    return
                }
            }
        }
        if let problem = stream.problem { composer.fail(problem) }
    }
}
