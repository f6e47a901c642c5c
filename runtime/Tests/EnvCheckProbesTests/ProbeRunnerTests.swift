import Foundation
import Testing
@testable import EnvCheckProbes

@Suite struct ProbeRunnerTests {
    private func target(_ probe: any Probe, critical: Bool = true) -> ProbeTarget {
        ProbeTarget(name: "t", probe: probe, isCritical: critical, path: "x", range: .init(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
    }

    @Test func probesRunConcurrentlyUnderOneDeadline() async throws {
        let silent = try (0..<8).map { _ in try SilentListener() }
        let targets = silent.map { target(HTTPProbe(url: "http://127.0.0.1:\($0.port)/")!) }
            + (0..<8).map { _ in target(TCPProbe(host: "127.0.0.1", port: silent[0].port)) }
        let clock = ContinuousClock()
        let start = clock.now
        let results = await ProbeRunner(timeout: .milliseconds(500)).run(targets)
        let elapsed = clock.now - start
        #expect(results.count == 16)
        #expect(results.prefix(8).allSatisfy { $0.outcome.code == "timeout" })
        #expect(results.suffix(8).allSatisfy { $0.outcome.isUp })
        #expect(elapsed < .milliseconds(600), "8 silent servers cost one deadline, not eight: \(elapsed)")
    }

    @Test func abandonedProbesLeaveNoOpenDescriptors() async throws {
        let silent = try (0..<6).map { _ in try SilentListener() }
        let refused = try refusedPort()
        let targets = silent.map { target(HTTPProbe(url: "http://127.0.0.1:\($0.port)/")!) }
            + silent.map { target(RedisProbe(url: TestServices.redis("redis://127.0.0.1:\($0.port)/0")!)) }
            + silent.map { target(TCPProbe(host: "127.0.0.1", port: $0.port)) }
            + [target(TCPProbe(host: "127.0.0.1", port: refused))]
        for _ in 0..<3 { _ = await ProbeRunner(timeout: .milliseconds(150)).run(targets) }
        try await Task.sleep(for: .milliseconds(200))
        let ports = Set(silent.map(\.port) + [refused])
        withExtendedLifetime(silent) {  // a listener that closes would reset the connections itself
            #expect(openSockets(connectedTo: ports) == 0, "every probe's channel is closed, timed out or not")
        }
    }

    /// How many of this process's descriptors are sockets connected to a loopback port in
    /// `ports` (other tests running at the same time use other ports).
    private func openSockets(connectedTo ports: Set<Int>) -> Int {
        let descriptors = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        return descriptors.filter { descriptor in
            var address = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let status = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(descriptor, $0, &length) }
            }
            return status == 0 && address.sin_family == sa_family_t(AF_INET)
                && ports.contains(Int(UInt16(bigEndian: address.sin_port)))
        }.count
    }

    @Test func retryUntilWaitsForAServiceToComeUp() async throws {
        let port = try refusedPort()
        let runner = ProbeRunner(timeout: .milliseconds(200), retryUntil: .seconds(5))
        async let results = runner.run([target(TCPProbe(host: "127.0.0.1", port: port))])
        try await Task.sleep(for: .milliseconds(400))
        let server = try LocalHTTPServer(port: port)
        let result = await results[0]
        #expect(result.outcome.isUp, "\(result.outcome)")
        #expect(result.attempts > 1)
        _ = server
    }

    @Test func retryUntilGivesUpAtItsDeadline() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let runner = ProbeRunner(timeout: .milliseconds(200), retryUntil: .milliseconds(700))
        let results = await runner.run([target(TCPProbe(host: "127.0.0.1", port: try refusedPort()))])
        let elapsed = clock.now - start
        #expect(!results[0].outcome.isUp && results[0].attempts >= 3)
        #expect(elapsed < .milliseconds(1000), "\(elapsed)")
    }

    @Test func theExitStatusFollowsCriticality() {
        let down = ProbeOutcome.down(.connect, code: "ECONNREFUSED", "refused", latency: .zero)
        let up = ProbeOutcome.up("ok", latency: .zero)
        let probe = TCPProbe(host: "127.0.0.1", port: 1)
        let optionalDown = ProbeResult(target: target(probe, critical: false), outcome: down, attempts: 1)
        let criticalDown = ProbeResult(target: target(probe), outcome: down, attempts: 1)
        let criticalUp = ProbeResult(target: target(probe), outcome: up, attempts: 1)
        #expect(ProbeReport.exitStatus(results: [criticalUp, optionalDown], problems: []) == 0)
        #expect(ProbeReport.exitStatus(results: [criticalUp, criticalDown], problems: []) == 3)
        #expect(ProbeReport.diagnostics([optionalDown])[0].severity == .warning)
        #expect(ProbeReport.diagnostics([criticalDown])[0].severity == .error)
        #expect(ProbeReport.diagnostics([criticalUp])[0].severity == .info)
    }
}
