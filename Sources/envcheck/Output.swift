import EnvCheckCore

/// The CLI's standard output and error (see `StandardStreams`).
enum Output {
    /// Writes text to standard output as is.
    static func write(_ text: String) { StandardStreams.write(text) }

    /// Writes one line to standard error, prefixed with `envcheck: `.
    static func error(_ message: String) { StandardStreams.error(message) }

    /// Whether standard output is a terminal and colour is allowed (`NO_COLOR` unset).
    static var useColor: Bool { StandardStreams.useColor }
}
