import EnvCheckCore

/// The closing line of a report: `2 errors, 1 warning in 3 files`, or `No problems found in 3 files`.
struct ReportSummary {
    /// One counted severity, e.g. `2 errors`.
    struct Part {
        var severity: Severity
        var text: String
    }

    /// The non-zero counts, most severe first.
    let parts: [Part]
    /// ` in 3 files`.
    let files: String

    init(_ report: LintReport) {
        let nouns: [(Severity, String)] = [(.error, "error"), (.warning, "warning"), (.info, "info")]
        parts = nouns.compactMap { severity, noun in
            let count = report.count(of: severity)
            return count == 0 ? nil : Part(severity: severity, text: Self.counted(count, noun))
        }
        files = " in " + Self.counted(report.files.count, "file")
    }

    /// Whether nothing was found.
    var isClean: Bool { parts.isEmpty }

    /// The summary without colour.
    var plain: String {
        isClean ? "No problems found" + files : parts.map(\.text).joined(separator: ", ") + files
    }

    /// `1 error`, `2 errors`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
