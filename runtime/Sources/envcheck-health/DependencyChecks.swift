import EnvCheckCore
import EnvCheckHealth

/// The readiness checks of the configuration: PostgreSQL (critical) and, when configured,
/// Redis (optional: the service degrades without it).
enum DependencyChecks {
    static func make(for app: AppConfig) -> [ReadinessCheck] {
        // Wired to PostgresProbe and RedisProbe once they land (EnvCheckProbes).
        []
    }
}
