import EnvCheckCore
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One clear line for an error the server gets while starting to listen.
public enum ListenFailure {
    /// The message for `error` when it is a failure to listen on `host:port` (port in use,
    /// not allowed, not an address of this machine, unresolvable host), else nil.
    public static func message(for error: any Error, host: String, port: Int) -> String? {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE:
                let owners = ListeningSockets.current().owners(on: port)
                let owner = owners.isEmpty ? "" : " by " + owners.map(\.description).joined(separator: ", ")
                return "Cannot listen on \(host):\(port): the port is already in use\(owner); stop that process or set PORT to a free port"
            case EACCES:
                return "Cannot listen on \(host):\(port): permission denied (ports below 1024 need privileges); set PORT to a port above 1023"
            case EADDRNOTAVAIL:
                return "Cannot listen on \(host):\(port): \(host) is not an address of this machine; check HOST"
            default:
                return "Cannot listen on \(host):\(port): \(error.description)"
            }
        }
        if error is SocketAddressError {
            return "Cannot listen on \(host):\(port): HOST does not resolve to an address; check HOST"
        }
        return nil
    }
}
