import EnvCheckHealth
import Logging
import Testing

/// The background checks: rounds, deadlines, staleness.
@Suite struct ReadinessMonitorTests {
    @Test func aHungProbeEndsTheRoundAtItsDeadline() async throws {
        let monitor = ReadinessMonitor(checks: [ReadinessCheck(name: "postgres", probe: HangingProbe(hang: .seconds(3)), isCritical: true)],
                                       interval: .seconds(1), timeout: .milliseconds(200), logger: Logger(label: "test"))
        let start = ContinuousClock.now
        let snapshot = await monitor.checkNow()
        #expect(ContinuousClock.now - start < .milliseconds(1500))
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
        try await Task.sleep(for: .milliseconds(400))
        task.cancel()
        _ = try? await task.value
        #expect(probe.runs >= 3)
        #expect(probe.runs <= 9)
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
