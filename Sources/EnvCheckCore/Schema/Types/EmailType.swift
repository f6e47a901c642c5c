/// `email`: one email address, checked the practical way (RFC 5322 `addr-spec`, simplified).
///
/// Syntax: `local@domain`, at most 254 characters. The local part (at most 64 characters) is
/// either a dot-atom — ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~`` in dot-separated runs
/// (no leading, trailing or doubled dot): `ops`, `first.last`, `alerts+prod` — or a non-empty
/// quoted string of printable ASCII in which `"` and `\` are escaped with `\`
/// (`"on call"@example.com`). The domain is a host name by the `host` rules (no underscores,
/// no trailing dot) and must contain a dot unless `requireDot: false` (`admin@localhost`), or an
/// address literal in brackets (`ops@[192.0.2.1]`, `ops@[IPv6:2001:db8::1]`); a bare IP address
/// is refused. No display names (`Ops <ops@example.com>`), comments, or non-ASCII (SMTPUTF8)
/// addresses. The value is kept as written.
///
/// Options: `requireDot` (`true`/`false`, default `true`). → `.string`.
public struct EmailType: ValueType {
    /// `email`.
    public static let name = "email"
    /// `requireDot`.
    public static let optionKeys: Set<String> = ["requireDot"]

    /// Whether the domain must contain a dot.
    public var requireDot: Bool

    typealias Failure = URLSyntax.Failure

    /// Creates the type from `requireDot`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        requireDot = try options.boolean("requireDot") ?? true
    }

    /// Parses an email address.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .invalid("Empty value; expected an email address") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "Email address") { return failure.result }
        if let angle = scalars.firstIndex(where: { $0 == "<" || $0 == ">" }) {
            return .invalid("Expected only the address, without a display name or angle brackets", at: angle)
        }
        let at: Int
        switch localPart(scalars) {
        case .failure(let failure): return failure.result
        case .success(let index): at = index
        }
        if at > 64 { return .invalid("Local part is longer than 64 characters", at: 64) }
        if scalars.count > 254 { return .invalid("Email address is longer than 254 characters", at: 254) }
        if let failure = domain(scalars, from: at + 1) { return failure.result }
        return .valid(.string(text))
    }

    /// Whether a scalar is RFC 5322 `atext`.
    private static func isAtom(_ scalar: Unicode.Scalar) -> Bool {
        URLSyntax.isAlpha(scalar) || URLSyntax.isDigit(scalar) || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// The index of the `@` after a valid local part.
    private func localPart(_ scalars: [Unicode.Scalar]) -> Result<Int, Failure> {
        if scalars[0] == "\"" { return quotedLocalPart(scalars) }
        var index = 0
        while index < scalars.count, scalars[index] != "@" {
            let scalar = scalars[index]
            if scalar == "." {
                if index == 0 { return .failure(Failure(message: "Local part starts with a dot", offset: 0)) }
                if scalars[index - 1] == "." { return .failure(Failure(message: "Local part has two dots in a row", offset: index)) }
            } else if !Self.isAtom(scalar) {
                return .failure(Failure(message: Self.localPartMessage(scalar), offset: index))
            }
            index += 1
        }
        if index == scalars.count { return .failure(Failure(message: "Missing @ between the local part and the domain", offset: nil)) }
        if index == 0 { return .failure(Failure(message: "Local part before @ is empty", offset: 0)) }
        if scalars[index - 1] == "." { return .failure(Failure(message: "Local part ends with a dot", offset: index - 1)) }
        return .success(index)
    }

    private static func localPartMessage(_ scalar: Unicode.Scalar) -> String {
        if URLSyntax.isWhitespace(scalar) { return "Whitespace is not allowed in an email address" }
        if scalar.value > 0x7F { return "Non-ASCII characters are not supported in the local part" }
        if scalar == "\"" { return "Quotes must enclose the whole local part" }
        return "Character not allowed in the local part unless it is quoted"
    }

    /// `"…"` followed by `@`.
    private func quotedLocalPart(_ scalars: [Unicode.Scalar]) -> Result<Int, Failure> {
        var index = 1
        while true {
            guard index < scalars.count else {
                return .failure(Failure(message: "Quoted local part has no closing quote", offset: 0))
            }
            let scalar = scalars[index]
            if scalar == "\"" { break }
            guard (0x20...0x7E).contains(scalar.value) else {
                return .failure(Failure(message: "Only printable ASCII is allowed in a quoted local part", offset: index))
            }
            if scalar == "\\" {
                guard index + 1 < scalars.count, (0x20...0x7E).contains(scalars[index + 1].value) else {
                    return .failure(Failure(message: "A backslash must escape a printable ASCII character", offset: index))
                }
                index += 1
            }
            index += 1
        }
        if index == 1 { return .failure(Failure(message: "Quoted local part is empty", offset: 0)) }
        guard index + 1 < scalars.count, scalars[index + 1] == "@" else {
            return .failure(Failure(message: "Expected @ after the closing quote", offset: index + 1 < scalars.count ? index + 1 : nil))
        }
        return .success(index + 1)
    }

    /// The domain after the `@`.
    private func domain(_ scalars: [Unicode.Scalar], from start: Int) -> Failure? {
        guard start < scalars.count else { return Failure(message: "Domain after @ is empty", offset: start - 1) }
        if let extra = (start..<scalars.count).first(where: { scalars[$0] == "@" }) {
            return Failure(message: "More than one @ (quote the local part to include one)", offset: extra)
        }
        if scalars[start] == "[" { return addressLiteral(scalars, from: start) }
        let rules = HostSyntax.Rules(allowUnderscore: false, allowTrailingDot: false)
        switch HostSyntax.nameOrIPv4(scalars, start..<scalars.count, rules: rules) {
        case .failure(let failure): return failure
        case .success(.name):
            if requireDot, !scalars[start...].contains(".") {
                return Failure(message: "Domain has no dot (expected a name like example.com)", offset: start)
            }
            return nil
        case .success:
            return Failure(message: "An IP address domain must be in brackets, like [192.0.2.1]", offset: start)
        }
    }

    /// `[IPv4]` or `[IPv6:address]`.
    private func addressLiteral(_ scalars: [Unicode.Scalar], from start: Int) -> Failure? {
        guard scalars.last == "]", scalars.count - start > 2 else {
            return Failure(message: "Missing ] after the address literal", offset: start)
        }
        let inner = start + 1..<scalars.count - 1
        let tag = Array("ipv6:".unicodeScalars)
        if inner.count > tag.count, scalars[inner.prefix(tag.count)].map({ $0.properties.lowercaseMapping }) == tag.map({ String($0) }) {
            let address = inner.lowerBound + tag.count..<inner.upperBound
            if let percent = address.first(where: { scalars[$0] == "%" }) {
                return Failure(message: "Zone indexes are not allowed in an address literal", offset: percent)
            }
            if case .failure(let failure) = HostSyntax.ipv6(scalars, address, zoneMarker: "%") { return failure }
            return nil
        }
        if scalars[inner].contains(":") {
            return Failure(message: "An IPv6 address literal starts with IPv6: ([IPv6:…])", offset: inner.lowerBound)
        }
        let text = URLSyntax.string(scalars, inner)
        if IPAddressSyntax.ipv4(text) != nil { return nil }
        if case .failure(let failure) = IPNotation.address(text) {
            return Failure(message: failure.message, offset: inner.lowerBound + failure.offset)
        }
        return Failure(message: "Not a valid IPv4 address", offset: inner.lowerBound)
    }
}
