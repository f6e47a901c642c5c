extension IPNetwork {
    /// The network in CIDR notation, always with its prefix length: `10.0.0.0/8`,
    /// `127.0.0.1/32`, `fe80::/10` (IPv6 as RFC 5952 writes it: lowercase, no leading zeros, the
    /// longest run of two or more zero groups as `::`).
    public var cidr: String {
        "\(Self.addressText(address))/\(prefixLength)"
    }

    /// Parses CIDR notation as `cidr` writes it (`address/prefix`, the prefix required, in
    /// decimal without leading zeros and in range for the address family), or nil.
    public init?(cidr text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bytes = IPAddressSyntax.ipv4(String(parts[0])) ?? IPAddressSyntax.ipv6(String(parts[0])),
              !parts[1].isEmpty, parts[1].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), parts[1].count <= 3,
              !(parts[1].count > 1 && parts[1].first == "0"),
              let length = Int(parts[1]), length <= bytes.count * 8 else { return nil }
        self.init(address: bytes, prefixLength: length)
    }

    /// An address's text: dotted decimal for 4 bytes, RFC 5952 for 16.
    static func addressText(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map { String($0) }.joined(separator: ".") }
        guard bytes.count == 16 else { return bytes.map { String($0) }.joined(separator: ".") }
        let groups = (0..<8).map { UInt16(bytes[$0 * 2]) << 8 | UInt16(bytes[$0 * 2 + 1]) }
        var best: Range<Int>?
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else { index += 1; continue }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index >= 2, end - index > (best?.count ?? 0) { best = index..<end }
            index = end
        }
        let hex = groups.map { String($0, radix: 16) }
        guard let best else { return hex.joined(separator: ":") }
        return hex[..<best.lowerBound].joined(separator: ":") + "::" + hex[best.upperBound...].joined(separator: ":")
    }
}
