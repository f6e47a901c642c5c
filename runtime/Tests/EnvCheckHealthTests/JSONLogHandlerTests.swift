import EnvCheckCore
import EnvCheckHealth
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import Testing

extension HealthTests {
    /// Structured logs: one JSON object per line, the request id in every line of a request.
    @Suite struct JSONLogHandlerTests {
        @Test func writesOneObjectPerLineWithTheRequestID() async throws {
            let lines = NIOLockedValueBox<[String]>([])
            var logger = Logger(label: "envcheck-health") { label in
                JSONLogHandler(label: label) { line in lines.withLockedValue { $0.append(line) } }
            }
            logger.logLevel = .info
            let server = await TestServers.make()
            try await Application(router: server.buildRouter(), logger: logger).test(.router) { client in
                let response = try await client.execute(uri: "/v1/items", method: .post, headers: [.requestID: "json-7"],
                                                        body: ByteBuffer(string: #"{"name":"say \"hi\"\n"}"#))
                #expect(response.status == .created)
            }
            let written = lines.withLockedValue { $0 }
            let created = try #require(written.first { $0.contains("Created item") })
            #expect(created.hasSuffix("\n"))
            #expect(created.dropLast().contains("\n") == false)
            let json = try JSONReader.parse(Array(created.utf8))
            #expect(json["level"]?.stringValue == "info")
            #expect(json["logger"]?.stringValue == "envcheck-health")
            #expect(json["message"]?.stringValue == "Created item")
            #expect(json["request.id"]?.stringValue == "json-7")
            #expect(json["item.id"]?.stringValue == "1")
            let time = try #require(json["time"]?.stringValue)
            #expect(time.count == 24 && time.hasSuffix("Z"), "RFC 3339 UTC with milliseconds: \(time)")
        }
    }
}
