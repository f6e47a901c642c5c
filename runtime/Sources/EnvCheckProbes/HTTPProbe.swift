import NIOCore

/// Probes an HTTP health URL: `GET` it and read the status line. 2xx and 3xx are up.
public struct HTTPProbe: Probe {
    /// `http` or `https`.
    public var scheme: String
    /// The host.
    public var host: String
    /// The port (80 / 443 when the URL has none).
    public var port: Int
    /// The path and query, starting with `/`.
    public var path: String
    public var kind: ProbeKind { .http }
    public var endpoint: String { "\(scheme)://\(HostFormatting.endpoint(host: host, port: port))\(path)" }

    /// A probe of `url` (`http://` or `https://`); nil for anything else. Credentials in the
    /// URL are not used.
    public init?(url: String) {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        rest = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = Substring(authority)
        var port = scheme == "https" ? 443 : 80
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") { guard let number = Int(after.dropFirst()) else { return nil }; port = number }
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            guard let number = Int(host[host.index(after: colon)...]) else { return nil }
            port = number
            host = host[..<colon]
        }
        guard !host.isEmpty, (1...65535).contains(port) else { return nil }
        let pathAndQuery = rest.prefix { $0 != "#" }
        self.scheme = scheme
        self.host = String(host)
        self.port = port
        self.path = pathAndQuery.isEmpty ? "/" : (pathAndQuery.hasPrefix("?") ? "/" + pathAndQuery : String(pathAndQuery))
    }

    public func run(timeout: Duration) async -> ProbeOutcome {
        await timed(timeout) { attempt in
            attempt.reached(.connect)
            let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
            do {
                channel = try await StreamConnection.open(host: host, port: port, tls: scheme == "https", timeout: timeout, attempt: attempt)
            } catch {
                return ConnectFailure.outcome(error)
            }
            attempt.reached(scheme == "https" ? .tls : .query)
            do {
                return try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(string: request))
                    var received = ByteBuffer()
                    for try await var chunk in inbound {
                        attempt.reached(.query)
                        received.writeBuffer(&chunk)
                        if let status = HTTPStatusLine.status(in: received) { return outcome(status) }
                        if received.readableBytes > 8192 { break }
                    }
                    return .down(.query, code: "protocol", "no HTTP status line came back", latency: .zero)
                }
            } catch {
                return .down(attempt.stage, code: "closed", "the server closed the connection", latency: .zero)
            }
        }
    }

    private var request: String {
        let hostHeader = port == (scheme == "https" ? 443 : 80) ? host : HostFormatting.endpoint(host: host, port: port)
        return "GET \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: envcheck-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    }

    private func outcome(_ status: Int) -> ProbeOutcome {
        if (200..<400).contains(status) { return .up("answered HTTP \(status)", latency: .zero) }
        return .down(.query, code: String(status), "answered HTTP \(status)", latency: .zero)
    }
}

/// The status code of an HTTP/1.x response, once its first line has arrived.
enum HTTPStatusLine {
    static func status(in buffer: ByteBuffer) -> Int? {
        let bytes = buffer.readableBytesView
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...999).contains(status) else {
            return -1
        }
        return status
    }
}
