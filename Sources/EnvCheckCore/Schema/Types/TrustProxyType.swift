/// `trust-proxy`: Express's `trust proxy` setting, read exactly as Express reads it from a
/// string (an environment variable is always one).
///
/// Express (`compileTrust` in lib/utils.js) splits the string at commas, trims each item, and
/// hands the list to `proxy-addr`'s `compile`, which accepts per item:
/// - a keyword, lowercase: `loopback` (127.0.0.1/8, ::1/128), `linklocal` (169.254.0.0/16,
///   fe80::/10), `uniquelocal` (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7);
/// - an IPv4 or IPv6 address (`123.123.123.123`, `::1`); an IPv4-mapped IPv6 address without a
///   prefix is stored as IPv4 (`::ffff:10.0.0.1` → 10.0.0.1/32);
/// - a CIDR block `address/n`, with `n` in 1–32 (IPv4) or 1–128 (IPv6), leading zeros allowed,
///   host bits allowed (`10.0.0.0/8`, `fe80::/10`);
/// - an IPv4 address with a contiguous IPv4 netmask (`127.0.0.1/255.0.0.0`).
///
/// Rejected as Express rejects them (it throws at `app.set`): an empty value or empty item,
/// `true`/`false` (only the booleans mean "trust all"/"trust none"; the strings are read as
/// addresses), a prefix of 0 (`0.0.0.0/0`, `::/0`), a netmask after an IPv6 address, any other
/// text. Stricter than Express, which parses addresses with ipaddr.js 1.x: IPv4 must be dotted
/// decimal without leading zeros (ipaddr.js reads `010.0.0.1` as octal and `1` as 0.0.0.1) and
/// IPv6 zone indexes (`%eth0`) are refused.
///
/// A digits-only value (`1`) is valid and typed as a hop count, with a warning: Express reads a
/// digits-only *string* as an IPv4 address (`1` → 0.0.0.1, which trusts no real proxy) unless
/// the app converts it with `Number()` first. Whitespace other than spaces around commas gets a
/// warning too: Express 4 splits with `/ *, */` and does not trim, so it throws on it.
///
/// No options. → `.trustProxy`.
public struct TrustProxyType: ValueType {
    /// `trust-proxy`.
    public static let name = "trust-proxy"
    /// None.
    public static let optionKeys: Set<String> = []

    /// proxy-addr's pre-defined names and the ranges they expand to, in its order.
    public static let keywords: [(name: String, ranges: [String])] = [
        ("loopback", ["127.0.0.1/8", "::1/128"]),
        ("linklocal", ["169.254.0.0/16", "fe80::/10"]),
        ("uniquelocal", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]),
    ]

    /// Creates the type (it has no options).
    public init(options: TypeOptions) throws(TypeOptionError) {}

    /// Creates the type.
    public init() {}

    /// Parses a `trust proxy` string.
    public func parse(_ text: String) -> ValueParseResult {
        if text.isEmpty { return .invalid("Empty value; Express throws on an empty trust proxy string") }
        if text.unicodeScalars.allSatisfy(IPNotation.isDigit) { return hopCount(text) }
        var keywords: [String] = []
        var networks: [IPNetwork] = []
        var problems: [ValueProblem] = []
        for item in IPNotation.items(text) {
            switch TrustProxyNotation.parse(item.text) {
            case .keyword(let name, let ranges):
                keywords.append(name)
                networks += ranges
            case .network(let network):
                networks.append(network)
            case .failure(let failure):
                problems.append(ValueProblem(severity: .error, message: failure.message, offset: item.offset + failure.offset))
            }
        }
        if let warning = express4Whitespace(text) { problems.append(warning) }
        let valid = !problems.contains { $0.severity == .error }
        return ValueParseResult(value: valid ? .trustProxy(.trusted(keywords: keywords, networks: networks)) : nil, problems: problems)
    }

    private func hopCount(_ text: String) -> ValueParseResult {
        guard let count = Int(text) else { return .invalid("Hop count is too large", at: 0) }
        let message = "Typed as a hop count, but Express reads a digits-only string as an IPv4 address "
            + "(1 becomes 0.0.0.1 and no proxy is trusted): the app must convert it with Number() "
            + "before app.set('trust proxy')"
        return ValueParseResult(value: .trustProxy(.hopCount(count)),
                                problems: [ValueProblem(severity: .warning, message: message, offset: 0)])
    }

    /// Leading or trailing whitespace, or any whitespace but spaces, breaks Express 4's split.
    private func express4Whitespace(_ text: String) -> ValueProblem? {
        let scalars = Array(text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        let offset: Int? = isSpace(scalars[0]) ? 0
            : isSpace(scalars[scalars.count - 1]) ? scalars.count - 1
            : scalars.firstIndex(of: "\t")
        guard let offset else { return nil }
        return ValueProblem(severity: .warning,
                            message: "Express 4 splits at commas with spaces only and throws on leading or trailing whitespace or tabs (Express 5 trims them)",
                            offset: offset)
    }
}
