import EnvCheckCore

/// The rule ids probe results are reported under, so that reporters (SARIF's rule table, the
/// text reporter's help) treat them like lint findings.
public enum ProbeRules {
    /// A PostgreSQL server that does not accept the configured credentials or database.
    public static let postgres = RuleDescription(
        id: "probe-postgres", severity: .error,
        summary: "The PostgreSQL server of a postgres-url variable must accept its credentials and database",
        rationale: "pg_isready reports success on a wrong password; envcheck authenticates and runs SELECT 1, and names the stage and SQLSTATE that failed.",
        subject: .schema, passing: [], failing: [])
    /// A Redis server that does not accept the configured credentials.
    public static let redis = RuleDescription(
        id: "probe-redis", severity: .error,
        summary: "The Redis server of a redis-url variable must accept AUTH, SELECT and PING",
        rationale: "redis-cli ping exits 0 on NOAUTH, WRONGPASS and LOADING; envcheck treats them as failures.",
        subject: .schema, passing: [], failing: [])
    /// An HTTP health URL that does not answer 2xx or 3xx.
    public static let http = RuleDescription(
        id: "probe-http", severity: .error,
        summary: "A service's declared health URL (x-envcheck-probe) must answer 2xx or 3xx",
        rationale: "A published port can accept connections while the service behind it fails every request.",
        subject: .compose, passing: [], failing: [])
    /// A published port nothing accepts connections on.
    public static let tcp = RuleDescription(
        id: "probe-tcp", severity: .error,
        summary: "A compose service's published port must accept TCP connections",
        rationale: "A service that is not running, or listens elsewhere, is found before the app's first request.",
        subject: .compose, passing: [], failing: [])
    /// A declared service envcheck could not probe.
    public static let unprobed = RuleDescription(
        id: "probe-config", severity: .error,
        summary: "A service to probe must be declared with a valid URL",
        rationale: "A missing or invalid DATABASE_URL cannot be probed; `envcheck check` says what is wrong with it.",
        subject: .schema, passing: [], failing: [])
    /// Every rule above, and `port-in-use` (which `envcheck ports` shares).
    public static let all = [postgres, redis, http, tcp, unprobed, PortClaim.rule]

    /// The rule a probe kind reports under.
    public static func rule(for kind: ProbeKind) -> RuleDescription {
        switch kind {
        case .postgres: postgres
        case .redis: redis
        case .http: http
        case .tcp: tcp
        }
    }
}
