/// Runs every probe at once under one deadline, so that N services cost about the slowest one.
public struct ProbeRunner: Sendable {
    /// The most one attempt may take; without a retry deadline, also the whole run's deadline.
    public var timeout: Duration
    /// When set, failing probes are tried again (with backoff) until they succeed or this much
    /// time has passed since the start: `wait-for-it`, for scripts.
    public var retryUntil: Duration?
    /// The first pause between attempts; it doubles up to ``maximumBackoff``.
    public var initialBackoff: Duration = .milliseconds(100)
    /// The longest pause between attempts.
    public var maximumBackoff: Duration = .seconds(2)

    /// A runner with these deadlines.
    public init(timeout: Duration, retryUntil: Duration? = nil) {
        self.timeout = timeout
        self.retryUntil = retryUntil
    }

    /// Probes every target concurrently; the results are in the targets' order. Cancelling the
    /// calling task cancels every probe (their channels are closed).
    public func run(_ targets: [ProbeTarget]) async -> [ProbeResult] {
        let clock = ContinuousClock()
        let deadline = clock.now + (retryUntil.map { max($0, timeout) } ?? timeout)
        return await withTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, await probe(target, until: deadline, clock: clock)) }
            }
            var results = [ProbeResult?](repeating: nil, count: targets.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
    }

    private func probe(_ target: ProbeTarget, until deadline: ContinuousClock.Instant,
                       clock: ContinuousClock) async -> ProbeResult {
        var attempts = 0
        var backoff = initialBackoff
        while true {
            attempts += 1
            let remaining = deadline - clock.now
            let outcome = await target.probe.run(timeout: min(timeout, max(remaining, .milliseconds(1))))
            let nextStart = clock.now + backoff
            guard !outcome.isUp, retryUntil != nil, nextStart < deadline, !Task.isCancelled else {
                return ProbeResult(target: target, outcome: outcome, attempts: attempts)
            }
            try? await Task.sleep(until: nextStart, clock: clock)
            backoff = min(backoff * 2, maximumBackoff)
        }
    }
}
