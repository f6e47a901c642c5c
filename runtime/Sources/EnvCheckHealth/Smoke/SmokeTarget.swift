/// The server a smoke run checks: `http://host[:port][/base]`.
public struct SmokeTarget: Sendable, Equatable {
    /// The host (an IPv6 address without brackets).
    public var host: String
    /// The port (80 when the URL has none).
    public var port: Int
    /// The path prefix the endpoints live under (empty, or `/base` without a trailing slash).
    public var basePath: String

    /// Creates a target.
    public init(host: String, port: Int, basePath: String = "") {
        self.host = host
        self.port = port
        self.basePath = basePath
    }

    /// Reads a URL, or explains why it cannot be used (only plain `http://` is supported).
    public static func parse(_ url: String) -> Result<SmokeTarget, SmokeHTTPClient.Failure> {
        guard url.hasPrefix("http://") else {
            return .failure(.init(description: "\(url): expected an http:// URL (the smoke checks speak plain HTTP; run them inside the network, in front of TLS)"))
        }
        let rest = url.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var path = String(rest.dropFirst(authority.count).prefix { $0 != "?" && $0 != "#" })
        while path.hasSuffix("/") { path.removeLast() }
        guard !authority.contains("@") else { return .failure(.init(description: "The URL must not carry credentials")) }
        var host = Substring(authority)
        var portText: Substring?
        if host.first == "[" {
            guard let close = host.firstIndex(of: "]") else { return .failure(.init(description: "\(url): unterminated [IPv6] host")) }
            let after = host[host.index(after: close)...]
            portText = after.first == ":" ? after.dropFirst() : nil
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { return .failure(.init(description: "\(url): no host")) }
        var port = 80
        if let portText {
            guard let parsed = Int(portText), (1...65535).contains(parsed) else { return .failure(.init(description: "\(url): the port must be 1–65535")) }
            port = parsed
        }
        return .success(SmokeTarget(host: String(host), port: port, basePath: path))
    }
}
