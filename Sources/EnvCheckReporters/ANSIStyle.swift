import EnvCheckCore

/// The ANSI styles of the text reporter; with colour off, every style is the empty string.
struct ANSIStyle {
    let isEnabled: Bool

    /// `text` wrapped in the SGR `code` and a reset, when colour is on.
    func apply(_ code: String, _ text: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Bold.
    func bold(_ text: String) -> String { apply("1", text) }
    /// The gutter, arrows and `=`: bold blue, as rustc does.
    func gutter(_ text: String) -> String { apply("1;34", text) }
    /// A clean summary: bold green.
    func success(_ text: String) -> String { apply("1;32", text) }

    /// The colour of a severity: bold red, yellow or cyan.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: apply("1;31", text)
        case .warning: apply("1;33", text)
        case .info: apply("1;36", text)
        }
    }
}
