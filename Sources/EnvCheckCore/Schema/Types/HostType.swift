/// `host`: a host name or an IP address, without scheme, port or path.
///
/// Syntax: a DNS name per RFC 1123 — at most 253 characters, dot-separated labels of 1–63
/// ASCII letters, digits and hyphens, no label starting or ending with a hyphen, one optional
/// trailing root dot (`db`, `localhost`, `api.example.com`, `example.com.`); underscores only
/// with `allowUnderscore: true` (Docker Compose service names such as `my_db` resolve, but are
/// not valid DNS names). Names whose labels are all digits must be a valid IPv4 address and a
/// name must not end with an all-digit label. Or an IPv4 address in dotted decimal without
/// leading zeros (`10.0.0.5`), or an IPv6 address, bare (`::1`, `fe80::1%eth0`) or in brackets
/// (`[2001:db8::1]`) — both forms are accepted and the typed value has no brackets.
/// Non-ASCII names must be written in punycode (`xn--…`). The value is kept as written.
///
/// Options: `allowIP` (`true`/`false`, default `true`), `allowUnderscore` (`true`/`false`,
/// default `false`). → `.string`.
public struct HostType: ValueType {
    /// `host`.
    public static let name = "host"
    /// `allowIP`, `allowUnderscore`.
    public static let optionKeys: Set<String> = ["allowIP", "allowUnderscore"]

    /// Whether IP addresses are accepted.
    public var allowIP: Bool
    /// Whether `_` is accepted in names.
    public var allowUnderscore: Bool

    /// Creates the type from `allowIP` and `allowUnderscore`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        allowIP = try options.boolean("allowIP") ?? true
        allowUnderscore = try options.boolean("allowUnderscore") ?? false
    }

    /// Parses a host.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .invalid("Empty value; expected a host name or IP address") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "Host") { return failure.result }
        if let failure = misplacedParts(scalars) { return failure.result }
        if scalars[0] == "[" { return bracketed(scalars) }
        if scalars.contains(":") { return colon(scalars) }
        switch HostSyntax.nameOrIPv4(scalars, 0..<scalars.count, rules: HostSyntax.Rules(allowUnderscore: allowUnderscore)) {
        case .failure(let failure): return failure.result
        case .success(.name): return .valid(.string(text))
        case .success: return allowIP ? .valid(.string(text)) : ipNotAllowed
        }
    }

    private var ipNotAllowed: ValueParseResult { .invalid("IP addresses are not allowed here; use a host name", at: 0) }

    /// A scheme (`https://`) or a path, which belong to a URL, not a host.
    private func misplacedParts(_ scalars: [Unicode.Scalar]) -> URLSyntax.Failure? {
        let text = String(String.UnicodeScalarView(scalars))
        if text.contains("://") {
            return URLSyntax.Failure(message: "Expected a host, not a URL (remove the scheme)", offset: 0)
        }
        if let slash = scalars.firstIndex(of: "/") {
            return URLSyntax.Failure(message: "Expected a host without a path", offset: slash)
        }
        if let at = scalars.firstIndex(of: "@") {
            return URLSyntax.Failure(message: "Expected a host without user information", offset: at)
        }
        return nil
    }

    /// `[IPv6]`, nothing after the bracket.
    private func bracketed(_ scalars: [Unicode.Scalar]) -> ValueParseResult {
        guard let close = scalars.firstIndex(of: "]") else {
            return .invalid("Missing ] after the IPv6 address", at: 0)
        }
        if close + 1 < scalars.count {
            let message = scalars[close + 1] == ":" ? "Expected a host without a port" : "Unexpected character after ]"
            return .invalid(message, at: close + 1)
        }
        if case .failure(let failure) = HostSyntax.ipv6(scalars, 1..<close, zoneMarker: "%") {
            if IPAddressSyntax.ipv4(URLSyntax.string(scalars, 1..<close)) != nil {
                return .invalid("Brackets are only for IPv6 addresses", at: 0)
            }
            return failure.result
        }
        return allowIP ? .valid(.string(URLSyntax.string(scalars, 1..<close))) : ipNotAllowed
    }

    /// A bare IPv6 address, or a `host:port` mistake.
    private func colon(_ scalars: [Unicode.Scalar]) -> ValueParseResult {
        let all = 0..<scalars.count
        if case .success = HostSyntax.ipv6(scalars, all, zoneMarker: "%") {
            return allowIP ? .valid(.string(String(String.UnicodeScalarView(scalars)))) : ipNotAllowed
        }
        let colons = all.filter { scalars[$0] == ":" }
        if colons.count == 1, let colon = colons.first, colon > 0 {
            return .invalid("Expected a host without a port", at: colon)
        }
        if case .failure(let failure) = HostSyntax.ipv6(scalars, all, zoneMarker: "%") { return failure.result }
        return .invalid("Not a valid IPv6 address", at: 0)
    }
}
