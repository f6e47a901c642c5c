import EnvCheckCore

/// Machine-readable output: one JSON document, keys sorted, two-space indented.
///
/// The shape is stable within a `version`; fields are only ever added:
///
/// ```
/// {
///   "diagnostics": [
///     {
///       "column": 1,                 // 1-based, in Unicode scalars
///       "endColumn": 13,             // just past the range (exclusive)
///       "endLine": 3,
///       "fix": {"safe": true, "title": "Remove the first assignment"},   // or null
///       "help": "…",                 // or null
///       "line": 3,
///       "message": "Key DATABASE_URL is set twice",
///       "path": ".env",
///       "rule": "duplicate-key",
///       "severity": "error"          // "error" | "warning" | "info"
///     }
///   ],
///   "summary": {"errors": 1, "files": 3, "infos": 0, "warnings": 0},
///   "version": 1
/// }
/// ```
///
/// Like every reporter, it never writes a value: messages name keys, and fixes are given by
/// title only (their edits may contain values).
public struct JSONReporter: Reporter {
    /// `json`.
    public let identifier = "json"
    /// The version of the document's shape.
    public static let formatVersion = 1

    /// Creates a JSON reporter.
    public init() {}

    /// The document, followed by a newline.
    public func render(_ report: LintReport) -> String {
        let summary: [String: JSONValue] = [
            "errors": .int(report.count(of: .error)),
            "warnings": .int(report.count(of: .warning)),
            "infos": .int(report.count(of: .info)),
            "files": .int(report.files.count),
        ]
        let document: JSONValue = .object([
            "version": .int(Self.formatVersion),
            "summary": .object(summary),
            "diagnostics": .array(report.diagnostics.map(Self.entry)),
        ])
        return document.rendered()
    }

    private static func entry(_ diagnostic: Diagnostic) -> JSONValue {
        let fix: JSONValue = diagnostic.fix.map {
            .object(["title": .string($0.title), "safe": .bool($0.isSafe)])
        } ?? .null
        return .object([
            "rule": .string(diagnostic.ruleID),
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
            "path": .string(diagnostic.path),
            "line": .int(diagnostic.range.start.line),
            "column": .int(diagnostic.range.start.column),
            "endLine": .int(diagnostic.range.end.line),
            "endColumn": .int(diagnostic.range.end.column),
            "help": .optional(diagnostic.help),
            "fix": fix,
        ])
    }
}
