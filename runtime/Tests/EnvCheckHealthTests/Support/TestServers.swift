import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import Logging

/// Builds health servers for tests.
enum TestServers {
    static let healthKey = "k3y-for-tests-0123456789abcdef-XYZ"

    /// A logger that only reports errors.
    static var quietLogger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        return logger
    }

    /// A server with fake PostgreSQL and Redis probes (checked once before it is returned).
    static func make(postgres: FakeProbe = FakeProbe(.postgres), redis: FakeProbe? = FakeProbe(.redis),
                     trust: TrustProxySetting = .trusted(keywords: [], networks: []), healthKey: String? = healthKey,
                     idempotencyMax: Int = 200, interval: Duration = .seconds(60), checkFirst: Bool = true,
                     logger: Logger = quietLogger) async -> HealthServer {
        var checks = [ReadinessCheck(name: "postgres", probe: postgres, isCritical: true)]
        if let redis { checks.append(ReadinessCheck(name: "redis", probe: redis, isCritical: false)) }
        let monitor = ReadinessMonitor(checks: checks, interval: interval, timeout: .milliseconds(500), logger: logger)
        if checkFirst { await monitor.checkNow() }
        let configuration = HealthServerConfiguration(environment: "test", schemaDigest: "sha256:test-digest", healthKey: healthKey,
                                                      trust: ProxyTrust(trust), idempotencyMax: idempotencyMax)
        return HealthServer(configuration: configuration, readiness: monitor)
    }

    /// A trust setting from `TRUST_PROXY` text, parsed by envcheck's schema type.
    static func trust(_ text: String) -> TrustProxySetting {
        guard case .trustProxy(let setting)? = TrustProxyType().parse(text).value else {
            fatalError("not a trust proxy setting: \(text)")
        }
        return setting
    }
}
