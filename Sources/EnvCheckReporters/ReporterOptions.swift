/// What the CLI tells reporters about where their output goes.
public struct ReporterOptions: Sendable, Hashable {
    /// Whether to use ANSI colours (the CLI decides: standard output is a terminal and
    /// `NO_COLOR` is unset). Only the text reporter colours.
    public var useColor: Bool
    /// envcheck's version, written into SARIF's `tool.driver.version` when set.
    public var toolVersion: String?
    /// envcheck's home page, written into SARIF's `tool.driver.informationUri` when set.
    public var informationURI: String?

    /// Whether human-readable output leaves out the summary line (`--quiet`): nothing at all
    /// when there are no findings. Machine-readable formats ignore it.
    public var quiet: Bool

    /// Creates options; the defaults give plain, uncoloured output.
    public init(useColor: Bool = false, toolVersion: String? = nil, informationURI: String? = nil, quiet: Bool = false) {
        self.useColor = useColor
        self.quiet = quiet
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }
}
