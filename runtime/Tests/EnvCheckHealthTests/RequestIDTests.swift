import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import Testing

extension HealthTests {
    /// `X-Request-ID`: kept when sane, replaced otherwise, generated when missing, echoed on every
    /// response (errors too), attached to the request's log lines.
    @Suite struct RequestIDTests {
        @Test func generatedWhenMissing() async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let first = try await client.execute(uri: "/healthz", method: .get).headers[.requestID]
                let second = try await client.execute(uri: "/healthz", method: .get).headers[.requestID]
                let id = try #require(first)
                #expect(id.count == 32)
                #expect(id.allSatisfy { $0.isHexDigit })
                #expect(first != second)
            }
        }

        @Test(arguments: ["abc-123", "req_0f8fad5b-d9cb-469f-a165-70867728950e", String(repeating: "x", count: 128), "!~"])
        func keptWhenSane(_ id: String) async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: id])
                #expect(response.headers[.requestID] == id)
            }
        }

        @Test(arguments: [String(repeating: "x", count: 129), "has space", "tab\there", "naïve", ""])
        func replacedWhenNotSane(_ id: String) async throws {
            let server = await TestServers.make()
            try await Application(router: server.buildRouter()).test(.router) { client in
                let response = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: id])
                let echoed = try #require(response.headers[.requestID])
                #expect(echoed != id)
                #expect(echoed.count == 32)
            }
        }

        @Test func echoedOnErrors() async throws {
            let server = await TestServers.make(postgres: FakeProbe(.postgres, up: false))
            try await Application(router: server.buildRouter()).test(.router) { client in
                for (uri, status) in [("/nope", HTTPResponse.Status.notFound), ("/readyz", .serviceUnavailable), ("/health/detailed", .unauthorized)] {
                    let response = try await client.execute(uri: uri, method: .get, headers: [.requestID: "trace-\(status.code)"])
                    #expect(response.status == status)
                    #expect(response.headers[.requestID] == "trace-\(status.code)")
                }
                let bad = try await client.execute(uri: "/v1/items", method: .post, headers: [.requestID: "bad-body"], body: ByteBuffer(string: "{"))
                #expect(bad.status == .badRequest)
                #expect(bad.headers[.requestID] == "bad-body")
            }
        }

        @Test func attachedToTheRequestsLogLines() async throws {
            let capture = LogCapture()
            let server = await TestServers.make()
            try await Application(router: server.buildRouter(), logger: capture.logger()).test(.router) { client in
                let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.requestID: "log-me-42"],
                                                        body: ByteBuffer(string: #"{"name":"widget"}"#))
                #expect(response.status == .created)
            }
            let created = try #require(capture.records.first { $0.message == "Created item" })
            #expect(created.metadata["request.id"] == "log-me-42")
        }
    }
}
