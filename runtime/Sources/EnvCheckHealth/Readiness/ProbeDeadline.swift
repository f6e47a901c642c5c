import EnvCheckProbes
import NIOConcurrencyHelpers

/// Runs a probe under a hard deadline. A probe promises to finish by its timeout; if one does
/// not (a bug, a call that ignores cancellation), the round still ends `grace` after the
/// timeout with a timeout outcome and the probe's task is cancelled and left behind, so a hung
/// dependency can never stall readiness.
enum ProbeDeadline {
    /// How long past its own timeout a probe may take before it is abandoned.
    static let grace: Duration = .milliseconds(500)

    static func run(_ probe: any Probe, timeout: Duration) async -> ProbeOutcome {
        let start = ContinuousClock.now
        let once = NIOLockedValueBox(false)
        return await withCheckedContinuation { (continuation: CheckedContinuation<ProbeOutcome, Never>) in
            @Sendable func finish(_ outcome: ProbeOutcome) {
                let first = once.withLockedValue { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: outcome) }
            }
            let work = Task { finish(await probe.run(timeout: timeout)) }
            Task {
                try? await Task.sleep(for: timeout + grace)
                work.cancel()
                finish(.down(.connect, code: "timeout", "No answer within \(timeout) (the probe did not stop)",
                             latency: ContinuousClock.now - start))
            }
        }
    }
}
