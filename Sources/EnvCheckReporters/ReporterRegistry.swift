/// The output formats, by the name users pass to `--format`.
public enum ReporterRegistry {
    /// Every format name, in the order `--help` lists them.
    public static let names = ["text", "json", "sarif", "github"]

    /// The reporter for a format name, or `nil` when there is no such format.
    public static func reporter(named name: String, options: ReporterOptions = ReporterOptions()) -> (any Reporter)? {
        switch name {
        case "text": TextReporter(options: options)
        case "json": JSONReporter()
        case "sarif": SARIFReporter(options: options)
        case "github": GitHubReporter()
        default: nil
        }
    }
}
