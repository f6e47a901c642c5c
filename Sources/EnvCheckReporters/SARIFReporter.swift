import EnvCheckCore

/// SARIF 2.1.0 output for code-scanning services (GitHub code scanning and others).
///
/// One run; `tool.driver.rules` lists every rule of the report (sorted by id) with its
/// summary, rationale and default level; each result points at its rule by id and index,
/// gives its region in Unicode code points (`columnKind`), and carries a
/// `partialFingerprints["envcheck/v1"]` that stays the same when lines move: an FNV-1a 64 hash
/// of the rule id, the path, the key the finding is on (never its value) and the finding's
/// ordinal among findings with the same three.
public struct SARIFReporter: Reporter {
    /// `sarif`.
    public let identifier = "sarif"
    /// The tool's version and home page, when known.
    public let options: ReporterOptions

    /// The JSON schema of SARIF 2.1.0.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of envcheck's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "envcheck/v1"

    /// Creates a SARIF reporter.
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The SARIF log, followed by a newline.
    public func render(_ report: LintReport) -> String {
        let ruleIDs = Set(report.rules.keys).union(report.diagnostics.map(\.ruleID))
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        var driver: [String: JSONValue] = [
            "name": .string("envcheck"),
            "rules": .array(ruleIDs.map { Self.rule($0, report.rules[$0]) }),
        ]
        if let version = options.toolVersion { driver["version"] = .string(version) }
        if let uri = options.informationURI { driver["informationUri"] = .string(uri) }
        var views = SourceViews(report)
        var ordinals: [String: Int] = [:]
        let results = report.diagnostics.map { diagnostic -> JSONValue in
            let anchor = views.view(for: diagnostic.path)?.anchor(line: diagnostic.line) ?? "line:\(diagnostic.line)"
            let identity = [diagnostic.ruleID, diagnostic.path, anchor].joined(separator: "\u{0}")
            let ordinal = ordinals[identity, default: 0]
            ordinals[identity] = ordinal + 1
            return Self.result(diagnostic, ruleIndex: ruleIndex[diagnostic.ruleID] ?? 0,
                               fingerprint: Self.fingerprint(identity, ordinal: ordinal))
        }
        let run: JSONValue = .object([
            "tool": .object(["driver": .object(driver)]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
        ])
        return JSONValue.object([
            "$schema": .string(Self.schemaURI),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).rendered()
    }

    /// SARIF's level for a severity: `error`, `warning` or `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ id: String, _ description: RuleDescription?) -> JSONValue {
        guard let description else { return .object(["id": .string(id)]) }
        return .object([
            "id": .string(id),
            "shortDescription": .object(["text": .string(description.summary)]),
            "fullDescription": .object(["text": .string(description.rationale)]),
            "help": .object(["text": .string(description.summary + "\n\n" + description.rationale)]),
            "defaultConfiguration": .object(["level": .string(level(description.severity))]),
        ])
    }

    private static func result(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String) -> JSONValue {
        let range = diagnostic.range
        var artifact: [String: JSONValue] = ["uri": .string(ArtifactPath.uri(diagnostic.path))]
        if !ArtifactPath.relative(diagnostic.path).hasPrefix("/") { artifact["uriBaseId"] = .string("%SRCROOT%") }
        let region: JSONValue = .object([
            "startLine": .int(range.start.line),
            "startColumn": .int(range.start.column),
            "endLine": .int(max(range.end.line, range.start.line)),
            "endColumn": .int(range.end.line > range.start.line ? range.end.column : max(range.end.column, range.start.column)),
        ])
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\n" + help }
        return .object([
            "ruleId": .string(diagnostic.ruleID),
            "ruleIndex": .int(ruleIndex),
            "level": .string(level(diagnostic.severity)),
            "message": .object(["text": .string(message)]),
            "locations": .array([.object([
                "physicalLocation": .object(["artifactLocation": .object(artifact), "region": region]),
            ])]),
            "partialFingerprints": .object([fingerprintKey: .string(fingerprint)]),
        ])
    }

    private static func fingerprint(_ identity: String, ordinal: Int) -> String {
        var hash = FNV1a()
        hash.combine(field: identity)
        hash.combine(field: String(ordinal))
        return hash.hex
    }
}
