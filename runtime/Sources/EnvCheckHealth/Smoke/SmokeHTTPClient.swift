import NIOCore
import NIOHTTP1
import NIOPosix

/// A minimal HTTP/1.1 client for the smoke checks: one request per connection, plain HTTP,
/// the whole response read into memory, every exchange under a deadline.
public struct SmokeHTTPClient: Sendable {
    /// A response.
    public struct Response: Sendable {
        /// The status code.
        public var status: Int
        /// The headers.
        public var headers: HTTPHeaders
        /// The body.
        public var body: String
    }

    /// Why a request got no response.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What happened.
        public var description: String
    }

    /// The server's host.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The deadline of one exchange.
    public var timeout: Duration

    /// Creates a client of `host:port`.
    public init(host: String, port: Int, timeout: Duration = .seconds(5)) {
        self.host = host
        self.port = port
        self.timeout = timeout
    }

    /// Sends one request and reads its response.
    public func send(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: String? = nil) async throws -> Response {
        try await withThrowingTaskGroup(of: Response.self) { group in
            group.addTask { try await exchange(method, path, headers: headers, body: body) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw Failure(description: "no response within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    private func exchange(_ method: HTTPMethod, _ path: String, headers: [(String, String)], body: String?) async throws -> Response {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.init(timeout))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var head = HTTPRequestHead(version: .http1_1, method: method, uri: path)
            head.headers.add(name: "Host", value: "\(host):\(port)")
            head.headers.add(name: "Connection", value: "close")
            for (name, value) in headers { head.headers.add(name: name, value: value) }
            if let body { head.headers.add(name: "Content-Length", value: String(body.utf8.count)) }
            try await outbound.write(.head(head))
            if let body { try await outbound.write(.body(.byteBuffer(ByteBuffer(string: body)))) }
            try await outbound.write(.end(nil))
            var responseHead: HTTPResponseHead?
            var collected = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let received): responseHead = received
                case .body(var chunk): collected.writeBuffer(&chunk)
                case .end:
                    guard let responseHead else { throw Failure(description: "response without a head") }
                    return Response(status: Int(responseHead.status.code), headers: responseHead.headers, body: String(buffer: collected))
                }
            }
            throw Failure(description: "connection closed before the response ended")
        }
    }
}

private extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
