import EnvCheckProbes

/// One dependency readiness watches: a probe, and whether the service is unready without it.
public struct ReadinessCheck: Sendable {
    /// The component's name in reports (`postgres`, `redis`).
    public var name: String
    /// The probe that checks it.
    public var probe: any Probe
    /// Whether readiness fails when it is down (PostgreSQL); otherwise the service is only
    /// degraded (Redis).
    public var isCritical: Bool

    /// Creates a check.
    public init(name: String, probe: any Probe, isCritical: Bool) {
        self.name = name
        self.probe = probe
        self.isCritical = isCritical
    }
}

/// The latest outcome of one check.
public struct CheckResult: Sendable {
    /// The check's name.
    public var name: String
    /// What kind of service it is.
    public var kind: ProbeKind
    /// Where the probe connects (no credentials).
    public var endpoint: String
    /// Whether readiness fails when it is down.
    public var isCritical: Bool
    /// What the probe found.
    public var outcome: ProbeOutcome
}
