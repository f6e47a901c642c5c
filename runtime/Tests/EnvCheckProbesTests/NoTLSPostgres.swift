import NIOCore
import NIOPosix

/// A loopback server that answers PostgreSQL's SSLRequest with `N` ("no TLS here") and then
/// says nothing: what a server without TLS does, for `sslmode=require`.
final class NoTLSPostgres {
    let port: Int
    private let channel: any Channel

    init() throws {
        channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(RefuseTLS()) }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress!.port!
    }

    deinit { channel.close(promise: nil) }

    private final class RefuseTLS: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: "N")), promise: nil)
        }
    }
}
