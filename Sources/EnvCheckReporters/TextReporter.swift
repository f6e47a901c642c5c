import EnvCheckCore

/// Human-readable output in rustc's style: a header, the place, a code frame with the
/// offending line (secrets masked) underlined, help lines, and a summary.
///
/// ```
/// error[duplicate-key]: Key DATABASE_URL is set twice
///  --> .env:3:1
///   |
/// 3 | DATABASE_URL=postgres://app:****@db/app
///   | ^^^^^^^^^^^^
///   = help: Remove the first assignment
///
/// 1 error in 1 file
/// ```
public struct TextReporter: Reporter {
    /// `text`.
    public let identifier = "text"
    /// Whether to colour (the CLI decides).
    public let options: ReporterOptions

    /// Creates a text reporter.
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// Every diagnostic with its frame, a blank line after each, then the summary line.
    public func render(_ report: LintReport) -> String {
        let style = ANSIStyle(isEnabled: options.useColor)
        var views = SourceViews(report)
        var out = ""
        for diagnostic in report.diagnostics {
            out += render(diagnostic, view: views.view(for: diagnostic.path), style: style)
            out += "\n"
        }
        if options.quiet { return out }
        return out + summary(of: report, style: style) + "\n"
    }

    private func render(_ diagnostic: Diagnostic, view: SourceView?, style: ANSIStyle) -> String {
        let frame = view.flatMap { CodeFrame(diagnostic, in: $0) }
        let gutterWidth = String(frame?.lineNumber ?? diagnostic.line).count
        let pad = String(repeating: " ", count: gutterWidth)
        let label = "\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]"
        var out = style.severity(diagnostic.severity, label)
            + style.bold(": " + SourceView.printable(diagnostic.message)) + "\n"
        let place = "\(SourceView.printable(diagnostic.path)):\(diagnostic.line):\(diagnostic.column)"
        out += pad + style.gutter("-->") + " " + place + "\n"
        if let frame {
            let number = String(frame.lineNumber)
            out += pad + " " + style.gutter("|") + "\n"
            out += style.gutter(number + " |") + (frame.text.isEmpty ? "" : " " + frame.text) + "\n"
            out += pad + " " + style.gutter("|") + " " + frame.indent
                + style.severity(diagnostic.severity, frame.carets) + "\n"
        }
        for help in helpLines(diagnostic) {
            out += pad + " " + style.gutter("=") + " " + style.bold("help") + ": " + SourceView.printable(help) + "\n"
        }
        return out
    }

    /// The rule's hand-written help, then the fix's title (said to be safe or not).
    private func helpLines(_ diagnostic: Diagnostic) -> [String] {
        var lines: [String] = []
        if let help = diagnostic.help { lines.append(help) }
        if let fix = diagnostic.fix {
            lines.append(fix.title + (fix.isSafe ? " (safe fix: envcheck fix)" : " (unsafe fix: review it first)"))
        }
        return lines
    }

    private func summary(of report: LintReport, style: ANSIStyle) -> String {
        let summary = ReportSummary(report)
        if summary.isClean { return style.success("No problems found") + summary.files }
        return summary.parts.map { style.severity($0.severity, $0.text) }.joined(separator: ", ") + summary.files
    }
}
