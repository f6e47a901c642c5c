import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing

extension HealthTests {
    /// The smoke checks against live servers, and the URL they take.
    @Suite struct SmokeTests {
        static func live(_ server: HealthServer, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
            let app = Application(router: server.buildRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in try await body(try #require(client.port)) }
        }

        @Test func passesAgainstAHealthyServer() async throws {
            let server = await TestServers.make(trust: TestServers.trust("loopback"))
            try await Self.live(server) { port in
                let results = await SmokeCheck.run(SmokeTarget(host: "127.0.0.1", port: port, basePath: ""), healthKey: TestServers.healthKey)
                #expect(results.count == 4)
                #expect(results.allSatisfy { $0.passed }, "\(results)")
                #expect(server.items.all.count == 1, "one item, replayed once")
                let report = SmokeCheck.report(results, target: "http://127.0.0.1:\(port)")
                #expect(report.hasSuffix("all 4 passed\n"))
                #expect(!report.contains(TestServers.healthKey))
            }
        }

        @Test func reportsEachFailure() async throws {
            let server = await TestServers.make(postgres: FakeProbe(.postgres, up: false))
            try await Self.live(server) { port in
                let results = await SmokeCheck.run(SmokeTarget(host: "127.0.0.1", port: port, basePath: ""), healthKey: "wrong-key")
                #expect(results.map(\.passed) == [true, false, true, true], "\(results)")
                #expect(results[1].detail == "status 503, fail (postgres is down)")
            }
        }

        @Test func detailedNeedsTheKeyFromBehindAProxy() async throws {
            // The smoke client connects from 127.0.0.1, which is local unless a trusted proxy says
            // otherwise; with no trusted proxy the key is not needed.
            let server = await TestServers.make()
            try await Self.live(server) { port in
                let results = await SmokeCheck.run(SmokeTarget(host: "127.0.0.1", port: port, basePath: ""), healthKey: nil)
                #expect(results[2].passed)
            }
        }

        @Test func failsWhenNothingListens() async {
            let results = await SmokeCheck.run(SmokeTarget(host: "127.0.0.1", port: 1, basePath: ""), healthKey: nil, timeout: .seconds(2))
            #expect(results.allSatisfy { !$0.passed })
            #expect(results.allSatisfy { $0.detail.hasPrefix("no response") })
        }

        @Test func hundredConcurrentLivePostsWithOneKeyCreateOneItem() async throws {
            let server = await TestServers.make()
            try await Self.live(server) { port in
                let statuses = NIOLockedValueBox<[Int]>([])
                let client = SmokeHTTPClient(host: "127.0.0.1", port: port, timeout: .seconds(20))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<100 {
                        group.addTask {
                            let response = try await client.send(.POST, "/v1/items", headers: [("Idempotency-Key", "live-once")], body: #"{"name":"w"}"#)
                            statuses.withLockedValue { $0.append(response.status) }
                        }
                    }
                    try await group.waitForAll()
                }
                let all = statuses.withLockedValue { $0 }
                #expect(all.filter { $0 == 201 }.count == 1)
                #expect(all.allSatisfy { [200, 201, 409].contains($0) }, "\(all)")
                #expect(server.items.all.count == 1)
            }
        }

        @Test(arguments: [
            ("http://127.0.0.1:3000", SmokeTarget(host: "127.0.0.1", port: 3000, basePath: "")),
            ("http://example.internal/api/", SmokeTarget(host: "example.internal", port: 80, basePath: "/api")),
            ("http://[::1]:8080", SmokeTarget(host: "::1", port: 8080, basePath: "")),
        ])
        func targets(_ url: String, _ expected: SmokeTarget) throws {
            #expect(try SmokeTarget.parse(url).get() == expected)
        }

        @Test(arguments: ["https://x", "http://:80", "http://h:0", "http://h:99999", "http://u:p@h", "ftp://h"])
        func refusedTargets(_ url: String) {
            #expect((try? SmokeTarget.parse(url).get()) == nil)
        }
    }
}
