import EnvCheckCore
import EnvCheckHealth
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOPosix
import Testing

extension HealthTests {
    /// The `envcheck-health` executable: a bad configuration or a taken port ends with one clear
    /// stderr line and exit 2, never a crash; `smoke` exits 0, 1 or 2. Needs `ENVCHECK_RUNTIME_BIN`.
    @Suite struct ExecutableTests {
        /// A project directory with the repository's schema and no `.env` layer.
        static func project() throws -> String {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("envcheck-health-project-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(ExecutableRun.repository)/schemas", toPath: directory.appendingPathComponent("schemas").path)
            return directory.path
        }

        static let secretPassword = "s3cr3t-Password-never-printed"

        static func environment(port: Int) -> [String: String] {
            ["HOST": "127.0.0.1", "PORT": String(port), "NODE_ENV": "test",
             "DATABASE_URL": "postgres://app:\(secretPassword)@127.0.0.1:1/app", "HEALTH_KEY": TestServers.healthKey + "-and-more"]
        }

        /// A config bundle of `environment`, written as `envcheck bundle` writes it.
        static func bundle(in project: String, environment: [String: String]) throws -> String {
            let workspace = try SchemaWorkspace.load(directory: project, schemaDirectory: nil, environmentFlag: nil,
                                                     process: ProcessEnvironment(environment), compose: nil, typeNamed: ValueTypeRegistry.type(named:))
            let context = try #require(workspace.context)
            let path = "\(project)/config.bundle.json"
            try Data(ConfigBundle.make(context: context, envcheckVersion: "test").encoded()).write(to: URL(fileURLWithPath: path))
            return path
        }

        @Test func missingBundleIsOneLineAndExit2() async throws {
            let binary = try ExecutableRun.binary("envcheck-health")
            let run = try await ExecutableRun.run(binary, ["--bundle", "nope.json"], in: try Self.project())
            #expect(run.status == 2)
            #expect(run.stderr == "envcheck-health: nope.json: No such file or directory\n")
        }

        @Test func invalidEnvironmentRefusesToStartWithTheFindings() async throws {
            let binary = try ExecutableRun.binary("envcheck-health")
            var environment = Self.environment(port: 3000)
            environment["PORT"] = "eighty"
            environment["TRUST_PROXY"] = "0.0.0.0/0"
            let run = try await ExecutableRun.run(binary, [], in: try Self.project(), environment: environment)
            #expect(run.status == 2)
            #expect(run.stderr.contains("error[invalid-value]: PORT"))
            #expect(run.stderr.contains("TRUST_PROXY"))
            #expect(run.stderr.hasSuffix("envcheck-health: Not starting: the configuration has 2 errors (fix them, or start with --bundle FILE)\n"))
            #expect(!run.stderr.contains(Self.secretPassword))
            #expect(run.stdout.isEmpty)
        }

        @Test func portInUseIsOneLineNamingTheOwner() async throws {
            let binary = try ExecutableRun.binary("envcheck-health")
            let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
            let port = try #require(listener.localAddress?.port)
            let project = try Self.project()
            let bundle = try Self.bundle(in: project, environment: Self.environment(port: port))
            let run = try await ExecutableRun.run(binary, ["--bundle", bundle, "--log-level", "error"], in: project)
            try await listener.close()
            #expect(run.status == 2)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(run.stderr)")
            #expect(lines.first?.hasPrefix("envcheck-health: Cannot listen on 127.0.0.1:\(port): the port is already in use by ") == true)
            #expect(lines.first?.contains("(pid \(getpid()))") == true)
            #expect(!run.stderr.contains(Self.secretPassword))
        }

        @Test func smokePassesAgainstALiveServerWithTheBundlesKey() async throws {
            let binary = try ExecutableRun.binary("envcheck-health")
            let project = try Self.project()
            let environment = Self.environment(port: 3000)
            let bundle = try Self.bundle(in: project, environment: environment)
            let server = await TestServers.make(trust: TestServers.trust("loopback"), healthKey: environment["HEALTH_KEY"])
            let app = Application(router: server.buildRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let run = try await ExecutableRun.run(binary, ["smoke", "http://127.0.0.1:\(port)", "--bundle", bundle], in: project)
                #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
                #expect(run.stdout.hasSuffix("all 4 passed\n"))
                #expect(!run.stdout.contains(environment["HEALTH_KEY"]!))
            }
        }

        @Test func smokeFailsWithAReport() async throws {
            let binary = try ExecutableRun.binary("envcheck-health")
            let run = try await ExecutableRun.run(binary, ["smoke", "http://127.0.0.1:1", "--timeout", "2"], in: "/")
            #expect(run.status == 1)
            #expect(run.stdout.contains("FAIL GET /healthz"))
            #expect(run.stdout.hasSuffix("4 of 4 failed\n"))
            let usage = try await ExecutableRun.run(binary, ["smoke", "https://example.internal"], in: "/")
            #expect(usage.status == 2)
            #expect(usage.stderr.split(separator: "\n").count == 1)
        }
    }
}
