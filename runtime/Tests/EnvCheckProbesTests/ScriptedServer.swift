import NIOCore
import NIOPosix

/// A loopback server that answers every read with the same bytes: a server in a state that is
/// hard to catch for real (PostgreSQL starting up, Redis loading its dataset), speaking its
/// protocol's own error message.
final class ScriptedServer {
    let port: Int
    private let channel: any Channel

    init(reply: [UInt8]) throws {
        channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Replier(reply: reply)) }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress!.port!
    }

    deinit { channel.close(promise: nil) }

    /// PostgreSQL's ErrorResponse (`E`) with a severity, a SQLSTATE and a message.
    static func postgresError(code: String, message: String) -> [UInt8] {
        var body: [UInt8] = []
        for (field, value) in [("S", "FATAL"), ("V", "FATAL"), ("C", code), ("M", message)] {
            body += Array(field.utf8) + Array(value.utf8) + [0]
        }
        body.append(0)
        let length = UInt32(body.count + 4)
        return Array("E".utf8) + withUnsafeBytes(of: length.bigEndian, Array.init) + body
    }

    private final class Replier: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let reply: [UInt8]

        init(reply: [UInt8]) { self.reply = reply }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: reply)), promise: nil)
        }
    }
}
