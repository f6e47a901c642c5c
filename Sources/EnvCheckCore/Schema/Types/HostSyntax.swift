/// Host syntax shared by the `host`, `email`, `url`, `postgres-url` and `redis-url` types:
/// DNS names (RFC 1123), IPv4 dotted quads and IPv6 addresses, each failure pointing at the
/// offending character.
enum HostSyntax {
    /// What a host turned out to be.
    enum Kind: Equatable {
        /// A DNS name.
        case name
        /// An IPv4 address.
        case ipv4
        /// An IPv6 address.
        case ipv6
    }

    /// What a caller accepts besides plain RFC 1123 names.
    struct Rules {
        /// Whether `_` may appear in a label (resolvers and Docker's DNS accept it; RFC 1123 does not).
        var allowUnderscore = false
        /// Whether a trailing root dot (`example.com.`) is accepted.
        var allowTrailingDot = true
    }

    typealias Failure = URLSyntax.Failure

    /// Checks a DNS name or an IPv4 address in `scalars[range]` (which must not be empty).
    ///
    /// Names: at most 253 characters (without a trailing dot), dot-separated labels of 1–63
    /// letters, digits and hyphens, not starting or ending with a hyphen. A name whose labels are
    /// all digits must be a valid IPv4 address; one whose last label is all digits is refused
    /// (WHATWG URL parsers read it as a malformed IPv4 address).
    static func nameOrIPv4(_ scalars: [Unicode.Scalar], _ range: Range<Int>, rules: Rules = Rules()) -> Result<Kind, Failure> {
        guard !range.isEmpty else { return .failure(Failure(message: "Host is empty", offset: nil)) }
        var end = range.upperBound
        let trailingDot = scalars[end - 1] == "." && range.count > 1
        if trailingDot {
            guard rules.allowTrailingDot else { return .failure(Failure(message: "Host ends with a dot", offset: end - 1)) }
            end -= 1
        }
        if end - range.lowerBound > 253 {
            return .failure(Failure(message: "Host name is longer than 253 characters", offset: range.lowerBound + 253))
        }
        var labels: [Range<Int>] = []
        var labelStart = range.lowerBound
        for index in range.lowerBound..<end {
            let scalar = scalars[index]
            if scalar == "." {
                if let failure = labelFailure(scalars, labelStart..<index) { return .failure(failure) }
                labels.append(labelStart..<index)
                labelStart = index + 1
                continue
            }
            if index - labelStart == 63 {
                return .failure(Failure(message: "Host label is longer than 63 characters", offset: index))
            }
            if URLSyntax.isAlpha(scalar) || URLSyntax.isDigit(scalar) { continue }
            if scalar == "-" {
                if index == labelStart { return .failure(Failure(message: "Host label starts with a hyphen", offset: index)) }
                continue
            }
            if scalar == "_", rules.allowUnderscore { continue }
            return .failure(unexpected(scalar, at: index))
        }
        if let failure = labelFailure(scalars, labelStart..<end) { return .failure(failure) }
        labels.append(labelStart..<end)
        return numericCheck(scalars, labels, trailingDot: trailingDot)
    }

    /// Checks an IPv6 address in `scalars[range]` (no brackets), with an optional zone index
    /// after `zoneMarker` (`%` in a bare host, `%25` inside a URL).
    static func ipv6(_ scalars: [Unicode.Scalar], _ range: Range<Int>, zoneMarker: String) -> Result<Kind, Failure> {
        guard !range.isEmpty else { return .failure(Failure(message: "IPv6 address is empty", offset: nil)) }
        var addressEnd = range.upperBound
        if let percent = range.first(where: { scalars[$0] == "%" }) {
            addressEnd = percent
            let marker = Array(zoneMarker.unicodeScalars)
            let zoneStart = percent + marker.count
            guard zoneStart <= range.upperBound, Array(scalars[percent..<zoneStart]) == marker else {
                return .failure(Failure(message: "An IPv6 zone index in a URL follows %25 (an encoded %)", offset: percent))
            }
            if zoneStart == range.upperBound {
                return .failure(Failure(message: "IPv6 zone index is empty", offset: percent))
            }
            if let bad = (zoneStart..<range.upperBound).first(where: { !URLSyntax.isUnreserved(scalars[$0]) }) {
                return .failure(Failure(message: "Unexpected character in the IPv6 zone index", offset: bad))
            }
        }
        let address = range.lowerBound..<addressEnd
        if let bad = address.first(where: { !(URLSyntax.isHexDigit(scalars[$0]) || scalars[$0] == ":" || scalars[$0] == ".") }) {
            return .failure(Failure(message: "Unexpected character in an IPv6 address", offset: bad))
        }
        let text = URLSyntax.string(scalars, address)
        if text.contains(":"), IPAddressSyntax.ipv6(text) != nil { return .success(.ipv6) }
        if text.contains(":"), case .failure(let failure) = IPNotation.address(text) {
            return .failure(Failure(message: failure.message, offset: range.lowerBound + failure.offset))
        }
        return .failure(Failure(message: "Not a valid IPv6 address", offset: range.lowerBound))
    }

    /// An empty label, or one ending with a hyphen.
    private static func labelFailure(_ scalars: [Unicode.Scalar], _ label: Range<Int>) -> Failure? {
        if label.isEmpty {
            return Failure(message: "Host has an empty label (a leading dot or two dots in a row)", offset: label.lowerBound)
        }
        if scalars[label.upperBound - 1] == "-" {
            return Failure(message: "Host label ends with a hyphen", offset: label.upperBound - 1)
        }
        return nil
    }

    /// All-digit labels must form an IPv4 address; a name must not end with an all-digit label.
    private static func numericCheck(_ scalars: [Unicode.Scalar], _ labels: [Range<Int>], trailingDot: Bool) -> Result<Kind, Failure> {
        func allDigits(_ label: Range<Int>) -> Bool { label.allSatisfy { URLSyntax.isDigit(scalars[$0]) } }
        guard let last = labels.last, allDigits(last) else { return .success(.name) }
        guard labels.allSatisfy(allDigits) else {
            return .failure(Failure(message: "The last label of a host name must not be all digits", offset: last.lowerBound))
        }
        let whole = labels[0].lowerBound..<last.upperBound
        let text = URLSyntax.string(scalars, whole)
        if IPAddressSyntax.ipv4(text) != nil {
            if trailingDot { return .failure(Failure(message: "An IPv4 address must not end with a dot", offset: whole.upperBound)) }
            return .success(.ipv4)
        }
        if case .failure(let failure) = IPNotation.address(text) {
            return .failure(Failure(message: failure.message, offset: whole.lowerBound + failure.offset))
        }
        return .failure(Failure(message: "Not a valid IPv4 address", offset: whole.lowerBound))
    }

    /// The message for a character no host name may contain.
    private static func unexpected(_ scalar: Unicode.Scalar, at index: Int) -> Failure {
        let message: String
        switch scalar {
        case " ", "\t", "\n", "\r": message = "Host contains whitespace"
        case "_": message = "Underscores are not allowed in host names (RFC 1123)"
        case ":": message = "Unexpected : in the host (a port, or an IPv6 address without brackets?)"
        case "/": message = "Unexpected / in the host"
        case "@": message = "Unexpected @ in the host"
        default:
            message = scalar.value > 0x7F
                ? "Host contains a non-ASCII character; write internationalized names in punycode (xn--…)"
                : "Host names may contain only letters, digits, hyphens and dots"
        }
        return Failure(message: message, offset: index)
    }
}
