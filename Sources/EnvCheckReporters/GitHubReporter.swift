import EnvCheckCore

/// GitHub Actions workflow commands: one annotation per finding, shown on the pull request.
///
/// `::error file=.env,line=3,col=1,endLine=3,endColumn=13,title=envcheck (duplicate-key)::Key DATABASE_URL is set twice`
///
/// Severities map to `error`, `warning` and `notice`. GitHub shows at most 10 annotations of
/// each kind per step and silently drops the rest, so when a kind has more than 10 findings,
/// the first 9 are annotated, the others are printed as plain log lines, and a 10th annotation
/// of that kind says how many were not annotated. The last line is the summary.
public struct GitHubReporter: Reporter {
    /// `github`.
    public let identifier = "github"
    /// How many annotations of one kind GitHub shows per step.
    public let annotationsPerKind: Int

    /// Creates a GitHub Actions reporter.
    public init(annotationsPerKind: Int = 10) {
        self.annotationsPerKind = max(1, annotationsPerKind)
    }

    /// The workflow commands and log lines, then the summary.
    public func render(_ report: LintReport) -> String {
        var totals: [Severity: Int] = [:]
        for diagnostic in report.diagnostics { totals[diagnostic.severity, default: 0] += 1 }
        var emitted: [Severity: Int] = [:]
        var out = ""
        for diagnostic in report.diagnostics {
            let severity = diagnostic.severity
            let total = totals[severity, default: 0]
            let budget = total > annotationsPerKind ? annotationsPerKind - 1 : annotationsPerKind
            if emitted[severity, default: 0] < budget {
                out += annotation(diagnostic) + "\n"
                emitted[severity, default: 0] += 1
            } else {
                out += logLine(diagnostic) + "\n"
            }
        }
        for severity in [Severity.error, .warning, .info] {
            let hidden = totals[severity, default: 0] - emitted[severity, default: 0]
            guard hidden > 0 else { continue }
            let noun = ReportSummary.counted(hidden, noun(severity))
            out += "::\(Self.command(severity))::" + Self.escapeData(
                "envcheck: \(noun) more not shown as annotations (GitHub shows \(annotationsPerKind) per step); "
                    + "they are listed in this step's log") + "\n"
        }
        return out + "envcheck: " + ReportSummary(report).plain + "\n"
    }

    /// The workflow command of a severity.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    private func noun(_ severity: Severity) -> String {
        severity == .info ? "notice" : severity.rawValue
    }

    private func annotation(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        var properties = [("file", ArtifactPath.relative(diagnostic.path)), ("line", String(range.start.line))]
        if range.end.line <= range.start.line {
            properties.append(("col", String(range.start.column)))
            properties.append(("endLine", String(range.start.line)))
            properties.append(("endColumn", String(max(range.end.column, range.start.column))))
        } else {
            properties.append(("endLine", String(range.end.line)))
        }
        properties.append(("title", "envcheck (\(diagnostic.ruleID))"))
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\nhelp: " + help }
        if let fix = diagnostic.fix { message += "\nfix: " + fix.title + (fix.isSafe ? " (envcheck fix)" : " (unsafe)") }
        return "::\(Self.command(diagnostic.severity)) \(list)::\(Self.escapeData(message))"
    }

    /// A finding over the annotation limit, as a plain log line (`% \r \n` still escaped, so
    /// no message can start a workflow command of its own).
    private func logLine(_ diagnostic: Diagnostic) -> String {
        Self.escapeData("\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): "
            + "\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)] \(diagnostic.message)")
    }

    /// Escapes a command's message: `%`, `\r`, `\n`.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a property value: as data, and also `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
