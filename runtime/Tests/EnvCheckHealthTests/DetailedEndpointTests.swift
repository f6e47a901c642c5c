import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import Testing

extension HealthTests {
    /// `/health/detailed` through the router, where no request has a peer address (so none is local).
    @Suite struct DetailedEndpointTests {
        @Test func withoutKeyIs401() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/health/detailed", method: .get)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }

        @Test func wrongKeyIs403() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                for key in ["wrong", TestServers.healthKey + "x", String(TestServers.healthKey.dropLast()), ""] {
                    let response = try await client.execute(uri: "/health/detailed", method: .get, headers: [.healthKey: key])
                    #expect(response.status == .forbidden)
                    #expect(!response.text.contains(TestServers.healthKey))
                }
            }
        }

        @Test func noConfiguredKeyRefusesEveryKey() async throws {
            let server = await TestServers.make(healthKey: nil)
            try await Application(router: server.buildRouter()).test(.router) { client in
                let status1 = try await client.execute(uri: "/health/detailed", method: .get).status
                #expect(status1 == .unauthorized)
                let status2 = try await client.execute(uri: "/health/detailed", method: .get, headers: [.healthKey: ""]).status
                #expect(status2 == .forbidden)
                let status3 = try await client.execute(uri: "/health/detailed", method: .get, headers: [.healthKey: "anything"]).status
                #expect(status3 == .forbidden)
            }
        }

        @Test func forwardedLoopbackDoesNotHelpWithoutAPeer() async throws {
            let server = await TestServers.make(trust: .hopCount(5))
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/health/detailed", method: .get, headers: [.forwardedFor: "127.0.0.1"])
                #expect(response.status == .unauthorized)
            }
        }

        @Test func rightKeyGivesTheReport() async throws {
            let server = await TestServers.make(redis: FakeProbe(.redis, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                _ = try await client.execute(uri: "/healthz", method: .get)
                _ = try await client.execute(uri: "/healthz", method: .get)
                _ = try await client.execute(uri: "/nope", method: .get)
                let response = try await client.execute(uri: "/health/detailed", method: .get, headers: [.healthKey: TestServers.healthKey])
                #expect(response.status == .ok)
                let json = response.json
                #expect(json["status"]?.stringValue == "warn")
                #expect(json["version"]?.stringValue == HealthServer.version)
                #expect(json["environment"]?.stringValue == "test")
                #expect(json["schemaDigest"]?.stringValue == "sha256:test-digest")
                #expect((json["uptimeSeconds"]?.doubleValue ?? -1) >= 0)
                let postgres = try #require(json["checks"]?["postgres:connection"]?.arrayValue?.first)
                #expect(postgres["componentId"]?.stringValue == "127.0.0.1:1")
                #expect(postgres["observedValue"]?.doubleValue == 2)
                let redis = try #require(json["checks"]?["redis:connection"]?.arrayValue?.first)
                #expect(redis["code"]?.stringValue == "ECONNREFUSED")
                let requests = try #require(json["metrics"]?["requests"])
                #expect(requests["GET /healthz"]?["200"]?.intValue == 2)
                #expect(requests["GET NotFound"]?["404"]?.intValue == 1, "Hummingbird names the unmatched route NotFound")
                let idempotency = try #require(json["metrics"]?["idempotency"])
                for field in ["size", "inFlight", "capacity", "hits", "replays", "conflicts", "evictions", "expirations", "rejections"] {
                    #expect(idempotency[field]?.intValue != nil, "missing \(field)")
                }
                #expect(!response.text.contains(TestServers.healthKey), "the key is never echoed")
            }
        }

        @Test func keyComparisonDecisions() {
            let key = TestServers.healthKey
            #expect(DetailedAccess.decide(isLocal: true, presentedKeys: [], expectedKey: key) == .allowed)
            #expect(DetailedAccess.decide(isLocal: true, presentedKeys: ["wrong"], expectedKey: nil) == .allowed)
            #expect(DetailedAccess.decide(isLocal: false, presentedKeys: [], expectedKey: key) == .missingKey)
            #expect(DetailedAccess.decide(isLocal: false, presentedKeys: [key], expectedKey: key) == .allowed)
            #expect(DetailedAccess.decide(isLocal: false, presentedKeys: [key, key], expectedKey: key) == .wrongKey)
            #expect(DetailedAccess.decide(isLocal: false, presentedKeys: [key.uppercased()], expectedKey: key) == .wrongKey)
            #expect(DetailedAccess.decide(isLocal: false, presentedKeys: [""], expectedKey: "") == .wrongKey)
        }
    }
}
