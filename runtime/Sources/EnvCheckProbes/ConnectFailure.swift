import NIOCore
import NIOPosix

/// Turns an error of a TCP connect (NIO's `ClientBootstrap`) into a stage, a code and words.
enum ConnectFailure {
    /// Classifies `error` raised while connecting.
    static func outcome(_ error: any Error) -> ProbeOutcome {
        if let failure = error as? NIOConnectionError {
            if failure.connectionErrors.isEmpty, failure.dnsAError != nil || failure.dnsAAAAError != nil {
                return .down(.dns, code: "ENOTFOUND", "the host name \(failure.host) does not resolve", latency: .zero)
            }
            if let first = failure.connectionErrors.first {
                return outcome(first.error)
            }
        }
        if case ChannelError.connectTimeout = error {
            return .down(.connect, code: "timeout", "the TCP connection did not complete", latency: .zero)
        }
        if let failure = error as? IOError {
            let name = ErrnoName.of(failure.errnoCode)
            let reason = switch failure.errnoCode {
            case ECONNREFUSED: "connection refused (nothing listens there)"
            case ENETUNREACH, EHOSTUNREACH: "unreachable"
            case ETIMEDOUT: "the TCP connection timed out"
            default: "connect failed (\(name))"
            }
            return .down(.connect, code: name, reason, latency: .zero)
        }
        if error is SocketAddressError {
            return .down(.dns, code: "ENOTFOUND", "the host name does not resolve", latency: .zero)
        }
        return .down(.connect, code: nil, "\(error)", latency: .zero)
    }
}

/// Symbolic names of the errno values a probe meets.
enum ErrnoName {
    static func of(_ code: CInt) -> String {
        switch code {
        case ECONNREFUSED: "ECONNREFUSED"
        case ECONNRESET: "ECONNRESET"
        case ENETUNREACH: "ENETUNREACH"
        case EHOSTUNREACH: "EHOSTUNREACH"
        case ETIMEDOUT: "ETIMEDOUT"
        case EPIPE: "EPIPE"
        case EADDRNOTAVAIL: "EADDRNOTAVAIL"
        default: "errno \(code)"
        }
    }
}
