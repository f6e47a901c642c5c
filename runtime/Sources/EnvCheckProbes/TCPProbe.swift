import NIOCore
import NIOPosix

/// Connects to a host and port and closes again: for services envcheck has no protocol for.
public struct TCPProbe: Probe {
    /// The host to connect to.
    public var host: String
    /// The port.
    public var port: Int
    public var kind: ProbeKind { .tcp }
    public var endpoint: String { HostFormatting.endpoint(host: host, port: port) }

    /// A probe of `host:port`.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    public func run(timeout: Duration) async -> ProbeOutcome {
        await timed(timeout) { attempt in
            attempt.reached(.connect)
            do {
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connectTimeout(timeout.timeAmount)
                    .connect(host: host, port: port).get()
                attempt.opened(channel)
                try? await channel.close()
                return .up("accepts TCP connections", latency: .zero)
            } catch {
                return ConnectFailure.outcome(error)
            }
        }
    }
}

/// `host:port`, with brackets around IPv6 addresses.
enum HostFormatting {
    static func endpoint(host: String, port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
