import EnvCheckCore

/// A service to probe, with where it was declared and whether the app needs it.
public struct ProbeTarget: Sendable {
    /// What declared it, for messages: `DATABASE_URL`, `service adminer`.
    public var name: String
    /// The probe to run.
    public var probe: any Probe
    /// Whether the app fails without it (a failed optional service only degrades it).
    public var isCritical: Bool
    /// The file of the declaration (a `.env` layer, a schema, a compose file).
    public var path: String
    /// The place in that file.
    public var range: SourceRange

    /// Creates a target.
    public init(name: String, probe: any Probe, isCritical: Bool, path: String, range: SourceRange) {
        self.name = name
        self.probe = probe
        self.isCritical = isCritical
        self.path = path
        self.range = range
    }
}

/// A target and what probing it found.
public struct ProbeResult: Sendable {
    /// The target.
    public var target: ProbeTarget
    /// The last attempt's outcome.
    public var outcome: ProbeOutcome
    /// How many attempts were made (more than one only with a retry deadline).
    public var attempts: Int
}
