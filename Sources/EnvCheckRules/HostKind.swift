import EnvCheckCore

/// What a host in a URL is: the machine itself, a Unix socket, a compose service, or elsewhere.
enum HostKind {
    /// `localhost`, `*.localhost`, 127.0.0.0/8, `::1` and their IPv4-mapped forms.
    static func isLoopback(_ host: String) -> Bool {
        let folded = host.lowercased()
        if folded == "localhost" || folded.hasSuffix(".localhost") { return true }
        if let bytes = IPAddressSyntax.ipv4(folded) { return bytes[0] == 127 }
        guard let bytes = IPAddressSyntax.ipv6(folded.split(separator: "%").first.map(String.init) ?? folded) else {
            return false
        }
        if bytes == [UInt8](repeating: 0, count: 15) + [1] { return true }
        return isIPv4Mapped(bytes) && bytes[12] == 127
    }

    /// Whether traffic to `host` stays on the machine: loopback, a Unix socket directory (empty
    /// or absolute), or a service of the compose project.
    static func isLocal(_ host: String, compose: ComposeProject?) -> Bool {
        host.isEmpty || host.hasPrefix("/") || isLoopback(host) || service(named: host, in: compose) != nil
    }

    /// The compose service a host name reaches inside the project's network: by service name,
    /// `container_name`, `hostname`, or a network alias.
    static func service(named host: String, in compose: ComposeProject?) -> ComposeService? {
        guard let compose, !host.isEmpty else { return nil }
        return compose.service(host) ?? compose.services.first { service in
            service.node["container_name"]?.scalar == host || service.node["hostname"]?.scalar == host
                || (service.node["networks"]?.mapping ?? []).contains { _, network in
                    network["aliases"]?.sequence?.contains { $0.scalar == host } ?? false
                }
        }
    }

    /// A network covering more than an IPv4 /8 or an IPv6 /16 (IPv4-mapped IPv6 networks count
    /// as IPv4), other than the trust-proxy keywords' own ranges (`fc00::/7`).
    static func isTooWide(_ network: IPNetwork) -> Bool {
        if network.isIPv4 { return network.prefixLength < 8 }
        if isIPv4Mapped(network.address), network.prefixLength >= 96 { return network.prefixLength - 96 < 8 }
        if network.address.first == 0xFC, network.prefixLength == 7 { return false }
        return network.prefixLength < 16
    }

    /// `::ffff:a.b.c.d`.
    static func isIPv4Mapped(_ bytes: [UInt8]) -> Bool {
        bytes.count == 16 && bytes[..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
    }
}
