/// `cidr`: a network in CIDR notation, or (with `list: true`) a comma-separated list of them.
///
/// Syntax (Go's `net.ParseCIDR`): an address as the `ip` type reads it, `/`, and a prefix length
/// in decimal without leading zeros, 0–32 for IPv4 and 0–128 for IPv6 (`10.0.0.0/8`,
/// `fe80::/10`, `0.0.0.0/0`). The prefix is required. Host bits beyond the prefix may be set
/// (`10.0.0.1/8`), as Go and Express's `proxy-addr` accept them; the address is kept as written.
/// No netmask notation (see `trust-proxy`). Lists as for `ip`.
///
/// Options: `list` (`true`/`false`, default `false`). → `.networks`.
public struct CIDRType: ValueType {
    /// `cidr`.
    public static let name = "cidr"
    /// `list`.
    public static let optionKeys: Set<String> = ["list"]

    /// Whether a comma-separated list is allowed.
    public var list: Bool

    /// Creates the type from `list`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        list = try options.boolean("list") ?? false
    }

    /// Parses one CIDR block or a list of them.
    public func parse(_ text: String) -> ValueParseResult {
        NetworkList.parse(text, list: list, noun: "CIDR block", IPNotation.cidr)
    }
}
