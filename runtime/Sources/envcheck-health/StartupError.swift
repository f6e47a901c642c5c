import EnvCheckCore
/// A reason not to start: the report (validation findings, printed as they are) and one line
/// that says why, for standard error; then the process exits 2.
struct StartupError: Error {
    /// Lines printed before the message (the findings when validation fails).
    var report: [String] = []
    /// The one-line reason.
    var message: String

    init(_ message: String, report: [String] = []) {
        self.message = message
        self.report = report
    }

    /// Prints the report and the reason to standard error.
    func print() {
        for line in report { StandardStreams.error(line, prefix: "") }
        StandardStreams.error(message, prefix: "envcheck-health: ")
    }
}
