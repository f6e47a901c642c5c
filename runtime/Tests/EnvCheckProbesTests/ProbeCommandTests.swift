import Foundation
import Testing

/// `envcheck-probe` (and `envcheck probe`) on the repository's own project — its schema,
/// `.env.example` and docker-compose.yml — against the real servers of scripts/test-runtime.sh.
/// The compose ports and URLs point at them through the process environment, as a developer's
/// shell or CI would.
@Suite(.serialized) struct ProbeCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var elapsed: Duration
    }

    private static func executable(_ name: String) throws -> String {
        guard let directory = ProcessInfo.processInfo.environment["ENVCHECK_RUNTIME_BIN"] else {
            Issue.record("ENVCHECK_RUNTIME_BIN is not set: run the runtime tests through scripts/test-runtime.sh")
            throw TestServices.Missing()
        }
        return "\(directory)/\(name)"
    }

    private static var repository: String {
        ProcessInfo.processInfo.environment["ENVCHECK_REPOSITORY"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().path
    }

    private func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Self.repository)
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"].merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self), elapsed: clock.now - start)
    }

    /// The environment that points the repository's project at the test servers.
    private func environment(_ services: TestServices, adminer: Int, overrides: [String: String] = [:]) throws -> [String: String] {
        let postgres = try services.postgresPort, redis = try services.redisPort
        return [
            "POSTGRES_PORT": "\(postgres)", "REDIS_PORT": "\(redis)", "ADMINER_PORT": "\(adminer)",
            "COMPOSE_PROFILES": "cache",
            "DATABASE_URL": "postgres://postgres:postgres@localhost:\(postgres)/app",
            "REDIS_URL": "redis://:\(try services.redisPassword)@localhost:\(redis)/0",
        ].merging(overrides) { $1 }
    }

    @Test func theRepositorysOwnServicesAreClean() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let result = try run(try Self.executable("envcheck-probe"), [".", "--format", "json"],
                             environment: try environment(services, adminer: adminer.port))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for rule in ["probe-postgres", "probe-redis", "probe-http"] {
            #expect(result.stdout.contains("\"rule\" : \"\(rule)\"") || result.stdout.contains("\"rule\": \"\(rule)\""), "\(rule) reported")
        }
        #expect(!result.stdout.contains("\"error\""))
        #expect(result.stderr.contains("3 probes in"), "\(result.stderr)")
        #expect(!result.stdout.contains(try services.redisPassword), "no secret in the output")
    }

    @Test func envcheckProbeRunsTheSameExecutable() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let envcheck = "\(Self.repository)/.build/debug/envcheck"
        guard FileManager.default.isExecutableFile(atPath: envcheck) else {
            Issue.record("\(envcheck) is not built: scripts/test.sh builds the root package first")
            return
        }
        var environment = try environment(services, adminer: adminer.port)
        environment["ENVCHECK_RUNTIME_BIN"] = ProcessInfo.processInfo.environment["ENVCHECK_RUNTIME_BIN"]
        let result = try run(envcheck, ["probe", ".", "--quiet"], environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("3 up, 0 degraded, 0 down"), "\(result.stderr)")
    }

    @Test func aWrongDatabasePasswordExits3WithTheStageAndCode() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let port = try services.postgresPort
        let result = try run(try Self.executable("envcheck-probe"), ["."], environment: try environment(
            services, adminer: adminer.port, overrides: ["DATABASE_URL": "postgres://postgres:Wr0ngPassw0rd@localhost:\(port)/app"]))
        #expect(result.status == 3)
        #expect(result.stdout.contains("error[probe-postgres]"))
        #expect(result.stdout.contains("failed at authentication 28P01"), "\(result.stdout)")
        #expect(!result.stdout.contains("Wr0ngPassw0rd") && !result.stderr.contains("Wr0ngPassw0rd"))
    }

    @Test func anUnknownDatabaseExits3With3D000() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let port = try services.postgresPort
        let result = try run(try Self.executable("envcheck-probe"), ["."], environment: try environment(
            services, adminer: adminer.port, overrides: ["DATABASE_URL": "postgres://postgres:postgres@localhost:\(port)/nope"]))
        #expect(result.status == 3)
        #expect(result.stdout.contains("failed at database 3D000"), "\(result.stdout)")
    }

    @Test func redisDownWhileOptionalIsAWarningAndExit0() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let result = try run(try Self.executable("envcheck-probe"), ["."], environment: try environment(
            services, adminer: adminer.port, overrides: ["REDIS_URL": "redis://localhost:\(try refusedPort())/0", "COMPOSE_PROFILES": ""]))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("warning[probe-redis]"))
        #expect(result.stdout.contains("optional: the app runs degraded"))
        #expect(result.stderr.contains("1 degraded"), "\(result.stderr)")
    }

    @Test func aSilentDatabaseEndsAtTheDeadline() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let silent = try SilentListener()
        let result = try run(try Self.executable("envcheck-probe"), [".", "--timeout", "500ms"], environment: try environment(
            services, adminer: adminer.port,
            overrides: ["DATABASE_URL": "postgres://postgres:postgres@localhost:\(silent.port)/app?sslmode=disable"]))
        #expect(result.status == 3)
        #expect(result.stdout.contains("failed at startup timeout"), "\(result.stdout)")
        #expect(result.elapsed < .seconds(2), "\(result.elapsed)")
    }

    @Test func anInvalidURLExits1AndBadUsageExits2() throws {
        let services = try TestServices.require()
        let adminer = try LocalHTTPServer()
        let probe = try Self.executable("envcheck-probe")
        let invalid = try run(probe, ["."], environment: try environment(
            services, adminer: adminer.port, overrides: ["DATABASE_URL": "mysql://localhost/app"]))
        #expect(invalid.status == 1, "\(invalid.stdout)\(invalid.stderr)")
        #expect(invalid.stdout.contains("probe-config"))
        #expect(try run(probe, [".", "--timeout", "banana"], environment: [:]).status == 2)
        #expect(try run(probe, ["/no/such/directory"], environment: [:]).status == 2)
        #expect(try run(probe, [".", "--format", "xml"], environment: [:]).status == 2)
    }
}
