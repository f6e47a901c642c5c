import EnvCheckCore
import NIOCore

/// Probes Redis from a `REDIS_URL`: connect (TLS for `rediss://`), `AUTH` (with the user when
/// the URL has one), `SELECT` the database, `PING`.
///
/// Unlike `redis-cli ping`, which exits 0 on them, `NOAUTH`, `WRONGPASS` and `LOADING` replies
/// are failures, with that code.
public struct RedisProbe: Probe {
    /// The parsed `REDIS_URL`.
    public var url: RedisURL
    public var kind: ProbeKind { .redis }
    public var endpoint: String { HostFormatting.endpoint(host: url.host, port: url.port) + "/\(url.database)" }

    /// A probe of the server `url` names.
    public init(url: RedisURL) {
        self.url = url
    }

    public func run(timeout: Duration) async -> ProbeOutcome {
        await timed(timeout) { attempt in
            attempt.reached(.connect)
            let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
            do {
                channel = try await StreamConnection.open(host: url.host, port: url.port, tls: url.usesTLS, timeout: timeout, attempt: attempt)
            } catch {
                return ConnectFailure.outcome(error)
            }
            do {
                return try await channel.executeThenClose { inbound, outbound in
                    var session = RESPSession(inbound: inbound.makeAsyncIterator(), outbound: outbound)
                    return try await converse(&session, attempt: attempt)
                }
            } catch let error as RESPParser.MalformedReply {
                return .down(attempt.stage, code: "protocol", "not a Redis server: \(error)", latency: .zero)
            } catch {
                let stage = url.usesTLS && attempt.stage == .tls ? ProbeStage.tls : attempt.stage
                return .down(stage, code: "closed", "the server closed the connection", latency: .zero)
            }
        }
    }

    private func converse(_ session: inout RESPSession, attempt: ProbeAttempt) async throws -> ProbeOutcome {
        attempt.reached(url.usesTLS ? .tls : .authentication)
        if let password = url.password {
            attempt.reached(.authentication)
            let words = url.user.map { ["AUTH", $0, password] } ?? ["AUTH", password]
            let reply = try await session.send(words)
            if let failure = failure(reply, stage: .authentication) { return failure }
        }
        if url.database != 0 {
            attempt.reached(.database)
            let reply = try await session.send(["SELECT", String(url.database)])
            if let failure = failure(reply, stage: .database) { return failure }
        }
        attempt.reached(.query)
        let reply = try await session.send(["PING"])
        if let failure = failure(reply, stage: .query) { return failure }
        guard case .simpleString("PONG") = reply else {
            return .down(.query, code: "protocol", "PING was not answered with PONG", latency: .zero)
        }
        return .up(url.password == nil ? "answered PING" : "authenticated, answered PING", latency: .zero)
    }

    /// The failure an error reply means, with its code; nil when the reply is not an error.
    private func failure(_ reply: RESPValue, stage: ProbeStage) -> ProbeOutcome? {
        guard let code = reply.errorCode else { return nil }
        let (stage, reason): (ProbeStage, String) = switch code {
        case "NOAUTH": (.authentication, "the server asks for a password and the URL has none")
        case "WRONGPASS": (.authentication, "the server rejected the user name or password")
        case "LOADING": (.startup, "the server is loading its dataset into memory")
        case "ERR" where stage == .authentication: (.authentication, "the server refused AUTH (it has no password set?)")
        case "ERR" where stage == .database: (.database, "the server refused SELECT \(url.database) (out of range?)")
        default: (stage, "the server answered with an error")
        }
        return .down(stage, code: code, reason, latency: .zero)
    }
}

/// Request–reply over one connection: send a command, read until one whole reply has arrived.
struct RESPSession {
    var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    var pending = ByteBuffer()

    struct ConnectionClosed: Error {}

    mutating func send(_ words: [String]) async throws -> RESPValue {
        try await outbound.write(RESPValue.command(words))
        while true {
            if let reply = try RESPParser.parse(&pending) { return reply }
            guard var chunk = try await inbound.next() else { throw ConnectionClosed() }
            pending.writeBuffer(&chunk)
        }
    }
}
