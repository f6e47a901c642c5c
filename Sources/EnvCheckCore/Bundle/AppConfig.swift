/// The reference service's configuration, typed: what the health server reads from a config
/// bundle at start-up (the variables of `schemas/app.env.yaml` and the runbook).
public struct AppConfig: Sendable {
    /// The environment the bundle was written for.
    public var environment: String
    /// The address to listen on (`HOST`).
    public var host: String
    /// The port to listen on (`PORT`).
    public var port: Int
    /// The database (`DATABASE_URL`; readiness needs it).
    public var database: PostgresURL
    /// Redis (`REDIS_URL`), when configured; the service degrades without it.
    public var redis: RedisURL?
    /// The key `/health/detailed` requires in `X-Health-Key` (`HEALTH_KEY`), when set.
    public var healthKey: String?
    /// How long idempotency keys are kept, in seconds (`IDEMPOTENCY_TTL`).
    public var idempotencyTTL: Double
    /// The most idempotency entries kept (`IDEMPOTENCY_MAX`, or its alias `VITE_IDEMPOTENCY_MAX`).
    public var idempotencyMax: Int
    /// Express's `trust proxy` setting (`TRUST_PROXY`).
    public var trustProxy: TrustProxySetting
    /// `NODE_ENV`.
    public var nodeEnv: String

    /// Reads the configuration from a bundle. Throws naming the variable when a required one is
    /// missing, redacted, or not of the expected type.
    public init(bundle: ConfigBundle) throws(BundleError) {
        let reader = AppConfigReader(bundle: bundle)
        environment = bundle.environment
        nodeEnv = try reader.required("NODE_ENV", "text") { if case .string(let text) = $0 { text } else { nil } }
        host = try reader.required("HOST", "a host") { if case .string(let text) = $0 { text } else { nil } }
        port = try reader.required("PORT", "a port") { if case .integer(let port) = $0 { port } else { nil } }
        database = try reader.required("DATABASE_URL", "a PostgreSQL URL") { if case .postgres(let url) = $0 { url } else { nil } }
        redis = try reader.optional("REDIS_URL", "a Redis URL") { if case .redis(let url) = $0 { url } else { nil } }
        healthKey = try reader.optional("HEALTH_KEY", "a secret") { typed in
            switch typed {
            case .secret(let key), .string(let key): key
            default: nil
            }
        }
        idempotencyTTL = try reader.required("IDEMPOTENCY_TTL", "a duration") { if case .duration(let seconds) = $0 { seconds } else { nil } }
        idempotencyMax = try reader.required("IDEMPOTENCY_MAX", "an integer", aliases: ["VITE_IDEMPOTENCY_MAX"]) {
            if case .integer(let count) = $0 { count } else { nil }
        }
        trustProxy = try reader.required("TRUST_PROXY", "a trust proxy setting") { if case .trustProxy(let setting) = $0 { setting } else { nil } }
    }
}

/// Finds and checks the variables `AppConfig` reads.
private struct AppConfigReader {
    let bundle: ConfigBundle

    func required<T>(_ name: String, _ expected: String, aliases: [String] = [],
                     _ extract: (TypedValue) -> T?) throws(BundleError) -> T {
        guard let value = try optional(name, expected, aliases: aliases, extract) else {
            throw BundleError("\(name) is missing from the config bundle; set it (or give it a schema default) and write the bundle again")
        }
        return value
    }

    func optional<T>(_ name: String, _ expected: String, aliases: [String] = [],
                     _ extract: (TypedValue) -> T?) throws(BundleError) -> T? {
        guard let variable = ([name] + aliases).lazy.compactMap({ bundle[$0] }).first else { return nil }
        if variable.isRedacted {
            throw BundleError("\(variable.name) is redacted in this bundle (written with --redact); the service needs the unredacted bundle")
        }
        guard let typed = variable.typed else {
            throw BundleError("\(variable.name) has no typed value in the config bundle (it did not validate as \(variable.type))")
        }
        guard let value = extract(typed) else {
            throw BundleError("\(variable.name) in the config bundle is of type \(variable.type), expected \(expected)")
        }
        return value
    }
}
