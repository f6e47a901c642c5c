/// `url`: an absolute URL (RFC 3986).
///
/// Syntax: `scheme:` then `//authority` and a path, or (with `requireHost: false`) a path alone,
/// then `?query` and `#fragment`, each optional. The scheme is a letter then letters, digits,
/// `+`, `-`, `.` (case-insensitive, lowercased in the value). The authority is
/// `[user[:password]@]host[:port]`: the user information is unreserved characters,
/// sub-delimiters, `:` and `%XX` escapes — an unencoded `@`, `/`, `?` or `#` in a password is an
/// error that says how to encode it; the host is a DNS name (letters, digits, hyphens, and
/// underscores as resolvers accept them; labels of at most 63), an IPv4 address, or an IPv6
/// address in brackets (`[::1]`, zone as `%25eth0`); the port is decimal, 0–65535, and may be
/// empty. Path, query and fragment allow RFC 3986 `pchar`, `/` and `?` (not `#` after the
/// fragment starts); anything else — spaces, quotes, `<>`, `{}`, `|`, `\`, `^`, non-ASCII —
/// must be percent-encoded, and every `%` must start a `%XX` escape. The value's user, password
/// and query items are percent-decoded (`+` stays `+`); path and fragment are kept as written.
///
/// Options: `schemes` (list of allowed schemes; default any), `requireHost` (default `true`),
/// `requirePath` (default `false`; a path other than empty or `/`), `allowCredentials`
/// (default `true`). → `.url`.
public struct URLType: ValueType {
    /// `url`.
    public static let name = "url"
    /// `schemes`, `requireHost`, `requirePath`, `allowCredentials`.
    public static let optionKeys: Set<String> = ["schemes", "requireHost", "requirePath", "allowCredentials"]

    /// The allowed schemes (lowercase), or nil for any.
    public var schemes: [String]?
    /// Whether `//host` is required.
    public var requireHost: Bool
    /// Whether a path other than empty or `/` is required.
    public var requirePath: Bool
    /// Whether `user:password@` is accepted.
    public var allowCredentials: Bool

    typealias Failure = URLSyntax.Failure

    /// Creates the type from its options.
    public init(options: TypeOptions) throws(TypeOptionError) {
        requireHost = try options.boolean("requireHost") ?? true
        requirePath = try options.boolean("requirePath") ?? false
        allowCredentials = try options.boolean("allowCredentials") ?? true
        if let list = options.list("schemes") {
            let lowered = list.map { $0.lowercased() }
            guard !lowered.isEmpty else { throw TypeOptionError(key: "schemes", message: "schemes must list at least one scheme") }
            for scheme in lowered where Self.schemeEnd(Array(scheme.unicodeScalars)) != scheme.unicodeScalars.count || scheme.isEmpty {
                throw TypeOptionError(key: "schemes", message: "schemes must be URL schemes like https (without ://)")
            }
            schemes = lowered
        }
    }

    /// Parses a URL.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .invalid("Empty value; expected a URL") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "URL") { return failure.result }
        let colon: Int
        switch Self.scheme(scalars) {
        case .failure(let failure): return failure.result
        case .success(let index): colon = index
        }
        let scheme = URLSyntax.string(scalars, 0..<colon).lowercased()
        if let schemes, !schemes.contains(scheme) {
            return .invalid("Scheme must be \(ValueTypeText.choices(schemes))", at: 0)
        }
        let result = hasAuthority(scalars, colon) ? withAuthority(scalars, from: colon + 3, scheme: scheme)
                                                   : withoutAuthority(scalars, from: colon + 1, scheme: scheme)
        switch result {
        case .failure(let failure): return failure.result
        case .success(let parts):
            if requirePath, parts.path.isEmpty || parts.path == "/" { return .invalid("URL has no path") }
            return .valid(.url(parts))
        }
    }

    private func hasAuthority(_ scalars: [Unicode.Scalar], _ colon: Int) -> Bool {
        scalars.count > colon + 2 && scalars[colon + 1] == "/" && scalars[colon + 2] == "/"
    }

    /// The index just past the scheme characters.
    private static func schemeEnd(_ scalars: [Unicode.Scalar]) -> Int {
        guard let first = scalars.first, URLSyntax.isAlpha(first) else { return 0 }
        var index = 1
        while index < scalars.count, URLSyntax.isAlpha(scalars[index]) || URLSyntax.isDigit(scalars[index])
                || scalars[index] == "+" || scalars[index] == "-" || scalars[index] == "." {
            index += 1
        }
        return index
    }

    /// The index of the `:` after the scheme.
    private static func scheme(_ scalars: [Unicode.Scalar]) -> Result<Int, Failure> {
        let missing = Failure(message: "Missing scheme: an absolute URL starts with a scheme such as https://", offset: 0)
        let end = schemeEnd(scalars)
        guard end > 0, scalars.contains(":") else { return .failure(missing) }
        guard end < scalars.count, scalars[end] == ":" else {
            return .failure(Failure(message: "Invalid character in the scheme", offset: end))
        }
        let rest = end + 1..<scalars.count
        if !rest.isEmpty, rest.allSatisfy({ URLSyntax.isDigit(scalars[$0]) }) {
            return .failure(Failure(message: "Missing scheme: write scheme://host:port", offset: 0))
        }
        return .success(end)
    }

    /// `//[userinfo@]host[:port]` and the rest.
    private func withAuthority(_ scalars: [Unicode.Scalar], from start: Int, scheme: String) -> Result<URLParts, Failure> {
        let reading = URLUserInfo.resolve(scalars, authorityStart: start, parse: { at in
            afterUserInfo(scalars, from: at.map { $0 + 1 } ?? start, scheme: scheme)
        }, retry: { result, end in
            if case .failure(let failure) = result, let offset = failure.offset, offset >= start, offset <= end { return .always }
            return .no
        })
        guard case .success(var parts) = reading.result else { return reading.result }
        if let at = reading.at {
            let range = start..<at
            if !allowCredentials {
                return .failure(Failure(message: "Credentials (user:password@) are not allowed in this URL", offset: start))
            }
            if let failure = URLUserInfo.unencodedDelimiter(scalars, range) { return .failure(failure) }
            if let bad = range.first(where: { !Self.isUserInfo(scalars[$0]) }) {
                return .failure(Failure(message: "Character not allowed in the user information; percent-encode it", offset: bad))
            }
            switch URLUserInfo.decode(scalars, range) {
            case .failure(let failure): return .failure(failure)
            case .success(let credentials): (parts.user, parts.password) = credentials
            }
        }
        return .success(parts)
    }

    private static func isUserInfo(_ scalar: Unicode.Scalar) -> Bool {
        URLSyntax.isUnreserved(scalar) || URLSyntax.isSubDelimiter(scalar) || scalar == ":" || scalar == "%"
    }

    /// `host[:port]` and the rest, from `start`.
    private func afterUserInfo(_ scalars: [Unicode.Scalar], from start: Int, scheme: String) -> Result<URLParts, Failure> {
        let hostEnd = URLSyntax.firstIndex(in: scalars, start..<scalars.count, of: "/?#")
        let host: String?
        let portStart: Int?
        switch URLHostPort.split(scalars, start..<hostEnd) {
        case .failure(let failure): return .failure(failure)
        case .success(let split): (host, portStart) = split
        }
        if host == nil, requireHost {
            return .failure(Failure(message: "URL has no host (expected \(scheme)://host…)", offset: start < scalars.count ? start : nil))
        }
        var port: Int?
        if let portStart {
            switch URLHostPort.port(scalars, portStart..<hostEnd, range: 0...65535) {
            case .failure(let failure): return .failure(failure)
            case .success(let value): port = value
            }
        }
        return URLPathQuery.pathQueryFragment(scalars, from: hostEnd).map { rest in
            URLParts(scheme: scheme, host: host, port: port, path: rest.path, query: rest.query, fragment: rest.fragment)
        }
    }

    /// `scheme:path[?query][#fragment]`.
    private func withoutAuthority(_ scalars: [Unicode.Scalar], from start: Int, scheme: String) -> Result<URLParts, Failure> {
        if requireHost {
            return .failure(Failure(message: "URL has no host (expected \(scheme)://host…)", offset: start < scalars.count ? start : nil))
        }
        return URLPathQuery.pathQueryFragment(scalars, from: start).map { rest in
            URLParts(scheme: scheme, path: rest.path, query: rest.query, fragment: rest.fragment)
        }
    }
}
