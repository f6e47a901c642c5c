import EnvCheckCore
import NIOSSL
import PostgresNIO

/// What libpq's `sslmode` (and `sslrootcert`) mean for postgres-nio.
enum PostgresTLS {
    /// `disable` → no TLS; `allow`/`prefer` (libpq's default) → TLS when the server offers it,
    /// unverified; `require` → TLS, unverified; `verify-ca` → a certificate chained to the root;
    /// `verify-full` → and the host name.
    static func configuration(for url: PostgresURL, host: String) throws -> PostgresConnection.Configuration.TLS {
        let mode = url.parameter("sslmode") ?? "prefer"
        switch mode {
        case "disable":
            return .disable
        case "allow", "prefer":
            return .prefer(try NIOSSLContext(configuration: unverified()))
        case "require" where url.parameter("sslrootcert") == nil:
            return .require(try NIOSSLContext(configuration: unverified()))
        default:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = mode == "verify-full" ? .fullVerification : .noHostnameVerification
            if let root = url.parameter("sslrootcert"), root != "system" {
                configuration.trustRoots = .file(root)
            }
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    private static func unverified() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return configuration
    }
}
