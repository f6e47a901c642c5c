import NIOSSL
import PostgresNIO

/// Turns a postgres-nio error into the stage and the server's code.
enum PostgresFailure {
    /// Classifies `error`; `stageReached` is where the conversation was when it failed.
    static func outcome(_ error: any Error, stageReached: ProbeStage) -> ProbeOutcome {
        guard let failure = error as? PSQLError else {
            return .down(stageReached, code: nil, "\(error)", latency: .zero)
        }
        switch failure.code {
        case .server:
            let state = failure.serverInfo?[.sqlState] ?? "?????"
            let message = failure.serverInfo?[.message] ?? "the server refused"
            return .down(stage(ofSQLState: state, reached: stageReached), code: state, message, latency: .zero)
        case .sslUnsupported:
            return .down(.tls, code: "ssl-unsupported", "the server does not support TLS, which sslmode requires", latency: .zero)
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .down(.tls, code: "tls", "TLS could not be set up", latency: .zero)
        case .unsupportedAuthMechanism:
            return .down(.authentication, code: "auth-mechanism", "the server asks for an authentication method envcheck does not speak", latency: .zero)
        case .authMechanismRequiresPassword:
            return .down(.authentication, code: "no-password", "the server asks for a password and the URL has none", latency: .zero)
        case .saslError:
            return .down(.authentication, code: "sasl", "SCRAM authentication failed", latency: .zero)
        case .connectionError:
            if let underlying = failure.underlying, underlying is NIOSSLError || underlying is BoringSSLError {
                return .down(.tls, code: "tls", "TLS handshake failed (\(underlying))", latency: .zero)
            }
            return .down(stageReached, code: "connection", "the connection failed", latency: .zero)
        case .serverClosedConnection, .uncleanShutdown:
            return .down(stageReached, code: "closed", "the server closed the connection", latency: .zero)
        default:
            return .down(stageReached, code: "\(failure.code)", "\(failure.code)", latency: .zero)
        }
    }

    /// The stage a SQLSTATE belongs to.
    static func stage(ofSQLState state: String, reached: ProbeStage) -> ProbeStage {
        switch state {
        case "28P01", "28000": .authentication
        case "3D000": .database
        case "57P03", "53300", "57P01": .startup
        default: reached == .query ? .query : .startup
        }
    }
}
