/// `postgres-url`: a PostgreSQL connection URI, by libpq's rules (PostgreSQL 18).
///
/// Syntax: `postgresql://` or `postgres://` (lowercase: libpq compares it exactly), then
/// `[user[:password]@]`, a host list `[host][:port][,…]`, `[/dbname]`, `[?name=value&…]`.
/// - User and password are percent-decoded. An unencoded `@`, `/`, `?` or `#` in them is an
///   error at that character saying how to encode it (`%40`, `%2F`, `%3F`, `%23`): libpq ends
///   the user information at the first `@` before any `/` (so `u:p@ss@host` connects to host
///   `ss@host`) and other clients' URL parsers end it at `/`, `?` or `#`, so such a password is
///   silently cut. `:` in a password is fine. For the same reason an `@` before any `/` outside
///   the user information (`postgres://db?application_name=a@b`) is an error.
/// - Each host is empty (libpq's default: the Unix-domain socket directory or `PGHOST`), a
///   percent-encoded socket directory (`%2Fvar%2Frun%2Fpostgresql`), a DNS name (underscores
///   allowed, as resolvers accept them), an IPv4 address, or an IPv6 address in brackets
///   (`[::1]`, zone as `%25eth0`). Ports are decimal 1–65535; an empty port means the default.
/// - The database name runs to `?` and is percent-decoded.
/// - Parameters must be libpq parameter names (an unknown name is an error naming it, with a
///   suggestion for typos); `ssl=true` means `sslmode=require` and `requiressl` maps to
///   `sslmode`, as in libpq. Each needs exactly one `=` (encode `=` in values as `%3D`). libpq's
///   value checks apply: `sslmode` disable|allow|prefer|require|verify-ca|verify-full,
///   `gssencmode` and `channel_binding` disable|prefer|require, `sslnegotiation`
///   postgres|direct (direct needs sslmode require or stronger), `sslcertmode`
///   disable|allow|require, `target_session_attrs` any|read-write|read-only|primary|standby|
///   prefer-standby, `load_balance_hosts` disable|random, `ssl_min/max_protocol_version`
///   TLSv1–TLSv1.3 (min not above max), `min/max_protocol_version` 3.0|3.2|latest,
///   `sslrootcert=system` only with sslmode verify-full (or none),
///   `require_auth` known methods all or none negated, `connect_timeout`, `keepalives*` and
///   `tcp_user_timeout` integers, `port` and `host`/`hostaddr` lists (as many ports as hosts,
///   or one). A repeated parameter is a warning (libpq uses the last).
/// - No `#` anywhere (libpq keeps it as data, URL parsers cut the value there), no leading or
///   trailing whitespace, no control characters; every `%` must start a `%XX` escape and
///   `%00` is refused.
///
/// Query parameters `host`, `port`, `user`, `password` and `dbname` override the URI's parts in
/// the typed value, as in libpq; a lone empty host gives an empty host list.
///
/// No options. → `.postgres`.
public struct PostgresURLType: ValueType {
    /// `postgres-url`.
    public static let name = "postgres-url"
    /// None.
    public static let optionKeys: Set<String> = []

    typealias Failure = URLSyntax.Failure

    /// Creates the type (it has no options).
    public init(options: TypeOptions) throws(TypeOptionError) {}

    /// Creates the type.
    public init() {}

    /// Parses a connection URI.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .invalid("Empty value; expected a postgresql:// connection URI") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "Connection URI") { return failure.result }
        let start: Int
        switch Self.prefixLength(scalars) {
        case .failure(let failure): return failure.result
        case .success(let length): start = length
        }
        let reading = URLUserInfo.resolve(scalars, authorityStart: start, parse: { at in
            PostgresURIReading.read(scalars, from: at.map { $0 + 1 } ?? start)
        }, retry: Self.retry)
        let uri: PostgresURIReading
        switch reading.result {
        case .failure(let failure): return failure.result
        case .success(let parsed): uri = parsed
        }
        if reading.at == nil, let at = Self.libpqUserInfoEnd(scalars, from: start) {
            return .invalid("Unencoded @ before any /: libpq reads everything before it as user and password; percent-encode it as %40", at: at)
        }
        var credentials: (user: String?, password: String?) = (nil, nil)
        if let at = reading.at {
            switch URLUserInfo.credentials(scalars, start..<at) {
            case .failure(let failure): return failure.result
            case .success(let decoded): credentials = decoded
            }
        }
        return Self.assemble(uri, user: credentials.user, password: credentials.password)
    }

    /// Whether the RFC 3986 reading's result looks like a delimiter written in the password:
    /// it failed inside the authority, or for a reason the parser flagged, or it parsed with an
    /// `@` in the database name (then only a delimiter after the password's `:` counts, since
    /// every parser agrees on that reading).
    static func retry(_ result: Result<PostgresURIReading, Failure>, authorityEnd: Int) -> URLUserInfo.Retry {
        switch result {
        case .success(let reading): return reading.databaseHasAt ? .ifInPassword : .no
        case .failure(let failure):
            if failure.offset.map({ $0 <= authorityEnd }) ?? false { return .always }
            return failure.mayBeCredentials ? .ifInPassword : .no
        }
    }

    /// Where libpq ends the user information: the first `@` before the first `/`.
    static func libpqUserInfoEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let slash = URLSyntax.firstIndex(in: scalars, start..<scalars.count, of: "/")
        return (start..<slash).first { scalars[$0] == "@" }
    }

    /// The length of `postgresql://` or `postgres://`, or why the text does not start with one.
    static func prefixLength(_ scalars: [Unicode.Scalar]) -> Result<Int, Failure> {
        let text = String(String.UnicodeScalarView(scalars))
        for prefix in ["postgresql://", "postgres://"] where text.hasPrefix(prefix) {
            return .success(prefix.unicodeScalars.count)
        }
        let lowered = text.lowercased()
        for scheme in ["postgresql", "postgres"] where lowered.hasPrefix(scheme + ":") {
            if lowered.hasPrefix(scheme + "://") {
                return .failure(Failure(message: "Write the scheme in lowercase (libpq matches postgresql:// and postgres:// exactly)", offset: 0))
            }
            return .failure(Failure(message: "Expected // after the scheme", offset: scheme.count + 1))
        }
        if lowered.hasPrefix("jdbc:") {
            return .failure(Failure(message: "Remove the jdbc: prefix; libpq expects postgresql://", offset: 0))
        }
        if let separator = (0..<scalars.count).first(where: { scalars[$0] == ":" }), separator + 2 < scalars.count,
           scalars[separator + 1] == "/", scalars[separator + 2] == "/" {
            return .failure(Failure(message: "Scheme must be postgresql:// or postgres://", offset: 0))
        }
        let keyword = scalars.prefix { URLSyntax.isAlpha($0) || $0 == "_" }
        if !keyword.isEmpty, keyword.count < scalars.count, scalars[keyword.count] == "=" || scalars[keyword.count] == " " {
            return .failure(Failure(message: "Expected a postgresql:// URI, not a keyword/value connection string", offset: 0))
        }
        return .failure(Failure(message: "Expected a connection URI starting with postgresql:// or postgres://", offset: 0))
    }
}
