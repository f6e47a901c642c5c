/// The verdict of readiness, in `application/health+json` terms.
public enum ReadinessStatus: String, Sendable {
    /// Every check passed: 200.
    case pass
    /// A non-critical dependency is down, the service runs degraded: 200.
    case warn
    /// A critical dependency is down, or no fresh result exists: 503.
    case fail

    /// The HTTP status readiness answers with.
    public var httpStatus: Int { self == .fail ? 503 : 200 }
}

/// A verdict and its reason.
public struct ReadinessVerdict: Sendable, Equatable {
    /// pass, warn or fail.
    public var status: ReadinessStatus
    /// Why, when it is not `pass` (`degraded: redis is down`); names components, never values.
    public var output: String?

    /// Judges a snapshot: fail before the first round, when the latest round is older than
    /// `staleAfter`, or when a critical check is down; warn when only optional ones are down.
    public static func judge(_ snapshot: ReadinessSnapshot, now: ContinuousClock.Instant,
                             staleAfter: Duration) -> ReadinessVerdict {
        guard let completedAt = snapshot.completedAt else {
            return ReadinessVerdict(status: .fail, output: "checks pending: no result yet")
        }
        if now - completedAt > staleAfter {
            return ReadinessVerdict(status: .fail, output: "checks stale: no result for \(now - completedAt)")
        }
        let down = snapshot.results.filter { !$0.outcome.isUp }
        let critical = down.filter(\.isCritical).map(\.name)
        if !critical.isEmpty {
            return ReadinessVerdict(status: .fail, output: "\(critical.joined(separator: ", ")) \(critical.count == 1 ? "is" : "are") down")
        }
        if !down.isEmpty {
            let names = down.map(\.name)
            return ReadinessVerdict(status: .warn, output: "degraded: \(names.joined(separator: ", ")) \(names.count == 1 ? "is" : "are") down")
        }
        return ReadinessVerdict(status: .pass, output: nil)
    }
}
