#if canImport(Glibc)
import Glibc
#endif

/// Writes to stdout and stderr without Foundation.
enum Output {
    /// Writes text to standard output as is.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Writes one line to standard error, prefixed with `envcheck: `.
    static func error(_ message: String) {
        var line = "envcheck: " + message + "\n"
        line.withUTF8 { _ = Glibc.write(2, $0.baseAddress!, $0.count) }
    }

    /// Whether standard output is a terminal and colour is allowed (`NO_COLOR` unset).
    static var useColor: Bool {
        isatty(1) == 1 && getenv("NO_COLOR") == nil
    }
}
