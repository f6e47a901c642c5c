/// What a probe found.
public struct ProbeOutcome: Sendable, Hashable {
    /// Whether the service answered as it should.
    public var isUp: Bool
    /// The stage that failed (nil when the service is up).
    public var stage: ProbeStage?
    /// The code of the failure, when there is one: a SQLSTATE (`28P01`), a Redis error prefix
    /// (`WRONGPASS`), an HTTP status (`503`), an errno name (`ECONNREFUSED`), or `timeout`.
    public var code: String?
    /// What happened, in words, with no secret in it.
    public var detail: String
    /// How long the probe took.
    public var latency: Duration

    /// A service that answered.
    public static func up(_ detail: String, latency: Duration) -> ProbeOutcome {
        ProbeOutcome(isUp: true, stage: nil, code: nil, detail: detail, latency: latency)
    }

    /// A failure at `stage`.
    public static func down(_ stage: ProbeStage, code: String?, _ detail: String, latency: Duration) -> ProbeOutcome {
        ProbeOutcome(isUp: false, stage: stage, code: code, detail: detail, latency: latency)
    }

    /// Creates an outcome.
    public init(isUp: Bool, stage: ProbeStage?, code: String?, detail: String, latency: Duration) {
        self.isUp = isUp
        self.stage = stage
        self.code = code
        self.detail = detail
        self.latency = latency
    }
}

/// Where in its conversation with a service a probe failed. A probe that runs out of time fails
/// at the stage it had reached, with the code `timeout`.
public enum ProbeStage: String, Sendable, Hashable, CaseIterable {
    /// The host name did not resolve.
    case dns
    /// The TCP connection was refused, unreachable, or never completed.
    case connect
    /// The TLS handshake failed, or the server refused TLS that `sslmode` requires.
    case tls
    /// The server refused the session before authentication (e.g. `57P03`, starting up).
    case startup
    /// The credentials were rejected (`28P01`, `28000`, `WRONGPASS`, `NOAUTH`).
    case authentication
    /// The database does not exist or cannot be selected (`3D000`, Redis `SELECT`).
    case database
    /// The first question (`SELECT 1`, `PING`, the HTTP request) failed or got a bad answer.
    case query
}
