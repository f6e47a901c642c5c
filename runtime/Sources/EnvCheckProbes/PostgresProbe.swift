import EnvCheckCore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Probes PostgreSQL from a `DATABASE_URL`: TCP, TLS as `sslmode` asks, startup,
/// authentication (md5 or SCRAM-SHA-256, whatever the server asks), the database, `SELECT 1`.
///
/// It uses one `PostgresConnection`, never a pool (a pool retries bad credentials forever).
/// Unlike `pg_isready`, a wrong password or an unknown database is a failure, with its SQLSTATE.
public struct PostgresProbe: Probe {
    /// The parsed `DATABASE_URL`.
    public var url: PostgresURL
    public var kind: ProbeKind { .postgres }
    public var endpoint: String {
        let server = PostgresServer.all(of: url)[0]
        return server.description + "/" + PostgresServer.database(of: url)
    }

    /// A probe of the server and database `url` names.
    public init(url: PostgresURL) {
        self.url = url
    }

    public func run(timeout: Duration) async -> ProbeOutcome {
        await timed(timeout) { attempt in
            var last: ProbeOutcome?
            for server in PostgresServer.all(of: url) {
                let outcome = await converse(with: server, timeout: timeout, attempt: attempt)
                if outcome.isUp || Task.isCancelled { return outcome }
                last = outcome
            }
            return last!
        }
    }

    /// One host of the URL: connect, then hand the channel to postgres-nio.
    private func converse(with server: PostgresServer, timeout: Duration, attempt: ProbeAttempt) async -> ProbeOutcome {
        attempt.reached(.connect)
        let channel: any Channel
        do {
            channel = try await server.connect(timeout: timeout)
            attempt.opened(channel)
        } catch {
            return ConnectFailure.outcome(error)
        }
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try PostgresTLS.configuration(for: url, host: server.host)
        } catch {
            channel.close(promise: nil)
            return .down(.tls, code: "tls-config", "cannot set up TLS as sslmode asks: \(error)", latency: .zero)
        }
        attempt.reached(tls.isAllowed ? .tls : .startup)
        var configuration = PostgresConnection.Configuration(
            establishedChannel: channel, tls: tls, username: PostgresServer.user(of: url),
            password: url.password, database: PostgresServer.database(of: url))
        if !server.isUnixSocket, !IPAddressSyntax.isValid(server.host) {
            configuration.options.tlsServerName = server.host  // SNI, and the name verify-full checks
        }
        let logger = Logger(label: "envcheck.probe.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                on: channel.eventLoop, configuration: configuration, id: 1, logger: logger)
        } catch {
            channel.close(promise: nil)
            return PostgresFailure.outcome(error, stageReached: attempt.stage)
        }
        attempt.reached(.query)
        do {
            let rows = try await connection.query("SELECT 1", logger: logger)
            for try await _ in rows {}
            try? await connection.close()
            let database = PostgresServer.database(of: url)
            return .up("authenticated as \(PostgresServer.user(of: url)), database \(database) answered SELECT 1", latency: .zero)
        } catch {
            try? await connection.close()
            return PostgresFailure.outcome(error, stageReached: .query)
        }
    }
}
