import EnvCheckCore

/// Turns a lint report into text in one output format.
///
/// Reporters are pure: the same report always renders to the same bytes, and no reporter
/// prints a secret value (code frames go through `SecretMasker`).
public protocol Reporter: Sendable {
    /// The name users pass to `--format`, e.g. `text` or `sarif`.
    var identifier: String { get }
    /// The whole output for `report`, ending with a newline.
    func render(_ report: LintReport) -> String
}
