#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard output and standard error without Foundation (whose start-up cost the
/// pre-commit path cannot afford).
public enum StandardStreams {
    /// Writes text to standard output as is, all of it.
    public static func write(_ text: String) {
        write(text, to: 1)
    }

    /// Writes one line to standard error, prefixed with the program's name (`envcheck: `; an
    /// empty prefix for lines of a report).
    public static func error(_ message: String, prefix: String = "envcheck: ") {
        write(prefix + message + "\n", to: 2)
    }

    /// Whether standard output is a terminal and colour is allowed (`NO_COLOR` unset).
    public static var useColor: Bool {
        isatty(1) == 1 && getenv("NO_COLOR") == nil
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
