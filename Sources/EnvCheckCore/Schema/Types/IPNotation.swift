/// Parsing of IP addresses, CIDR blocks and comma-separated lists of them for the `ip`, `cidr`
/// and `trust-proxy` types, on top of `IPAddressSyntax`, with a precise reason and column when
/// the text is not valid.
enum IPNotation {
    /// Why a text is not valid, and where (relative to the text given).
    struct Failure: Error {
        /// The message (never quoting the value).
        var message: String
        /// The 0-based Unicode-scalar column.
        var offset: Int
    }

    /// One item of a comma-separated list: its text without surrounding spaces and tabs, and
    /// the column where that text starts in the whole value.
    struct Item {
        /// The trimmed text.
        var text: String
        /// The column of its first character (for an empty item, where it would be).
        var offset: Int
    }

    /// Splits at every comma and trims spaces and tabs around each item.
    static func items(_ text: String) -> [Item] {
        var items: [Item] = []
        var start = 0
        let scalars = Array(text.unicodeScalars)
        for end in scalars.indices where scalars[end] == "," {
            items.append(item(scalars, start..<end))
            start = end + 1
        }
        items.append(item(scalars, start..<scalars.count))
        return items
    }

    private static func item(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Item {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
        while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
        return Item(text: String(String.UnicodeScalarView(scalars[lower..<upper])), offset: lower)
    }

    /// The 4 or 16 bytes of an IPv4 (dotted decimal, no leading zeros) or IPv6 address.
    static func address(_ text: String) -> Result<[UInt8], Failure> {
        if let bytes = IPAddressSyntax.ipv4(text) ?? IPAddressSyntax.ipv6(text) { return .success(bytes) }
        return .failure(diagnose(Array(text.unicodeScalars)))
    }

    /// A CIDR block as Go's `net.ParseCIDR` reads it: `address/prefix`, the prefix in decimal
    /// without leading zeros, 0–32 (IPv4) or 0–128 (IPv6). Host bits may be set; the address
    /// is kept as written.
    static func cidr(_ text: String) -> Result<IPNetwork, Failure> {
        let scalars = Array(text.unicodeScalars)
        guard let slash = scalars.firstIndex(of: "/") else {
            if case .failure(let failure) = address(text) { return .failure(failure) }
            return .failure(Failure(message: "A prefix length is required (e.g. /24)", offset: scalars.count))
        }
        let bytes: [UInt8]
        switch address(String(String.UnicodeScalarView(scalars[..<slash]))) {
        case .failure(let failure): return .failure(failure)
        case .success(let parsed): bytes = parsed
        }
        let prefix = Array(scalars[(slash + 1)...])
        let maximum = bytes.count * 8
        if prefix.isEmpty { return .failure(Failure(message: "Missing prefix length after /", offset: slash + 1)) }
        if prefix.contains(".") {
            return .failure(Failure(message: "Netmask notation is not supported; write a prefix length (e.g. /8)", offset: slash + 1))
        }
        if let bad = prefix.firstIndex(where: { !isDigit($0) }) {
            return .failure(Failure(message: "A prefix length is decimal digits", offset: slash + 1 + bad))
        }
        if prefix.count > 1, prefix[0] == "0" {
            return .failure(Failure(message: "Leading zeros are not allowed in a prefix length", offset: slash + 1))
        }
        guard let length = Int(String(String.UnicodeScalarView(prefix))), length <= maximum else {
            return .failure(Failure(message: "Prefix length must be at most \(maximum) for \(maximum == 32 ? "IPv4" : "IPv6")", offset: slash + 1))
        }
        return .success(IPNetwork(address: bytes, prefixLength: length))
    }

    /// The prefix length of a contiguous IPv4 netmask (`255.255.0.0` → 16), or nil.
    static func netmaskPrefix(_ bytes: [UInt8]) -> Int? {
        let value = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let ones = (~value).leadingZeroBitCount
        return value << ones == 0 ? ones : nil
    }

    /// Whether 16 bytes are an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
    static func isIPv4Mapped(_ bytes: [UInt8]) -> Bool {
        bytes.count == 16 && bytes[..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
    }

    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// Finds the first thing that makes `scalars` not an address.
    private static func diagnose(_ scalars: [Unicode.Scalar]) -> Failure {
        guard !scalars.isEmpty else { return Failure(message: "Expected an IP address", offset: 0) }
        if let space = scalars.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            return Failure(message: "Whitespace is not allowed", offset: space)
        }
        if let slash = scalars.firstIndex(of: "/") {
            return Failure(message: "A prefix length is not allowed here (use type cidr for networks)", offset: slash)
        }
        if scalars[0] == "[" { return Failure(message: "Brackets are not allowed around an IPv6 address", offset: 0) }
        if let percent = scalars.firstIndex(of: "%") {
            return Failure(message: "IPv6 zone indexes are not allowed", offset: percent)
        }
        if scalars.contains(":") { return diagnoseIPv6(scalars) }
        if scalars[0].properties.isAlphabetic {
            return Failure(message: "Expected an IP address, not a host name", offset: 0)
        }
        return diagnoseIPv4(scalars, base: 0)
    }

    private static func diagnoseIPv6(_ scalars: [Unicode.Scalar]) -> Failure {
        let colons = scalars.indices.filter { scalars[$0] == ":" }
        if colons.count == 1, scalars.contains("."), let colon = colons.first {
            return Failure(message: "A port is not allowed", offset: colon)
        }
        if let bad = scalars.firstIndex(where: { !($0.properties.isASCIIHexDigit || $0 == ":" || $0 == ".") }) {
            return Failure(message: "Unexpected character in an IPv6 address", offset: bad)
        }
        if let dot = scalars.firstIndex(of: ".") {
            let start = (scalars[..<dot].lastIndex(of: ":") ?? -1) + 1
            let tail = Array(scalars[start...])
            if IPAddressSyntax.ipv4(String(String.UnicodeScalarView(tail))) == nil {
                return diagnoseIPv4(tail, base: start)
            }
        }
        return Failure(message: "Not a valid IPv6 address (eight groups of 1–4 hex digits, one :: at most)", offset: 0)
    }

    private static func diagnoseIPv4(_ scalars: [Unicode.Scalar], base: Int) -> Failure {
        if let bad = scalars.firstIndex(where: { !(isDigit($0) || $0 == ".") }) {
            return Failure(message: "Unexpected character in an IPv4 address", offset: base + bad)
        }
        var offset = 0
        var parts = 0
        for part in scalars.split(separator: ".", omittingEmptySubsequences: false) {
            if part.isEmpty { return Failure(message: "Empty part in an IPv4 address", offset: base + offset) }
            if part.count > 1, part.first == "0" {
                return Failure(message: "Leading zeros are not allowed in an IPv4 address (some parsers read them as octal)", offset: base + offset)
            }
            if part.count > 3 || Int(String(String.UnicodeScalarView(part)))! > 255 {
                return Failure(message: "IPv4 address parts must be 0–255", offset: base + offset)
            }
            offset += part.count + 1
            parts += 1
        }
        return Failure(message: "An IPv4 address has four parts (a.b.c.d)", offset: base)
    }
}
