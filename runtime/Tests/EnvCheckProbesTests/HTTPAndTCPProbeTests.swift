import NIOCore
import NIOPosix
import Testing
@testable import EnvCheckProbes

/// A tiny HTTP server on loopback (SwiftNIO): `/` answers 200, anything else 404; for as long as
/// the value lives.
final class LocalHTTPServer {
    let port: Int
    private let channel: any Channel

    init(port: Int = 0) throws {
        channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(StatusResponder()) }
            }
            .bind(host: "127.0.0.1", port: port).wait()
        self.port = channel.localAddress!.port!
    }

    deinit { channel.close(promise: nil) }

    private final class StatusResponder: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let request = unwrapInboundIn(data)
            let line = request.getString(at: request.readerIndex, length: request.readableBytes)?.prefix { $0 != "\r" } ?? ""
            let status = line.hasPrefix("GET / ") ? "200 OK" : "404 Not Found"
            let response = "HTTP/1.1 \(status)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: response))).whenComplete { _ in context.close(promise: nil) }
        }
    }
}

@Suite struct HTTPAndTCPProbeTests {
    @Test func anHTTPServerAnswersWithItsStatus() async throws {
        let server = try LocalHTTPServer()
        let up = await HTTPProbe(url: "http://127.0.0.1:\(server.port)/")!.run(timeout: .seconds(3))
        #expect(up.isUp && up.detail == "answered HTTP 200", "\(up)")
        let missing = await HTTPProbe(url: "http://127.0.0.1:\(server.port)/no-such-page")!.run(timeout: .seconds(3))
        #expect(missing.stage == .query && missing.code == "404")
    }

    @Test func aSilentHTTPServerTimesOut() async throws {
        let listener = try SilentListener()
        let outcome = await HTTPProbe(url: "http://127.0.0.1:\(listener.port)/")!.run(timeout: .milliseconds(300))
        #expect(outcome.code == "timeout" && outcome.stage == .query)
    }

    @Test func tcpConnectsOrIsRefused() async throws {
        let listener = try SilentListener()
        #expect(await TCPProbe(host: "127.0.0.1", port: listener.port).run(timeout: .seconds(2)).isUp)
        let refused = await TCPProbe(host: "127.0.0.1", port: try refusedPort()).run(timeout: .seconds(2))
        #expect(refused.stage == .connect && refused.code == "ECONNREFUSED")
    }
}
