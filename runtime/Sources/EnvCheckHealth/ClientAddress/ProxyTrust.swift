import EnvCheckCore

/// Which hops of a request's address chain are trusted proxies: Express's compiled
/// `trust proxy` function (proxy-addr's `compile`, or `i < n` for a hop count).
public struct ProxyTrust: Sendable, Hashable {
    /// The compiled setting.
    public let setting: TrustProxySetting

    /// Compiles a `TRUST_PROXY` setting.
    public init(_ setting: TrustProxySetting) {
        self.setting = setting
    }

    /// Trusts no proxy: the client address is always the socket's peer.
    public static let none = ProxyTrust(.trusted(keywords: [], networks: []))

    /// Whether the address at position `hop` of the chain (0 is the socket's peer) is a trusted
    /// proxy. Text that is not an address is never trusted (proxy-addr's `isip` check).
    public func trusts(_ address: String, hop: Int) -> Bool {
        switch setting {
        case .hopCount(let count):
            return hop < count
        case .trusted(_, let networks):
            guard !networks.isEmpty, let ip = IPAddress(address) else { return false }
            return networks.contains { Self.matches(ip, $0) }
        }
    }

    /// proxy-addr's `trustMulti` for one subnet: an IPv4-mapped IPv6 address is compared as
    /// IPv4 against an IPv4 subnet; an IPv4 address is compared as IPv4-mapped IPv6 against an
    /// IPv6 subnet; other mixes of families never match.
    static func matches(_ ip: IPAddress, _ network: IPNetwork) -> Bool {
        if ip.bytes.count == network.address.count { return ip.isIn(network) }
        if network.isIPv4 {
            guard let mapped = ip.mappedIPv4 else { return false }
            return mapped.isIn(network)
        }
        return ip.asIPv4Mapped.isIn(network)
    }
}
