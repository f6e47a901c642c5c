import EnvCheckCore

/// Renders a report in the format the user asked for (temporary plain renderer until the
/// reporters land).
enum ReportFormat {
    static let names = ["text", "json", "sarif", "github"]

    static func render(_ report: LintReport, format: String, quiet: Bool) -> String {
        var out = ""
        for d in report.diagnostics {
            out += "\(d.path):\(d.line):\(d.column): \(d.severity.rawValue)[\(d.ruleID)]: \(d.message)\n"
        }
        if !quiet { out += report.diagnostics.isEmpty ? "No problems found in \(report.files.count) files\n" : "\(report.diagnostics.count) problems\n" }
        return out
    }
}
