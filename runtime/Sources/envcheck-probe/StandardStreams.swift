#if canImport(Glibc)
import Glibc
#endif

/// Writes to stdout and stderr without Foundation.
enum StandardStreams {
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

    static func error(_ message: String) {
        var line = "envcheck: " + message + "\n"
        line.withUTF8 { _ = Glibc.write(2, $0.baseAddress!, $0.count) }
    }
}
