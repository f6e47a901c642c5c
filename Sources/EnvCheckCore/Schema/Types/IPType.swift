/// `ip`: an IPv4 or IPv6 address, or (with `list: true`) a comma-separated list of them.
///
/// Syntax (Go's `net.ParseIP`): IPv4 as four decimal parts 0–255 without leading zeros
/// (`10.0.0.1`); IPv6 as up to eight groups of 1–4 hex digits with at most one `::`, optionally
/// ending in an IPv4 address (`::1`, `fe80::1`, `::ffff:10.0.0.1`). No brackets, no zone
/// (`%eth0`), no port, no prefix (see `cidr`). In a list, items are separated by commas, with
/// optional spaces or tabs around each item; empty items are errors.
///
/// Options: `list` (`true`/`false`, default `false`). → `.networks` (each address a network of
/// full length: /32 or /128).
public struct IPType: ValueType {
    /// `ip`.
    public static let name = "ip"
    /// `list`.
    public static let optionKeys: Set<String> = ["list"]

    /// Whether a comma-separated list is allowed.
    public var list: Bool

    /// Creates the type from `list`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        list = try options.boolean("list") ?? false
    }

    /// Parses one address or a list of them.
    public func parse(_ text: String) -> ValueParseResult {
        NetworkList.parse(text, list: list, noun: "address") { item in
            IPNotation.address(item).map { IPNetwork(address: $0, prefixLength: $0.count * 8) }
        }
    }
}
