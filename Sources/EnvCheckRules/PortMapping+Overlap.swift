import EnvCheckCore

/// When two published ports collide on the host (`duplicate-host-port`).
extension PortMapping {
    /// The host ports the mapping holds: none for an ephemeral port (no host port, or 0) and none
    /// for a host range with one container port (`8000-8010:80`: docker picks a free one).
    var reservedHostPorts: ClosedRange<Int>? {
        guard let published, published.lowerBound > 0 else { return nil }
        if published.count > 1, target.count == 1 { return nil }
        return published
    }

    /// The host ports both mappings hold on a shared address with the same protocol, if any.
    func collision(with other: PortMapping) -> ClosedRange<Int>? {
        guard transport == other.transport, let mine = reservedHostPorts, let theirs = other.reservedHostPorts,
              mine.overlaps(theirs), HostAddress(hostIP).overlaps(HostAddress(other.hostIP)) else { return nil }
        return max(mine.lowerBound, theirs.lowerBound)...min(mine.upperBound, theirs.upperBound)
    }
}

/// A host address a port is published on. No address means every address of both families (docker
/// binds `0.0.0.0` and `::`); `0.0.0.0` covers every IPv4 address and `::` every IPv6 address, but
/// the families never overlap: docker binds `::` IPv6-only, so `0.0.0.0:80` and `[::]:80` coexist.
/// An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) counts as IPv4.
enum HostAddress: Equatable {
    case every
    case ipv4([UInt8])
    case ipv6([UInt8])
    case other(String)

    init(_ text: String?) {
        guard let text else { self = .every; return }
        if let bytes = IPAddressSyntax.ipv4(text) {
            self = .ipv4(bytes)
        } else if let bytes = IPAddressSyntax.ipv6(text) {
            let mapped = bytes.prefix(10).allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
            self = mapped ? .ipv4(Array(bytes.suffix(4))) : .ipv6(bytes)
        } else {
            self = .other(text)
        }
    }

    /// Whether a socket bound on one address blocks the other.
    func overlaps(_ other: HostAddress) -> Bool {
        switch (self, other) {
        case (.every, _), (_, .every): true
        case (.ipv4(let a), .ipv4(let b)), (.ipv6(let a), .ipv6(let b)): a == b || a.allSatisfy { $0 == 0 } || b.allSatisfy { $0 == 0 }
        case (.other(let a), .other(let b)): a == b
        default: false
        }
    }
}
