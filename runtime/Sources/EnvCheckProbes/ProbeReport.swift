import EnvCheckCore

/// Probe results as diagnostics (so every reporter renders them), the run's exit status and a
/// one-line summary.
public enum ProbeReport {
    /// Exit statuses of `envcheck probe`.
    public enum ExitStatus {
        /// Every critical service is up (optional ones may be degraded).
        public static let clean: Int32 = 0
        /// The configuration itself is invalid (a URL that cannot be probed).
        public static let invalidConfiguration: Int32 = 1
        /// Usage or unreadable input.
        public static let inputError: Int32 = 2
        /// A critical service is down.
        public static let serviceDown: Int32 = 3
    }

    /// One diagnostic per result: `info` when up, `error` when a critical service is down,
    /// `warning` when an optional one is (the app runs degraded).
    public static func diagnostics(_ results: [ProbeResult]) -> [Diagnostic] {
        results.map { result in
            let target = result.target
            let outcome = result.outcome
            let rule = ProbeRules.rule(for: target.probe.kind)
            let what = "\(target.name): \(name(of: target.probe.kind)) \(target.probe.endpoint)"
            let retries = result.attempts > 1 ? " after \(result.attempts) attempts" : ""
            guard !outcome.isUp else {
                return Diagnostic(ruleID: rule.id, severity: .info,
                                  message: "\(what) is up: \(outcome.detail) (\(outcome.latency.shortDescription)\(retries))",
                                  path: target.path, range: target.range)
            }
            let stage = outcome.stage.map(\.rawValue) ?? "probe"
            let code = outcome.code.map { " \($0)" } ?? ""
            let degraded = target.isCritical ? "" : " (optional: the app runs degraded)"
            return Diagnostic(ruleID: rule.id, severity: target.isCritical ? .error : .warning,
                              message: "\(what) failed at \(stage)\(code): \(outcome.detail)\(retries)\(degraded)",
                              path: target.path, range: target.range, help: help(for: outcome, target: target))
        }
    }

    /// 3 when a critical service is down, else 1 when something could not be probed, else 0.
    public static func exitStatus(results: [ProbeResult], problems: [Diagnostic]) -> Int32 {
        if results.contains(where: { !$0.outcome.isUp && $0.target.isCritical }) { return ExitStatus.serviceDown }
        if problems.contains(where: { $0.severity >= .error }) { return ExitStatus.invalidConfiguration }
        return ExitStatus.clean
    }

    /// `4 probes in 212 ms: 3 up, 1 degraded, 0 down (slowest 210 ms, all together 260 ms)`: the
    /// wall time next to the slowest probe and the sum of all of them.
    public static func summary(_ results: [ProbeResult], elapsed: Duration) -> String {
        let up = results.filter(\.outcome.isUp).count
        let degraded = results.filter { !$0.outcome.isUp && !$0.target.isCritical }.count
        let down = results.count - up - degraded
        let slowest = results.map(\.outcome.latency).max() ?? .zero
        let sum = results.reduce(Duration.zero) { $0 + $1.outcome.latency }
        return "\(results.count) probe\(results.count == 1 ? "" : "s") in \(elapsed.shortDescription): "
            + "\(up) up, \(degraded) degraded, \(down) down (slowest \(slowest.shortDescription), all together \(sum.shortDescription))"
    }

    private static func name(of kind: ProbeKind) -> String {
        switch kind {
        case .postgres: "PostgreSQL"
        case .redis: "Redis"
        case .http: "HTTP"
        case .tcp: "TCP"
        }
    }

    private static func help(for outcome: ProbeOutcome, target: ProbeTarget) -> String {
        if outcome.code == "timeout" {
            return "nothing answered in time: a firewall dropping packets, or a server that accepts connections and never replies"
        }
        switch outcome.stage {
        case .dns?: return "check the host name in \(target.name)"
        case .connect?: return "is the service running and listening there? (`docker compose up -d`, `envcheck ports`)"
        case .tls?: return "check sslmode / the TLS settings against what the server offers"
        case .startup?: return "the server is up but not accepting sessions yet; retry with --retry-until"
        case .authentication?: return "check the user and password in \(target.name) against the server's"
        case .database?: return "create the database, or fix its name in \(target.name)"
        case .query?, nil: return "the service answered, but not as it should"
        }
    }
}
