/// What a value parsed to: the typed form the config bundle carries and the health server uses.
public enum TypedValue: Sendable, Hashable {
    /// Text (`string`, `host`, `email`, `enum`).
    case string(String)
    /// A whole number (`integer`, `port`).
    case integer(Int)
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A duration, in seconds.
    case duration(seconds: Double)
    /// A URL in parts.
    case url(URLParts)
    /// A PostgreSQL connection URI in parts.
    case postgres(PostgresURL)
    /// A Redis URL in parts.
    case redis(RedisURL)
    /// IP addresses and networks (`ip`, `cidr`).
    case networks([IPNetwork])
    /// Express's `trust proxy` setting.
    case trustProxy(TrustProxySetting)
    /// A secret (kept only in the bundle file, never printed).
    case secret(String)
}
