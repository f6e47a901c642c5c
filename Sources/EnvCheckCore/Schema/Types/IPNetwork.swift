/// An IPv4 or IPv6 network: an address and a prefix length (a single address has the full length).
public struct IPNetwork: Sendable, Hashable {
    /// 4 bytes (IPv4) or 16 bytes (IPv6).
    public var address: [UInt8]
    /// The number of leading bits that are fixed.
    public var prefixLength: Int

    /// Creates a network.
    public init(address: [UInt8], prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    /// Whether this is an IPv4 network.
    public var isIPv4: Bool { address.count == 4 }
}

/// Express's `trust proxy` setting, as `proxy-addr` compiles it.
public enum TrustProxySetting: Sendable, Hashable {
    /// Trust the first N hops.
    case hopCount(Int)
    /// Trust these addresses and networks (keywords expanded; the keywords kept for display).
    case trusted(keywords: [String], networks: [IPNetwork])
}
