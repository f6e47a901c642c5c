import EnvCheckCore
import NIOCore
import NIOPosix
import NIOSSL

/// Opens a byte-stream connection for a probe's conversation: TCP, with TLS on top when asked.
enum StreamConnection {
    /// Connects to `host:port` within `timeout`, registering the channel with `attempt` so a
    /// timeout can close it. With `tls`, the server's certificate is verified against the
    /// system's roots and `host` (sent as SNI unless it is an IP address).
    static func open(host: String, port: Int, tls: Bool, timeout: Duration,
                     attempt: ProbeAttempt) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let context = tls ? try NIOSSLContext(configuration: .makeClientConfiguration()) : nil
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout.timeAmount)
            .connect(host: host, port: port) { channel in
                attempt.opened(channel)
                return channel.eventLoop.makeCompletedFuture {
                    if let context {
                        let serverName = IPAddressSyntax.isValid(host) ? nil : host
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: context, serverHostname: serverName))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }
}
