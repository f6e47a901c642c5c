import EnvCheckCore
import EnvCheckHealth
import EnvCheckProbes
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOPosix
import Testing

extension HealthTests {
    /// `/readyz` against real PostgreSQL and Redis servers (scripts/services), stopped and started
    /// under the running server. Needs `ENVCHECK_TEST_SERVICES` (scripts/test-runtime.sh sets it) and
    /// fails without it. The servers it stops are its own, in a subdirectory of that directory, so
    /// the shared ones other suites probe concurrently are never stopped.
    @Suite(.serialized) struct ReadinessServicesTests {
        static let interval: Duration = .milliseconds(500)

        @Test func readinessFollowsPostgresAndRedis() async throws {
            let services = try TestServices.required().own("health-readiness")
            try await services.run("postgres.sh", "start")
            try await services.run("redis.sh", "start")
            do {
                try await followServices(services)
            } catch {
                await services.stopAll()
                throw error
            }
            await services.stopAll()
        }

        private func followServices(_ services: TestServices) async throws {
            let postgres = try services.postgresURL()
            let redis = try services.redisURL()
            let monitor = ReadinessMonitor(checks: [
                ReadinessCheck(name: "postgres", probe: PostgresProbe(url: postgres), isCritical: true),
                ReadinessCheck(name: "redis", probe: RedisProbe(url: redis), isCritical: false),
            ], interval: Self.interval, timeout: .seconds(1), logger: TestServers.quietLogger)
            let server = HealthServer(configuration: HealthServerConfiguration(), readiness: monitor)
            let app = server.buildApplication(logger: TestServers.quietLogger)
            try await app.test(.live) { client in
                let ready = try await Self.waitFor(client, within: .seconds(10)) { $0.status == .ok && $0.json["status"]?.stringValue == "pass" }
                #expect(ready.json["status"]?.stringValue == "pass")

                try await services.run("postgres.sh", "stop")
                let down = try await Self.waitFor(client, within: Self.interval * 2) { $0.status == .serviceUnavailable }
                #expect(down.status == .serviceUnavailable, "503 within two check intervals of PostgreSQL stopping")
                #expect(down.json["output"]?.stringValue == "postgres is down")

                try await services.run("postgres.sh", "start")
                let back = try await Self.waitFor(client, within: Self.interval * 2) { $0.status == .ok }
                #expect(back.status == .ok, "200 within two check intervals of PostgreSQL starting")

                try await services.run("redis.sh", "stop")
                let degraded = try await Self.waitFor(client, within: Self.interval * 2) { $0.json["status"]?.stringValue == "warn" }
                #expect(degraded.status == .ok)
                #expect(degraded.json["output"]?.stringValue == "degraded: redis is down")
                let redisCheck = degraded.json["checks"]?["redis:connection"]?.arrayValue?.first
                #expect(redisCheck?["status"]?.stringValue == "warn")

                try await services.run("redis.sh", "start")
                let healed = try await Self.waitFor(client, within: .seconds(5)) { $0.json["status"]?.stringValue == "pass" }
                #expect(healed.status == .ok)
            }
        }

        @Test func wrongPasswordIsNotReady() async throws {
            let services = try TestServices.required()
            let postgres = try #require(TestServices.postgresURL(port: services.port("postgres"), password: "not-the-password"))
            let monitor = ReadinessMonitor(checks: [ReadinessCheck(name: "postgres", probe: PostgresProbe(url: postgres), isCritical: true)],
                                           interval: Self.interval, timeout: .seconds(1), logger: TestServers.quietLogger)
            let snapshot = await monitor.checkNow()
            #expect(snapshot.results.first?.outcome.isUp == false)
            #expect(snapshot.results.first?.outcome.code == "28P01")
            #expect(monitor.verdict().status == .fail)
        }

        /// Polls `/readyz?verbose` every 50 ms until `done` or `within` passes; returns the last answer.
        static func waitFor(_ client: any TestClientProtocol, within: Duration,
                            _ done: (TestResponse) -> Bool) async throws -> TestResponse {
            let deadline = ContinuousClock.now + within
            while true {
                let response = try await client.execute(uri: "/readyz?verbose", method: .get)
                if done(response) || ContinuousClock.now >= deadline { return response }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    /// The throwaway servers of `scripts/services`, in the directory `ENVCHECK_TEST_SERVICES` names.
    struct TestServices {
        let directory: String

        static func required() throws -> TestServices {
            guard let directory = ProcessInfo.processInfo.environment["ENVCHECK_TEST_SERVICES"], !directory.isEmpty else {
                Issue.record("ENVCHECK_TEST_SERVICES is not set: run scripts/test-runtime.sh, which starts PostgreSQL and Redis")
                throw Missing()
            }
            return TestServices(directory: directory)
        }

        struct Missing: Error {}

        /// Servers of one's own, in `DIRECTORY/name` (started and stopped by the caller).
        func own(_ name: String) throws -> TestServices {
            let path = "\(directory)/\(name)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return TestServices(directory: path)
        }

        func read(_ service: String, _ file: String) throws -> String {
            try String(contentsOfFile: "\(directory)/\(service)/\(file)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func port(_ service: String) throws -> Int {
            try #require(Int(read(service, "port")))
        }

        func postgresURL() throws -> PostgresURL {
            try #require(Self.postgresURL(port: port("postgres"), password: read("postgres", "password")))
        }

        static func postgresURL(port: Int, password: String) -> PostgresURL? {
            guard case .postgres(let url)? = PostgresURLType().parse("postgres://envcheck:\(password)@127.0.0.1:\(port)/envcheck?sslmode=disable").value else { return nil }
            return url
        }

        func redisURL() throws -> RedisURL {
            let text = "redis://:\(try read("redis", "password"))@127.0.0.1:\(try port("redis"))/0"
            guard case .redis(let url)? = (try? RedisURLType(options: TypeOptions()))?.parse(text).value else { throw Missing() }
            return url
        }

        /// Stops both servers (whatever state they are in).
        func stopAll() async {
            try? await run("postgres.sh", "stop")
            try? await run("redis.sh", "stop")
        }

        /// Runs `scripts/services/SCRIPT ACTION DIRECTORY` and waits for it, on NIO's blocking
        /// thread pool (a cooperative thread must not block on waitpid).
        func run(_ script: String, _ action: String) async throws {
            try await NIOThreadPool.singleton.runIfActive { try blockingRun(script, action) }
        }

        /// posix_spawn and waitpid: Foundation's `Process.waitUntilExit` can hang off the main
        /// thread on Linux.
        private func blockingRun(_ script: String, _ action: String) throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            let arguments = ["/bin/bash", root.appendingPathComponent("scripts/services/\(script)").path, action, directory]
            var pid: pid_t = 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
            #expect(spawned == 0, "could not run \(script)")
            guard spawned == 0 else { throw Missing() }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            #expect(status == 0, "\(script) \(action) failed (status \(status))")
        }
    }
}
