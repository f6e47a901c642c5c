/// `redis-url`: a Redis connection URL (the `redis://` scheme of redis-py, ioredis, node-redis).
///
/// Syntax: `redis://` or `rediss://` (TLS), scheme in any letter case, then
/// `[user][:password]@` (optional; percent-decoded), a host — DNS name (underscores allowed, as
/// resolvers accept them), IPv4, or IPv6 in brackets — an optional `:port` (1–65535, default
/// 6379), and an optional `/db` database index (decimal, 0–15 by default; `/` or nothing means
/// 0). An unencoded `@`, `/`, `?` or `#` in the user or password is an error at that character
/// saying how to encode it (`%40`, `%2F`, `%3F`, `%23`): URL parsers cut the password there.
/// `#` is not allowed anywhere else either. A query string is accepted with a warning (clients
/// differ on what they read from it); a user without a password (`redis://secret@host`) is a
/// warning, since a password written without its leading `:` is taken as an ACL user name.
///
/// Options: `maxDatabase` (integer ≥ 0, default 15). → `.redis`.
public struct RedisURLType: ValueType {
    /// `redis-url`.
    public static let name = "redis-url"
    /// `maxDatabase`.
    public static let optionKeys: Set<String> = ["maxDatabase"]

    /// The highest accepted database index.
    public var maxDatabase: Int

    typealias Failure = URLSyntax.Failure

    /// What follows the user information.
    struct Location {
        /// The host (no brackets).
        var host: String
        /// The port, 6379 when not written.
        var port: Int
        /// The database index, 0 when not written.
        var database: Int
        /// Suspicious but valid parts.
        var warnings: [ValueProblem]
        /// Whether the query has an `@` (a hint that a password holds an unencoded `?`).
        var queryHasAt = false
    }

    /// Creates the type from `maxDatabase`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        maxDatabase = try options.integer("maxDatabase") ?? 15
        guard maxDatabase >= 0 else { throw TypeOptionError(key: "maxDatabase", message: "maxDatabase must be 0 or more") }
    }

    /// Parses a Redis URL.
    public func parse(_ text: String) -> ValueParseResult {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .invalid("Empty value; expected a redis:// URL") }
        if let failure = URLSyntax.whitespaceFailure(scalars, noun: "Redis URL") { return failure.result }
        let usesTLS: Bool
        let start: Int
        switch Self.scheme(text) {
        case .failure(let failure): return failure.result
        case .success(let scheme): (usesTLS, start) = scheme
        }
        let reading = URLUserInfo.resolve(scalars, authorityStart: start, parse: { at in
            readLocation(scalars, from: at.map { $0 + 1 } ?? start)
        }, retry: { result, _ in
            switch result {
            case .failure: .always
            case .success(let location): location.queryHasAt ? .ifInPassword : .no
            }
        })
        var location: Location
        switch reading.result {
        case .failure(let failure): return failure.result
        case .success(let parsed): location = parsed
        }
        var credentials: (user: String?, password: String?) = (nil, nil)
        if let at = reading.at {
            switch URLUserInfo.credentials(scalars, start..<at) {
            case .failure(let failure): return failure.result
            case .success(let decoded): credentials = decoded
            }
            if credentials.user != nil, !scalars[start..<at].contains(":") {
                location.warnings.insert(ValueProblem(severity: .warning,
                                                      message: "Only a user name is given; if it is the password, write it as :password@",
                                                      offset: start), at: 0)
            }
        }
        let url = RedisURL(usesTLS: usesTLS, user: credentials.user, password: credentials.password,
                           host: location.host, port: location.port, database: location.database)
        return ValueParseResult(value: .redis(url), problems: location.warnings)
    }

    /// Whether the scheme is `rediss`, and where the authority starts.
    private static func scheme(_ text: String) -> Result<(Bool, Int), Failure> {
        let lowered = text.lowercased()
        if lowered.hasPrefix("redis://") { return .success((false, 8)) }
        if lowered.hasPrefix("rediss://") { return .success((true, 9)) }
        for scheme in ["redis:", "rediss:"] where lowered.hasPrefix(scheme) {
            return .failure(Failure(message: "Expected // after the scheme", offset: scheme.count))
        }
        if lowered.contains("://") { return .failure(Failure(message: "Scheme must be redis:// or rediss://", offset: 0)) }
        return .failure(Failure(message: "Expected a URL starting with redis:// or rediss://", offset: 0))
    }

    /// `host[:port][/db][?query]` from `start`.
    private func readLocation(_ scalars: [Unicode.Scalar], from start: Int) -> Result<Location, Failure> {
        let hostEnd = URLSyntax.firstIndex(in: scalars, start..<scalars.count, of: "/?#")
        let split: (host: String?, portStart: Int?)
        switch URLHostPort.split(scalars, start..<hostEnd) {
        case .failure(let failure): return .failure(failure)
        case .success(let value): split = value
        }
        guard let host = split.host else {
            return .failure(Failure(message: "Redis URL has no host", offset: start < scalars.count ? start : nil))
        }
        var location = Location(host: host, port: 6379, database: 0, warnings: [])
        if let portStart = split.portStart {
            switch URLHostPort.port(scalars, portStart..<hostEnd, range: 1...65535) {
            case .failure(let failure): return .failure(failure)
            case .success(let port): location.port = port ?? 6379
            }
        }
        var index = hostEnd
        if index < scalars.count, scalars[index] == "/" {
            let end = URLSyntax.firstIndex(in: scalars, index + 1..<scalars.count, of: "?#")
            switch database(scalars, index + 1..<end) {
            case .failure(let failure): return .failure(failure)
            case .success(let database): location.database = database
            }
            index = end
        }
        if index < scalars.count, scalars[index] == "?" {
            location.warnings.append(ValueProblem(severity: .warning,
                                                  message: "Query parameters are not part of the Redis URL format; clients differ on which they read",
                                                  offset: index))
            let end = URLSyntax.firstIndex(in: scalars, index..<scalars.count, of: "#")
            location.queryHasAt = scalars[index..<end].contains("@")
            index = end
        }
        if index < scalars.count {
            return .failure(Failure(message: "Unencoded # (URL parsers cut the value there); percent-encode it as %23", offset: index))
        }
        return .success(location)
    }

    /// The database index after `/`: empty (0) or decimal up to `maxDatabase`.
    private func database(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<Int, Failure> {
        guard !range.isEmpty else { return .success(0) }
        if let bad = range.first(where: { !URLSyntax.isDigit(scalars[$0]) }) {
            let message = scalars[bad] == "/" ? "Expected only a database index after the host" : "Database index must be a decimal number"
            return .failure(Failure(message: message, offset: bad))
        }
        guard range.count <= 9, let index = Int(URLSyntax.string(scalars, range)), index <= maxDatabase else {
            return .failure(Failure(message: "Database index must be between 0 and \(maxDatabase)", offset: range.lowerBound))
        }
        return .success(index)
    }
}
