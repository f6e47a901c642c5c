import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import Testing

extension HealthTests {
    /// `/health/detailed` over a real socket from 127.0.0.1: the peer address decides, and
    /// `X-Forwarded-For` moves the decision only across the hops `TRUST_PROXY` trusts.
    @Suite struct LocalhostLiveTests {
        struct Case: CustomTestStringConvertible, Sendable {
            var trustProxy: String
            var forwardedFor: String?
            var status: Int
            var testDescription: String { "TRUST_PROXY=\(trustProxy) X-Forwarded-For=\(forwardedFor ?? "-") -> \(status)" }
        }

        static let cases: [Case] = [
            // The loopback peer is local; a header from an untrusted peer changes nothing.
            Case(trustProxy: "10.0.0.0/8", forwardedFor: nil, status: 200),
            Case(trustProxy: "10.0.0.0/8", forwardedFor: "203.0.113.7", status: 200),
            Case(trustProxy: "uniquelocal", forwardedFor: "203.0.113.7", status: 200),
            // A trusted loopback proxy forwards for a remote client: not local.
            Case(trustProxy: "loopback", forwardedFor: "203.0.113.7", status: 401),
            Case(trustProxy: "loopback, linklocal, uniquelocal", forwardedFor: "203.0.113.7, 10.0.0.5", status: 401),
            Case(trustProxy: "loopback", forwardedFor: "127.0.0.1", status: 200),
            // A client that prepends a spoofed 127.0.0.1 is found behind it.
            Case(trustProxy: "loopback", forwardedFor: "127.0.0.1, 203.0.113.7", status: 401),
            Case(trustProxy: "1", forwardedFor: "127.0.0.1, 203.0.113.7", status: 401),
            Case(trustProxy: "127.0.0.1/32, ::1", forwardedFor: "127.0.0.1, 203.0.113.7", status: 401),
            // Hop counts: only the last n entries are believed.
            Case(trustProxy: "1", forwardedFor: "203.0.113.7, 127.0.0.1", status: 200),
            Case(trustProxy: "2", forwardedFor: "203.0.113.7, 127.0.0.1", status: 401),
            // An entry that is not an address is where the walk ends, and it is not local.
            Case(trustProxy: "loopback", forwardedFor: "localhost", status: 401),
        ]

        @Test(arguments: cases)
        func localhostRule(_ example: Case) async throws {
            let server = await TestServers.make(trust: TestServers.trust(example.trustProxy))
            let app = Application(router: server.buildRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in
                var headers: HTTPFields = [:]
                if let forwardedFor = example.forwardedFor { headers[.forwardedFor] = forwardedFor }
                let response = try await client.execute(uri: "/health/detailed", method: .get, headers: headers)
                #expect(response.status.code == example.status)
                if example.status == 200 { #expect(response.json["schemaDigest"]?.stringValue == "sha256:test-digest") }
            }
        }

        @Test func remoteClientWithTheKeyIsAllowed() async throws {
            let server = await TestServers.make(trust: TestServers.trust("loopback"))
            let app = Application(router: server.buildRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in
                let headers: HTTPFields = [.forwardedFor: "203.0.113.7", .healthKey: TestServers.healthKey]
                let status1 = try await client.execute(uri: "/health/detailed", method: .get, headers: headers).status
                #expect(status1 == .ok)
                let wrong: HTTPFields = [.forwardedFor: "203.0.113.7", .healthKey: "nope"]
                let status2 = try await client.execute(uri: "/health/detailed", method: .get, headers: wrong).status
                #expect(status2 == .forbidden)
            }
        }

        @Test func liveResponsesEchoTheRequestID() async throws {
            let server = await TestServers.make()
            let app = Application(router: server.buildRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in
                let response = try await client.execute(uri: "/nope", method: .get, headers: [.requestID: "live-1"])
                #expect(response.status == .notFound)
                #expect(response.headers[.requestID] == "live-1")
            }
        }
    }
}
