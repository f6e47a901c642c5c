import EnvCheckHealth

/// The version the executable reports.
enum HealthVersion {
    static let text = HealthServer.version
}
