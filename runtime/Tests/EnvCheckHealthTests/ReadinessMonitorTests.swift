import EnvCheckHealth
import Logging
import Testing

extension HealthTests {
    /// The background checks: rounds, deadlines, staleness.
    @Suite struct ReadinessMonitorTests {
        @Test func aHungProbeEndsTheRoundAtItsDeadline() async throws {
            let monitor = ReadinessMonitor(checks: [ReadinessCheck(name: "postgres", probe: HangingProbe(hang: .seconds(10)), isCritical: true)],
                                           interval: .seconds(1), timeout: .milliseconds(200), logger: Logger(label: "test"))
            let start = ContinuousClock.now
            let snapshot = await monitor.checkNow()
            #expect(ContinuousClock.now - start < .seconds(5), "the round ends at the deadline (0.7 s), not when the probe returns (10 s)")
            let outcome = try #require(snapshot.results.first?.outcome)
            #expect(!outcome.isUp)
            #expect(outcome.code == "timeout")
            #expect(monitor.verdict().status == .fail)
        }

        @Test func runsRoundsOnItsInterval() async throws {
            let probe = FakeProbe(.postgres)
            let monitor = ReadinessMonitor(checks: [ReadinessCheck(name: "postgres", probe: probe, isCritical: true)],
                                           interval: .milliseconds(50), timeout: .milliseconds(100), logger: Logger(label: "test"))
            let task = Task { try await monitor.run() }
            let start = ContinuousClock.now
            try await Task.sleep(for: .milliseconds(600))
            task.cancel()
            _ = try? await task.value
            let elapsed = ContinuousClock.now - start
            #expect(probe.runs >= 2, "rounds repeat")
            #expect(probe.runs <= Int(elapsed / .milliseconds(50)) + 1, "no faster than the interval")
            #expect(monitor.snapshot.rounds == probe.runs)
        }

        @Test func staleResultsFail() async {
            let monitor = ReadinessMonitor(checks: [ReadinessCheck(name: "postgres", probe: FakeProbe(.postgres), isCritical: true)],
                                           interval: .seconds(1), timeout: .seconds(1), logger: Logger(label: "test"))
            await monitor.checkNow()
            #expect(monitor.verdict().status == .pass)
            let later = ContinuousClock.now + monitor.staleAfter + .seconds(1)
            let verdict = monitor.verdict(now: later)
            #expect(verdict.status == .fail)
            #expect(verdict.output?.hasPrefix("checks stale") == true)
        }

        @Test func statusesMapToHTTP() {
            #expect(ReadinessStatus.pass.httpStatus == 200)
            #expect(ReadinessStatus.warn.httpStatus == 200)
            #expect(ReadinessStatus.fail.httpStatus == 503)
        }
    }
}
