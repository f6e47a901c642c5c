import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import Testing

extension HealthTests {
    /// `/healthz` and `/readyz` through the router, with fake probes.
    @Suite struct HealthEndpointTests {
        @Test func livenessIsTinyAndPasses() async throws {
            let server = await TestServers.make(postgres: FakeProbe(.postgres, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/healthz", method: .get)
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"pass"}"#)
                #expect(response.headers[.contentType] == "application/health+json")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }

        @Test func readyWhenPostgresAndRedisAnswer() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["status"]?.stringValue == "pass")
                #expect(response.json["checks"] == nil)
                #expect(response.headers[.contentType] == "application/health+json")
            }
        }

        @Test func unreadyWithoutPostgres() async throws {
            let server = await TestServers.make(postgres: FakeProbe(.postgres, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(response.json["status"]?.stringValue == "fail")
                #expect(response.json["output"]?.stringValue == "postgres is down")
            }
        }

        @Test func degradedWithoutRedis() async throws {
            let server = await TestServers.make(redis: FakeProbe(.redis, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["status"]?.stringValue == "warn")
                #expect(response.json["output"]?.stringValue == "degraded: redis is down")
            }
        }

        @Test func readyWithoutRedisConfigured() async throws {
            let server = await TestServers.make(redis: nil)
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz?verbose", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["checks"]?.objectValue?.map(\.key) == ["postgres:connection"])
            }
        }

        @Test func unreadyBeforeTheFirstCheck() async throws {
            let server = await TestServers.make(checkFirst: false)
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(response.json["output"]?.stringValue?.hasPrefix("checks pending") == true)
            }
        }

        @Test func verboseListsEachCheck() async throws {
            let server = await TestServers.make(redis: FakeProbe(.redis, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/readyz?verbose", method: .get)
                let checks = try #require(response.json["checks"])
                let postgres = try #require(checks["postgres:connection"]?.arrayValue?.first)
                let redis = try #require(checks["redis:connection"]?.arrayValue?.first)
                #expect(postgres["status"]?.stringValue == "pass")
                #expect(postgres["observedUnit"]?.stringValue == "ms")
                #expect(postgres["observedValue"]?.doubleValue == 2)
                #expect(redis["status"]?.stringValue == "warn")
                #expect(redis["output"]?.stringValue == "connect ECONNREFUSED")
                #expect(redis["componentId"] == nil, "endpoints are for /health/detailed only")
                let withValue = try await client.execute(uri: "/readyz?verbose=1", method: .get)
                #expect(withValue.json["checks"] != nil)
                let other = try await client.execute(uri: "/readyz?verbosity=1", method: .get)
                #expect(other.json["checks"] == nil)
            }
        }

        @Test func requestsServeTheLatestResultWithoutProbing() async throws {
            let postgres = FakeProbe(.postgres)
            let server = await TestServers.make(postgres: postgres)
            #expect(postgres.runs == 1)
            try await Application(router: server.buildRouter()).test(.router) { client in
                for _ in 0..<50 {
                    let response = try await client.execute(uri: "/readyz", method: .get)
                    #expect(response.status == .ok)
                }
                #expect(postgres.runs == 1, "a readiness request must never run a probe")
                postgres.isUp = false
                let status1 = try await client.execute(uri: "/readyz", method: .get).status
                #expect(status1 == .ok, "still the latest result")
                await server.readiness.checkNow()
                let status2 = try await client.execute(uri: "/readyz", method: .get).status
                #expect(status2 == .serviceUnavailable)
            }
        }
    }
}
