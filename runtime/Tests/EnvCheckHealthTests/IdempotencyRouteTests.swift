import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing

extension HealthTests {
    /// `POST /v1/items` with `Idempotency-Key`, through the router.
    @Suite struct IdempotencyRouteTests {
        static let widget = ByteBuffer(string: #"{"name":"widget"}"#)

        @Test func firstRequestCreatesAndReplayReturnsTheStoredResponse() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let first = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "key-1"], body: Self.widget)
                #expect(first.status == .created)
                #expect(first.headers[.location] == "/v1/items/1")
                #expect(first.headers[.idempotentReplayed] == nil)
                #expect(first.json["name"]?.stringValue == "widget")
                let replay = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "key-1", .requestID: "second"],
                                                      body: Self.widget)
                #expect(replay.status == .ok)
                #expect(replay.headers[.idempotentReplayed] == "true")
                #expect(replay.headers[.location] == "/v1/items/1")
                #expect(replay.headers[.requestID] == "second", "the replay carries its own request id")
                #expect(replay.text == first.text)
                #expect(server.items.all.count == 1)
            }
        }

        @Test func quotedAndBareKeysAreTheSameKey() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let first = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "\"abc\""], body: Self.widget)
                let second = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "abc"], body: Self.widget)
                #expect(first.status == .created)
                #expect(second.status == .ok)
            }
        }

        @Test func sameKeyWithAnotherBodyIs409() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                _ = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "k"], body: Self.widget)
                let other = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "k"],
                                                     body: ByteBuffer(string: #"{"name":"gadget"}"#))
                #expect(other.status == .conflict)
                #expect(other.headers[.retryAfter] == nil)
                #expect(server.items.all.count == 1)
                #expect(server.idempotency.statistics().conflicts == 1)
            }
        }

        @Test func sameKeyInFlightIs409WithRetryAfter() async throws {
            let server = await TestServers.make()
            let key = IdempotencyKey.namespaced("busy", environment: "test")
            #expect(server.idempotency.claim(key, fingerprint: IdempotencyFingerprint.of(method: "POST", path: "/v1/items", body: Self.widget)) == .claimed)
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "busy"], body: Self.widget)
                #expect(response.status == .conflict)
                #expect(response.headers[.retryAfter] == "1")
                #expect(server.items.all.isEmpty)
            }
        }

        @Test func everySlotInFlightIs503() async throws {
            let server = await TestServers.make(idempotencyMax: 2)
            _ = server.idempotency.claim("a", fingerprint: [1])
            _ = server.idempotency.claim("b", fingerprint: [2])
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "new"], body: Self.widget)
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "1")
                let unkeyed = try await client.execute(uri: "/v1/items", method: .post, body: Self.widget)
                #expect(unkeyed.status == .created, "requests without a key are not limited")
            }
        }

        @Test(arguments: [String(repeating: "k", count: 256), "two words", "", "\"unterminated", "\"bad\\escape\""])
        func invalidKeysAre400(_ key: String) async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: key], body: Self.widget)
                #expect(response.status == .badRequest)
                #expect(server.items.all.isEmpty)
            }
        }

        @Test func longestKeyIsAccepted() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let key = String(repeating: "k", count: 255)
                let status1 = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: key], body: Self.widget).status
                #expect(status1 == .created)
                let status2 = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "\"\(key)\""], body: Self.widget).status
                #expect(status2 == .ok)
            }
        }

        @Test func failedFirstRequestReleasesTheKey() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let bad = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "retry"], body: ByteBuffer(string: "{}"))
                #expect(bad.status == .badRequest)
                #expect(server.idempotency.statistics().size == 0)
            }
        }

        @Test func withoutAKeyEveryPostCreates() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                _ = try await client.execute(uri: "/v1/items", method: .post, body: Self.widget)
                _ = try await client.execute(uri: "/v1/items", method: .post, body: Self.widget)
                let list = try await client.execute(uri: "/v1/items", method: .get)
                #expect(list.json["count"]?.intValue == 2)
            }
        }

        @Test func hundredConcurrentPostsWithOneKeyCreateOneItem() async throws {
            let server = await TestServers.make()
            let statuses = NIOLockedValueBox<[Int]>([])
            try await Application(router: server.buildRouter()).test(.router) { client in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<100 {
                        group.addTask {
                            let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.idempotencyKey: "once"], body: Self.widget)
                            if response.status == .conflict { #expect(response.headers[.retryAfter] == "1") }
                            if response.status == .ok { #expect(response.headers[.idempotentReplayed] == "true") }
                            statuses.withLockedValue { $0.append(response.status.code) }
                        }
                    }
                    try await group.waitForAll()
                }
                let list = try await client.execute(uri: "/v1/items", method: .get)
                #expect(list.json["count"]?.intValue == 1)
            }
            let all = statuses.withLockedValue { $0 }
            #expect(all.count == 100)
            #expect(all.filter { $0 == 201 }.count == 1)
            #expect(all.allSatisfy { [200, 201, 409].contains($0) })
        }
    }
}
