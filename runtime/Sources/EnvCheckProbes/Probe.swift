/// One reachability check of one declared service: connect, authenticate, ask one question.
///
/// A probe never throws: every way it can fail becomes a ``ProbeOutcome`` naming the stage and
/// the code. It must finish by its timeout and stop cleanly when its task is cancelled.
public protocol Probe: Sendable {
    /// What kind of service this probes.
    var kind: ProbeKind { get }
    /// Where it connects, for messages: `host:port` (or a URL) with no credentials in it.
    var endpoint: String { get }
    /// Runs the probe, giving up (as a timeout) after `timeout`.
    func run(timeout: Duration) async -> ProbeOutcome
}

/// The kinds of probe.
public enum ProbeKind: String, Sendable, Hashable, CaseIterable {
    /// PostgreSQL: connect, TLS as `sslmode` asks, authenticate, open the database, `SELECT 1`.
    case postgres
    /// Redis: connect, `AUTH` / `HELLO`, `SELECT`, `PING`.
    case redis
    /// An HTTP health URL: status and latency.
    case http
    /// A bare TCP connect.
    case tcp
}
