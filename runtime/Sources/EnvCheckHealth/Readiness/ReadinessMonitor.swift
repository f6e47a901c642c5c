import EnvCheckProbes
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Checks the dependencies in the background, one round every `interval`, each probe under its
/// own `timeout`, and keeps the latest results for `/readyz` and `/health/detailed` to serve.
/// Requests never run a probe, so a flood of readiness probes never becomes a flood of
/// database connections, and a hung database never hangs the endpoint.
public final class ReadinessMonitor: Service, Sendable {
    /// The dependencies checked.
    public let checks: [ReadinessCheck]
    /// The pause between the end of one round and the start of the next.
    public let interval: Duration
    /// Each probe's timeout.
    public let timeout: Duration
    private let state = NIOLockedValueBox(ReadinessSnapshot.pending)
    private let logger: Logger

    /// Creates a monitor; nothing runs until `run()` (or `checkNow()`).
    public init(checks: [ReadinessCheck], interval: Duration, timeout: Duration, logger: Logger) {
        self.checks = checks
        self.interval = interval
        self.timeout = timeout
        self.logger = logger
    }

    /// A result older than this is not trusted: two full rounds (interval plus timeout) and the
    /// probes' grace.
    public var staleAfter: Duration { (interval + timeout + ProbeDeadline.grace) * 2 }

    /// The latest results.
    public var snapshot: ReadinessSnapshot { state.withLockedValue { $0 } }

    /// The verdict on the latest results, now.
    public func verdict(now: ContinuousClock.Instant = .now) -> ReadinessVerdict {
        ReadinessVerdict.judge(snapshot, now: now, staleAfter: staleAfter)
    }

    /// Runs rounds until graceful shutdown or cancellation.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.checkNow()
                try? await Task.sleep(for: self.interval)
            }
        }
    }

    /// Runs one round now: every probe concurrently, then stores the results.
    @discardableResult
    public func checkNow() async -> ReadinessSnapshot {
        let timeout = self.timeout
        let results = await withTaskGroup(of: (Int, CheckResult).self) { group in
            for (index, check) in checks.enumerated() {
                group.addTask {
                    let outcome = await ProbeDeadline.run(check.probe, timeout: timeout)
                    return (index, CheckResult(name: check.name, kind: check.probe.kind, endpoint: check.probe.endpoint,
                                               isCritical: check.isCritical, outcome: outcome))
                }
            }
            var ordered = [CheckResult?](repeating: nil, count: checks.count)
            for await (index, result) in group { ordered[index] = result }
            return ordered.compactMap { $0 }
        }
        let previous = snapshot.results
        let updated = state.withLockedValue { state in
            state = ReadinessSnapshot(results: results, completedAt: .now, rounds: state.rounds + 1)
            return state
        }
        logChanges(from: previous, to: results)
        return updated
    }

    private func logChanges(from previous: [CheckResult], to results: [CheckResult]) {
        for result in results {
            let before = previous.first { $0.name == result.name }?.outcome.isUp
            guard before != result.outcome.isUp else { continue }
            var metadata: Logger.Metadata = ["check": .string(result.name), "endpoint": .string(result.endpoint)]
            if result.outcome.isUp {
                logger.info("Dependency is up", metadata: metadata)
            } else {
                metadata["stage"] = .string(result.outcome.stage?.rawValue ?? "unknown")
                metadata["code"] = .string(result.outcome.code ?? "none")
                logger.warning("Dependency is down: \(result.outcome.detail)", metadata: metadata)
            }
        }
    }
}
