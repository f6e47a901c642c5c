import EnvCheckCore
import EnvCheckHealth
import EnvCheckProbes

/// The readiness checks of the configuration: PostgreSQL (critical: not ready without it) and,
/// when `REDIS_URL` is set, Redis (optional: the service runs degraded without it).
enum DependencyChecks {
    static func make(for app: AppConfig) -> [ReadinessCheck] {
        var checks = [ReadinessCheck(name: "postgres", probe: PostgresProbe(url: app.database), isCritical: true)]
        if let redis = app.redis {
            checks.append(ReadinessCheck(name: "redis", probe: RedisProbe(url: redis), isCritical: false))
        }
        return checks
    }
}
