/// The comma-separated libpq parameters of a `postgres-url` query: `host`, `hostaddr`, `port`
/// and `require_auth`.
enum PostgresParameterList {
    typealias Failure = URLSyntax.Failure

    /// The methods `require_auth` accepts.
    static let authMethods = ["password", "md5", "gss", "sspi", "scram-sha-256", "oauth", "none"]

    /// The items of a comma-separated value and the offset of each within it.
    static func items(_ value: String) -> [(text: [Unicode.Scalar], offset: Int)] {
        var items: [(text: [Unicode.Scalar], offset: Int)] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        for (index, scalar) in value.unicodeScalars.enumerated() {
            if scalar == "," {
                items.append((current, start))
                current = []
                start = index + 1
            } else {
                current.append(scalar)
            }
        }
        items.append((current, start))
        return items
    }

    /// Checks a `host`, `hostaddr` or `port` list.
    static func check(_ rule: PostgresParameters.Rule, name: String, value: String, at offset: Int) -> Failure? {
        for item in items(value) where !item.text.isEmpty {
            let failure: Failure?
            switch rule {
            case .ports: failure = port(item.text)
            case .addresses: failure = address(item.text)
            default: failure = host(item.text)
            }
            if var failure {
                failure.offset = offset + item.offset + (failure.offset ?? 0)
                return failure
            }
        }
        return nil
    }

    /// 1–65535, decimal.
    private static func port(_ text: [Unicode.Scalar]) -> Failure? {
        if case .failure(let failure) = URLHostPort.port(text, 0..<text.count, range: 1...65535) { return failure }
        return nil
    }

    /// A numeric IPv4 or IPv6 address.
    private static func address(_ text: [Unicode.Scalar]) -> Failure? {
        let all = 0..<text.count
        if text.contains(":") {
            if case .failure(let failure) = HostSyntax.ipv6(text, all, zoneMarker: "%") { return failure }
            return nil
        }
        switch HostSyntax.nameOrIPv4(text, all) {
        case .success(.ipv4): return nil
        case .failure(let failure) where text.allSatisfy({ URLSyntax.isDigit($0) || $0 == "." }): return failure
        default: return Failure(message: "hostaddr takes numeric IP addresses, not host names", offset: 0)
        }
    }

    /// A socket directory, an IPv6 address, or a name or IPv4 address.
    private static func host(_ text: [Unicode.Scalar]) -> Failure? {
        if text.first == "/" { return nil }
        let all = 0..<text.count
        if text.contains(":") {
            if case .failure(let failure) = HostSyntax.ipv6(text, all, zoneMarker: "%") { return failure }
            return nil
        }
        if case .failure(let failure) = HostSyntax.nameOrIPv4(text, all, rules: HostSyntax.Rules(allowUnderscore: true)) {
            return failure
        }
        return nil
    }

    /// `require_auth`: known methods, each at most once, all negated with `!` or none.
    static func requireAuth(_ value: String, at offset: Int) -> Failure? {
        guard !value.isEmpty else { return nil }
        var seen: Set<String> = []
        var negated: Bool?
        for item in items(value) {
            let isNegated = item.text.first == "!"
            let method = String(String.UnicodeScalarView(isNegated ? Array(item.text.dropFirst()) : item.text))
            guard authMethods.contains(method) else {
                return Failure(message: "require_auth methods are \(ValueTypeText.choices(authMethods))", offset: offset + item.offset)
            }
            if let negated, negated != isNegated {
                return Failure(message: "require_auth cannot mix negated (!) and plain methods", offset: offset + item.offset)
            }
            negated = isNegated
            if !seen.insert(method).inserted {
                return Failure(message: "require_auth lists a method twice", offset: offset + item.offset)
            }
        }
        return nil
    }
}
