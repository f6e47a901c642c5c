import Hummingbird
import Logging

extension HealthServer {
    /// Runs the server until SIGTERM or SIGINT, then shuts down gracefully: the listener closes,
    /// requests in flight finish, the readiness monitor stops. Throws when it cannot listen.
    public func run(logger: Logger) async throws {
        let configuration = self.configuration
        let app = buildApplication(logger: logger) { channel in
            let address = channel.localAddress.map { "\($0.ipAddress ?? configuration.host):\($0.port ?? configuration.port)" }
            logger.info("envcheck-health listening", metadata: [
                "address": .string(address ?? "\(configuration.host):\(configuration.port)"),
                "environment": .string(configuration.environment),
            ])
        }
        try await app.runService()
        logger.info("envcheck-health stopped")
    }
}
