import EnvCheckCore

/// Everything the health server takes from its configuration: the typed `AppConfig` and the
/// bundle's identity (schema digest, environment). Nothing here is ever printed whole: the
/// health key and the database password stay inside.
public struct HealthServerConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on (0 for any free port).
    public var port: Int
    /// The environment (namespaces idempotency keys, shown by `/health/detailed`).
    public var environment: String
    /// `NODE_ENV`.
    public var nodeEnv: String
    /// The digest of the schema the bundle was validated against.
    public var schemaDigest: String
    /// The envcheck version that wrote the bundle.
    public var bundleWriter: String
    /// The key `/health/detailed` requires from non-local clients.
    public var healthKey: String?
    /// Which proxies' `X-Forwarded-For` entries are believed.
    public var trust: ProxyTrust
    /// How long idempotency entries are kept.
    public var idempotencyTTL: Duration
    /// The most idempotency entries kept.
    public var idempotencyMax: Int

    /// Reads the configuration of a bundle.
    public init(app: AppConfig, bundle: ConfigBundle) {
        host = app.host
        port = app.port
        environment = app.environment
        nodeEnv = app.nodeEnv
        schemaDigest = bundle.schemaDigest
        bundleWriter = bundle.envcheckVersion
        healthKey = app.healthKey
        trust = ProxyTrust(app.trustProxy)
        idempotencyTTL = .milliseconds(Int64((app.idempotencyTTL * 1000).rounded()))
        idempotencyMax = app.idempotencyMax
    }

    /// Creates a configuration directly (tests, tools).
    public init(host: String = "127.0.0.1", port: Int = 0, environment: String = "test", nodeEnv: String = "test",
                schemaDigest: String = "", bundleWriter: String = "", healthKey: String? = nil, trust: ProxyTrust = .none,
                idempotencyTTL: Duration = .seconds(86_400), idempotencyMax: Int = 200) {
        self.host = host
        self.port = port
        self.environment = environment
        self.nodeEnv = nodeEnv
        self.schemaDigest = schemaDigest
        self.bundleWriter = bundleWriter
        self.healthKey = healthKey
        self.trust = trust
        self.idempotencyTTL = idempotencyTTL
        self.idempotencyMax = idempotencyMax
    }
}
