import EnvCheckCore
import EnvCheckReporters

/// Chooses and runs the reporter for `--format`.
enum ReportFormat {
    /// The accepted format names.
    static let names = ReporterRegistry.names

    /// The report rendered in `format` (colour only on a terminal without `NO_COLOR`).
    static func render(_ report: LintReport, format: String, quiet: Bool) -> String {
        let options = ReporterOptions(useColor: format == "text" && Output.useColor, toolVersion: EnvCheckCommand.version,
                                      informationURI: nil, quiet: quiet)
        return ReporterRegistry.reporter(named: format, options: options)?.render(report) ?? ""
    }
}
