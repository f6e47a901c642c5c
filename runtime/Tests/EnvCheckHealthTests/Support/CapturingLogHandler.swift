import Logging
import NIOConcurrencyHelpers

/// Keeps every log record, with its merged metadata, for tests to read.
final class LogCapture: Sendable {
    struct Record: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
    }

    private let storage = NIOLockedValueBox<[Record]>([])

    var records: [Record] { storage.withLockedValue { $0 } }

    func append(_ record: Record) { storage.withLockedValue { $0.append(record) } }

    /// A logger (at trace level) writing here.
    func logger() -> Logger {
        var logger = Logger(label: "test") { _ in CapturingLogHandler(capture: self) }
        logger.logLevel = .trace
        return logger
    }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
             source: String, file: String, function: String, line: UInt) {
        capture.append(.init(level: level, message: message.description, metadata: metadata.merging(explicit ?? [:]) { $1 }))
    }
}
