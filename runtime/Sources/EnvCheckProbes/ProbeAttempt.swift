import NIOConcurrencyHelpers
import NIOCore

/// The state of one running probe that its timeout needs: the stage reached so far and the
/// channel to close when time runs out (closing it is what makes a hung conversation end).
final class ProbeAttempt: Sendable {
    private struct State {
        var stage: ProbeStage = .dns
        var channel: (any Channel)?
        var isAbandoned = false
    }

    private let state = NIOLockedValueBox(State())

    /// The stage reached so far.
    var stage: ProbeStage { state.withLockedValue { $0.stage } }

    /// Records that the conversation reached `stage`.
    func reached(_ stage: ProbeStage) {
        state.withLockedValue { $0.stage = stage }
    }

    /// Remembers the channel, so that a timeout can close it. A channel opened after the
    /// attempt was abandoned is closed at once.
    func opened(_ channel: any Channel) {
        let abandoned = state.withLockedValue { state -> Bool in
            state.channel = channel
            return state.isAbandoned
        }
        if abandoned { channel.close(promise: nil) }
    }

    /// Gives up: closes the channel, if any.
    func abandon() {
        let channel = state.withLockedValue { state -> (any Channel)? in
            state.isAbandoned = true
            return state.channel
        }
        channel?.close(promise: nil)
    }
}

extension Probe {
    /// Runs `conversation` with a deadline: when `timeout` passes first, the attempt is
    /// abandoned (its channel closed, its task cancelled) and the outcome is a timeout at the
    /// stage reached. The latency of the outcome is measured here.
    func timed(_ timeout: Duration,
               _ conversation: @escaping @Sendable (ProbeAttempt) async -> ProbeOutcome) async -> ProbeOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        let attempt = ProbeAttempt()
        let finished: ProbeOutcome? = await withTaskGroup(of: ProbeOutcome?.self) { group in
            group.addTask { await conversation(attempt) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            if first == nil { attempt.abandon() }
            group.cancelAll()
            return first
        }
        var outcome = finished ?? .down(attempt.stage, code: "timeout",
                                        "no answer within \(timeout.shortDescription) (\(attempt.stage.rawValue))",
                                        latency: .zero)
        outcome.latency = clock.now - start
        return outcome
    }
}

extension Duration {
    /// `850 ms`, `2.5 s`: for messages.
    public var shortDescription: String {
        let milliseconds = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
        if milliseconds < 1000 { return "\(Int(milliseconds.rounded())) ms" }
        let seconds = (milliseconds / 100).rounded() / 10
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    /// The duration as NIO's `TimeAmount`.
    var timeAmount: TimeAmount {
        .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000)
    }
}
