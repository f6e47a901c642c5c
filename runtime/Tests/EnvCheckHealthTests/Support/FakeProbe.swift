import EnvCheckProbes
import NIOConcurrencyHelpers

/// A probe whose answer the test sets, and which counts its runs.
final class FakeProbe: Probe, Sendable {
    let kind: ProbeKind
    let endpoint: String
    private let state = NIOLockedValueBox((isUp: true, runs: 0))

    init(_ kind: ProbeKind, up: Bool = true) {
        self.kind = kind
        endpoint = "127.0.0.1:1"
        state.withLockedValue { $0.isUp = up }
    }

    var isUp: Bool {
        get { state.withLockedValue { $0.isUp } }
        set { state.withLockedValue { $0.isUp = newValue } }
    }

    var runs: Int { state.withLockedValue { $0.runs } }

    func run(timeout: Duration) async -> ProbeOutcome {
        let isUp = state.withLockedValue { state in
            state.runs += 1
            return state.isUp
        }
        return isUp ? .up("answered", latency: .milliseconds(2))
            : .down(.connect, code: "ECONNREFUSED", "Connection refused", latency: .milliseconds(1))
    }
}

/// A probe that hangs past its timeout and ignores cancellation for `hang`.
struct HangingProbe: Probe {
    let kind = ProbeKind.postgres
    let endpoint = "127.0.0.1:2"
    let hang: Duration

    func run(timeout: Duration) async -> ProbeOutcome {
        let hang = self.hang
        await Task.detached { try? await Task.sleep(for: hang) }.value
        return .up("late", latency: hang)
    }
}
