import EnvCheckCore
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#endif

/// One server of a PostgreSQL URL (libpq allows a list), and libpq's defaults.
struct PostgresServer: CustomStringConvertible {
    /// A host name, an address, or a socket directory (starting with `/`).
    var host: String
    var port: Int

    var isUnixSocket: Bool { host.hasPrefix("/") }

    var description: String {
        isUnixSocket ? "\(host)/.s.PGSQL.\(port)" : HostFormatting.endpoint(host: host, port: port)
    }

    /// Opens the TCP (or Unix socket) connection.
    func connect(timeout: Duration) async throws -> any Channel {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connectTimeout(timeout.timeAmount)
        if isUnixSocket {
            return try await bootstrap.connect(unixDomainSocketPath: "\(host)/.s.PGSQL.\(port)").get()
        }
        return try await bootstrap.connect(host: host, port: port).get()
    }

    /// The servers of `url` in order, with libpq's defaults (`localhost`, 5432).
    static func all(of url: PostgresURL) -> [PostgresServer] {
        let hosts = url.hosts.isEmpty ? [HostPort(host: "", port: nil)] : url.hosts
        return hosts.map { entry in
            PostgresServer(host: entry.host.isEmpty ? (url.parameter("host") ?? "localhost") : entry.host,
                           port: entry.port ?? url.parameter("port").flatMap { Int($0) } ?? 5432)
        }
    }

    /// The user: the URL's, else `user=`, else the operating-system user (libpq's default).
    static func user(of url: PostgresURL) -> String {
        if let user = url.user, !user.isEmpty { return user }
        if let user = url.parameter("user"), !user.isEmpty { return user }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "postgres"
    }

    /// The database: the URL's, else `dbname=`, else the user name (libpq's default).
    static func database(of url: PostgresURL) -> String {
        if let database = url.database, !database.isEmpty { return database }
        if let database = url.parameter("dbname"), !database.isEmpty { return database }
        return user(of: url)
    }
}
