import Hummingbird
import NIOCore

/// The request context of the health server: Hummingbird's core storage, the socket's peer
/// address, and the request id the request-id middleware chose.
public struct HealthRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// The socket's peer, when there is a socket (nil in router tests).
    public let remoteAddress: SocketAddress?
    /// The request's id (set by `RequestIDMiddleware`; empty before it runs).
    public var requestID: String = ""

    /// Creates the context of one request from its channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The peer's IP address as text (nil when unknown or not an IP socket).
    public var peerAddress: String? {
        guard let remoteAddress else { return nil }
        switch remoteAddress {
        case .v4, .v6: return remoteAddress.ipAddress
        default: return nil
        }
    }
}
