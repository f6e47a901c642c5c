/// libpq's connection parameters (PostgreSQL 18, `PQconninfoOptions` in `fe-connect.c`) and the
/// values libpq itself restricts, for the query string of a `postgres-url`.
enum PostgresParameters {
    typealias Failure = URLSyntax.Failure

    /// What libpq accepts as a parameter's value.
    enum Rule {
        /// Anything (libpq does not check it, or only the server does).
        case text
        /// A decimal integer (`parse_int_param`).
        case integer
        /// Comma-separated ports, each empty or 1–65535.
        case ports
        /// Comma-separated hosts, each empty, a socket directory (`/…`), a name or an address.
        case hosts
        /// Comma-separated numeric IP addresses, each may be empty.
        case addresses
        /// One of these, compared exactly.
        case choice([String])
        /// Empty or one of `TLSv1`, `TLSv1.1`, `TLSv1.2`, `TLSv1.3`, any letter case.
        case tlsVersion
        /// `require_auth`: methods, all negated with `!` or none.
        case requireAuth
    }

    private static let toggles = ["disable", "prefer", "require"]
    private static let protocolVersions = ["3.0", "3.2", "latest"]

    /// Every parameter libpq knows, with its rule.
    static let rules: [String: Rule] = [
        "service": .text, "user": .text, "password": .text, "passfile": .text, "require_auth": .requireAuth,
        "channel_binding": .choice(toggles), "connect_timeout": .integer, "dbname": .text, "host": .hosts,
        "hostaddr": .addresses, "port": .ports, "client_encoding": .text, "options": .text,
        "application_name": .text, "fallback_application_name": .text, "keepalives": .integer,
        "keepalives_idle": .integer, "keepalives_interval": .integer, "keepalives_count": .integer,
        "tcp_user_timeout": .integer,
        "sslmode": .choice(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]),
        "sslnegotiation": .choice(["postgres", "direct"]), "sslcompression": .text, "sslcert": .text, "sslkey": .text,
        "sslkeylogfile": .text, "sslcertmode": .choice(["disable", "allow", "require"]), "sslpassword": .text,
        "sslrootcert": .text, "sslcrl": .text, "sslcrldir": .text, "sslsni": .text, "requirepeer": .text,
        "ssl_min_protocol_version": .tlsVersion, "ssl_max_protocol_version": .tlsVersion,
        "min_protocol_version": .choice(protocolVersions), "max_protocol_version": .choice(protocolVersions),
        "gssencmode": .choice(toggles), "krbsrvname": .text, "gsslib": .text, "gssdelegation": .text,
        "replication": .text,
        "target_session_attrs": .choice(["any", "read-write", "read-only", "primary", "standby", "prefer-standby"]),
        "load_balance_hosts": .choice(["disable", "random"]), "scram_client_key": .text, "scram_server_key": .text,
        "oauth_issuer": .text, "oauth_client_id": .text, "oauth_client_secret": .text, "oauth_scope": .text,
    ]

    /// Options of other PostgreSQL clients that people put in URLs and libpq rejects.
    private static let foreign: [String: String] = [
        "schema": "Prisma", "connection_limit": "Prisma", "pool_timeout": "Prisma", "pgbouncer": "Prisma",
        "socket_timeout": "Prisma", "sslaccept": "Prisma", "statement_cache_size": "Prisma",
        "sslfactory": "JDBC", "currentSchema": "JDBC", "loggerLevel": "JDBC",
    ]

    /// Checks one decoded `name=value`; `ssl=true` becomes `sslmode=require` and `requiressl`
    /// becomes `sslmode`, as libpq does.
    static func check(name: String, value: String, nameOffset: Int, valueOffset: Int) -> Result<QueryItem, Failure> {
        if name == "ssl" {
            guard value == "true" else {
                return .failure(Failure(message: "libpq accepts ssl only as ssl=true; write sslmode=require (or another sslmode)", offset: nameOffset))
            }
            return .success(QueryItem(name: "sslmode", value: "require"))
        }
        if name == "requiressl" {
            return .success(QueryItem(name: "sslmode", value: value.hasPrefix("1") ? "require" : "prefer"))
        }
        guard let rule = rules[name] else { return .failure(unknown(name, at: nameOffset)) }
        if let failure = check(rule, name: name, value: value, at: valueOffset) { return .failure(failure) }
        return .success(QueryItem(name: name, value: value))
    }

    /// "Unknown connection parameter …", with a suggestion when the name looks like a typo.
    private static func unknown(_ name: String, at offset: Int) -> Failure {
        let printable = !name.isEmpty && name.unicodeScalars.count <= 40 && name.unicodeScalars.allSatisfy {
            URLSyntax.isAlpha($0) || URLSyntax.isDigit($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        guard printable else { return Failure(message: "Unknown connection parameter", offset: offset) }
        var message = "Unknown connection parameter \(name)"
        if let client = foreign[name] {
            message += " (a \(client) option that libpq rejects)"
        } else if let suggestion = EditDistance.suggestion(for: name, among: rules.keys.sorted()) {
            message += "; did you mean \(suggestion)?"
        }
        return Failure(message: message, offset: offset)
    }

    private static func check(_ rule: Rule, name: String, value: String, at offset: Int) -> Failure? {
        switch rule {
        case .text: return nil
        case .integer: return integer(name: name, value: value, at: offset)
        case .ports, .hosts, .addresses: return PostgresParameterList.check(rule, name: name, value: value, at: offset)
        case .choice(let allowed):
            return allowed.contains(value) ? nil : Failure(message: "\(name) must be \(ValueTypeText.choices(allowed))", offset: offset)
        case .tlsVersion:
            let allowed = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"]
            if value.isEmpty || allowed.contains(where: { $0.lowercased() == value.lowercased() }) { return nil }
            return Failure(message: "\(name) must be \(ValueTypeText.choices(allowed))", offset: offset)
        case .requireAuth: return PostgresParameterList.requireAuth(value, at: offset)
        }
    }

    /// An optional `-` then 1–10 digits that fit in 32 bits.
    private static func integer(name: String, value: String, at offset: Int) -> Failure? {
        let scalars = Array(value.unicodeScalars)
        let start = scalars.first == "-" ? 1 : 0
        if let bad = scalars[start...].firstIndex(where: { !URLSyntax.isDigit($0) }) {
            return Failure(message: "\(name) must be an integer", offset: offset + bad)
        }
        guard scalars.count > start else { return Failure(message: "\(name) must be an integer", offset: offset) }
        guard scalars.count - start <= 10, let number = Int(value), number >= Int(Int32.min), number <= Int(Int32.max) else {
            return Failure(message: "\(name) is too large", offset: offset)
        }
        return nil
    }
}
