/// One item of a `trust proxy` list, as `proxy-addr`'s `compile` and `parseipNotation` read it.
enum TrustProxyNotation {
    /// What an item is.
    enum Item {
        /// A pre-defined name and its networks.
        case keyword(String, [IPNetwork])
        /// An address, CIDR block or address/netmask.
        case network(IPNetwork)
        /// Not valid (Express throws), with the column inside the item.
        case failure(IPNotation.Failure)
    }

    /// Reads one trimmed item.
    static func parse(_ text: String) -> Item {
        if text.isEmpty { return .failure(IPNotation.Failure(message: "Empty item in the list; Express throws on it", offset: 0)) }
        if let keyword = TrustProxyType.keywords.first(where: { $0.name == text }) {
            return .keyword(keyword.name, keyword.ranges.compactMap(network))
        }
        if let special = specialCase(text) { return .failure(IPNotation.Failure(message: special, offset: 0)) }
        let scalars = Array(text.unicodeScalars)
        let slash = scalars.lastIndex(of: "/")
        let bytes: [UInt8]
        switch IPNotation.address(String(String.UnicodeScalarView(scalars[..<(slash ?? scalars.count)]))) {
        case .failure(let failure): return .failure(failure)
        case .success(let parsed): bytes = parsed
        }
        guard let slash else {
            if IPNotation.isIPv4Mapped(bytes) { return .network(IPNetwork(address: Array(bytes[12...]), prefixLength: 32)) }
            return .network(IPNetwork(address: bytes, prefixLength: bytes.count * 8))
        }
        let range = String(String.UnicodeScalarView(scalars[(slash + 1)...]))
        switch prefixLength(range, isIPv4: bytes.count == 4) {
        case .success(let length): return .network(IPNetwork(address: bytes, prefixLength: length))
        case .failure(let failure): return .failure(IPNotation.Failure(message: failure.message, offset: slash + 1 + failure.offset))
        }
    }

    /// Parses a keyword's range literal (always valid).
    private static func network(_ literal: String) -> IPNetwork? {
        if case .network(let network) = parse(literal) { return network }
        return nil
    }

    /// Items that are not addresses but look like settings from another place.
    private static func specialCase(_ text: String) -> String? {
        let folded = text.lowercased()
        if folded == "true" || folded == "false" {
            return "Express reads the string \(folded) as an address and throws; only the boolean \(folded) is a setting "
                + "(from an environment variable, list the proxies or use a hop count converted with Number())"
        }
        if TrustProxyType.keywords.contains(where: { $0.name == folded }) {
            return "Keywords are lowercase (loopback, linklocal, uniquelocal); Express throws on other spellings"
        }
        if text.unicodeScalars.allSatisfy(IPNotation.isDigit) {
            return "A number in a list is read by Express as an IPv4 address, not a hop count"
        }
        return nil
    }

    /// The range after `/`: decimal digits (leading zeros allowed), or a contiguous IPv4 netmask
    /// after an IPv4 address; it must be 1–32 or 1–128.
    private static func prefixLength(_ range: String, isIPv4: Bool) -> Result<Int, IPNotation.Failure> {
        let maximum = isIPv4 ? 32 : 128
        let family = isIPv4 ? "IPv4" : "IPv6"
        var length: Int
        if range.isEmpty {
            return .failure(IPNotation.Failure(message: "Missing prefix length after /", offset: 0))
        } else if range.unicodeScalars.allSatisfy(IPNotation.isDigit) {
            length = Int(range) ?? Int.max
        } else if let mask = IPAddressSyntax.ipv4(range) {
            guard isIPv4 else { return .failure(IPNotation.Failure(message: "Netmask notation is only for IPv4 addresses; Express rejects it after IPv6", offset: 0)) }
            guard let prefix = IPNotation.netmaskPrefix(mask) else {
                return .failure(IPNotation.Failure(message: "Netmask must be contiguous ones then zeros (like 255.255.0.0)", offset: 0))
            }
            length = prefix
        } else {
            return .failure(IPNotation.Failure(message: "Expected a prefix length or an IPv4 netmask after /", offset: 0))
        }
        if length == 0 {
            return .failure(IPNotation.Failure(message: "Express rejects a prefix of 0 (it would trust every address)", offset: 0))
        }
        if length > maximum {
            return .failure(IPNotation.Failure(message: "Prefix length must be 1–\(maximum) for \(family)", offset: 0))
        }
        return .success(length)
    }
}
