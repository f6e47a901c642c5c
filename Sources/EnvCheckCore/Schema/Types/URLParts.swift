/// A URL split into its parts (RFC 3986), percent-decoded where that is meaningful.
public struct URLParts: Sendable, Hashable {
    /// The scheme, lowercased.
    public var scheme: String
    /// The user, percent-decoded.
    public var user: String?
    /// The password, percent-decoded (never printed; the bundle keeps it).
    public var password: String?
    /// The host (without brackets for IPv6).
    public var host: String?
    /// The port, when written.
    public var port: Int?
    /// The path, as written.
    public var path: String
    /// The query parameters, in order, percent-decoded.
    public var query: [QueryItem]
    /// The fragment.
    public var fragment: String?

    /// Creates URL parts.
    public init(scheme: String, user: String? = nil, password: String? = nil, host: String? = nil, port: Int? = nil,
                path: String = "", query: [QueryItem] = [], fragment: String? = nil) {
        self.scheme = scheme
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.fragment = fragment
    }
}

/// One `name=value` of a query string.
public struct QueryItem: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The value.
    public var value: String

    /// Creates an item.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A host and an optional port.
public struct HostPort: Sendable, Hashable {
    /// The host name or address (no brackets).
    public var host: String
    /// The port, when written.
    public var port: Int?

    /// Creates a host and port.
    public init(host: String, port: Int?) {
        self.host = host
        self.port = port
    }
}

/// A PostgreSQL connection URI (libpq rules) in parts.
public struct PostgresURL: Sendable, Hashable {
    /// The hosts, in order (libpq allows a comma-separated list).
    public var hosts: [HostPort]
    /// The user.
    public var user: String?
    /// The password (never printed).
    public var password: String?
    /// The database name.
    public var database: String?
    /// Connection parameters (`sslmode`, `connect_timeout`, …).
    public var parameters: [QueryItem]

    /// Creates a PostgreSQL URL.
    public init(hosts: [HostPort], user: String?, password: String?, database: String?, parameters: [QueryItem]) {
        self.hosts = hosts
        self.user = user
        self.password = password
        self.database = database
        self.parameters = parameters
    }

    /// The value of a parameter.
    public func parameter(_ name: String) -> String? {
        parameters.last { $0.name == name }?.value
    }
}

/// A Redis URL in parts.
public struct RedisURL: Sendable, Hashable {
    /// Whether the scheme is `rediss` (TLS).
    public var usesTLS: Bool
    /// The ACL user, when given.
    public var user: String?
    /// The password (never printed).
    public var password: String?
    /// The host.
    public var host: String
    /// The port (6379 when not written).
    public var port: Int
    /// The database index (0 when not written).
    public var database: Int

    /// Creates a Redis URL.
    public init(usesTLS: Bool, user: String?, password: String?, host: String, port: Int, database: Int) {
        self.usesTLS = usesTLS
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
    }
}
