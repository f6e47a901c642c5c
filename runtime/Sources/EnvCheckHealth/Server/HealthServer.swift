import Hummingbird
import Logging
import NIOCore

/// The health server: its configuration, the readiness monitor, and the in-memory state the
/// routes share (request metrics, idempotency store, items). `buildRouter()` assembles the
/// routes and middlewares; `buildApplication(logger:)` the Hummingbird application, which runs
/// the readiness monitor as a service beside the HTTP server.
public struct HealthServer: Sendable {
    /// The health server's version.
    public static let version = "0.1.0"

    /// The configuration.
    public let configuration: HealthServerConfiguration
    /// The background dependency checks.
    public let readiness: ReadinessMonitor
    /// Requests by route and status.
    public let metrics: RequestMetrics
    /// The idempotency store of `POST /v1/items`.
    public let idempotency: IdempotencyStore
    /// The items of `/v1/items`.
    public let items: ItemStore
    /// When the server was created (for uptime).
    public let startedAt: ContinuousClock.Instant

    /// Creates a server.
    public init(configuration: HealthServerConfiguration, readiness: ReadinessMonitor) {
        self.configuration = configuration
        self.readiness = readiness
        metrics = RequestMetrics()
        idempotency = IdempotencyStore(timeToLive: configuration.idempotencyTTL, capacity: configuration.idempotencyMax)
        items = ItemStore()
        startedAt = .now
    }

    /// The router: request ids (outermost, so errors carry them too), request counting, then
    /// the health routes and `/v1/items`.
    public func buildRouter() -> Router<HealthRequestContext> {
        let router = Router(context: HealthRequestContext.self)
        router.middlewares.add(RequestIDMiddleware())
        router.middlewares.add(RequestMetricsMiddleware(metrics: metrics))
        HealthRoutes(server: self).add(to: router)
        ItemRoutes(store: items).add(to: router, idempotency: IdempotencyMiddleware(store: idempotency, environment: configuration.environment))
        return router
    }

    /// The application: the router on `HOST:PORT`, with the readiness monitor as a service.
    /// `onServerRunning` receives the listening channel (its local address has the real port).
    public func buildApplication(logger: Logger,
                                 onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(router: buildRouter(),
                    configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                            serverName: nil, reuseAddress: true),
                    services: [readiness], onServerRunning: onServerRunning, logger: logger)
    }
}
