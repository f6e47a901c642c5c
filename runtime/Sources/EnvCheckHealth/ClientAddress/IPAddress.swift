import EnvCheckCore

/// An IPv4 or IPv6 address read from text, as the socket layer and `X-Forwarded-For` give it.
///
/// Only the canonical notations are addresses: dotted decimal without leading zeros for IPv4,
/// RFC 4291 text (with `::` and an IPv4 tail) for IPv6. ipaddr.js 1.x, which Express uses, also
/// reads octal, hexadecimal and single-number IPv4 forms (`0x7f.0.0.1`, `2130706433`); those are
/// not addresses here, so they are never trusted as a proxy and never count as localhost — the
/// difference can only make a request look *less* local than Express would, never more.
public struct IPAddress: Sendable, Hashable {
    /// 4 bytes (IPv4) or 16 bytes (IPv6).
    public let bytes: [UInt8]

    /// Reads an address, or nil when the text is not one.
    public init?(_ text: some StringProtocol) {
        let string = String(text)
        guard let bytes = IPAddressSyntax.ipv4(string) ?? IPAddressSyntax.ipv6(string) else { return nil }
        self.bytes = bytes
    }

    /// Wraps 4 or 16 bytes.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 4 || bytes.count == 16, "an IP address has 4 or 16 bytes")
        self.bytes = bytes
    }

    /// Whether this is an IPv4 address.
    public var isIPv4: Bool { bytes.count == 4 }

    /// Whether this is an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
    public var isIPv4Mapped: Bool {
        bytes.count == 16 && bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address.
    public var mappedIPv4: IPAddress? {
        isIPv4Mapped ? IPAddress(bytes: Array(bytes[12...])) : nil
    }

    /// This IPv4 address as an IPv4-mapped IPv6 address.
    public var asIPv4Mapped: IPAddress {
        isIPv4 ? IPAddress(bytes: Array(repeating: 0, count: 10) + [0xFF, 0xFF] + bytes) : self
    }

    /// Whether the address is in `network` (both of the same family).
    public func isIn(_ network: IPNetwork) -> Bool {
        guard network.address.count == bytes.count else { return false }
        var remaining = network.prefixLength
        for index in bytes.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if bytes[index] & mask != network.address[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// Whether this is a loopback address: 127.0.0.0/8, `::1`, or `::ffff:127.0.0.0/104`.
    public var isLoopback: Bool {
        if let mapped = mappedIPv4 { return mapped.isLoopback }
        if isIPv4 { return bytes[0] == 127 }
        return bytes == Array(repeating: 0, count: 15) + [1]
    }
}
