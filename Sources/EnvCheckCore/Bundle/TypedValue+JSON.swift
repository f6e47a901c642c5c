extension TypedValue {
    /// The value as the bundle writes it: durations as `{"seconds": N}`, numbers and booleans
    /// as JSON scalars, URLs, PostgreSQL and Redis URLs in parts (the password only when
    /// present), networks as CIDR strings, trust proxy as `{"hops": N}` or
    /// `{"keywords": [...], "networks": [...]}`.
    public var jsonValue: JSONValue {
        switch self {
        case .string(let text), .secret(let text): .string(text)
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .boolean(let value): .bool(value)
        case .duration(let seconds): .object([JSONMember("seconds", .number(seconds))])
        case .url(let parts): Self.json(parts)
        case .postgres(let url): Self.json(url)
        case .redis(let url): Self.json(url)
        case .networks(let networks): .array(networks.map { .string($0.cidr) })
        case .trustProxy(.hopCount(let hops)): .object([JSONMember("hops", .integer(hops))])
        case .trustProxy(.trusted(let keywords, let networks)):
            .object([JSONMember("keywords", .array(keywords.map(JSONValue.string))),
                     JSONMember("networks", .array(networks.map { .string($0.cidr) }))])
        }
    }

    private static func json(_ parts: URLParts) -> JSONValue {
        var members = [JSONMember("scheme", .string(parts.scheme)), JSONMember("user", optional(parts.user))]
        if let password = parts.password { members.append(JSONMember("password", .string(password))) }
        members += [
            JSONMember("host", optional(parts.host)),
            JSONMember("port", parts.port.map(JSONValue.integer) ?? .null),
            JSONMember("path", .string(parts.path)),
            JSONMember("query", .array(parts.query.map { .object([JSONMember("name", .string($0.name)), JSONMember("value", .string($0.value))]) })),
        ]
        if let fragment = parts.fragment { members.append(JSONMember("fragment", .string(fragment))) }
        return .object(members)
    }

    /// PostgreSQL parameters become an object; a repeated name keeps its last value (libpq's rule).
    private static func json(_ url: PostgresURL) -> JSONValue {
        let hosts = url.hosts.map { host in
            JSONValue.object([JSONMember("host", .string(host.host)), JSONMember("port", host.port.map(JSONValue.integer) ?? .null)])
        }
        var members = [JSONMember("hosts", .array(hosts)), JSONMember("user", optional(url.user))]
        if let password = url.password { members.append(JSONMember("password", .string(password))) }
        var parameters: [JSONMember] = []
        for item in url.parameters {
            parameters.removeAll { $0.key == item.name }
            parameters.append(JSONMember(item.name, .string(item.value)))
        }
        members += [JSONMember("database", optional(url.database)), JSONMember("parameters", .object(parameters))]
        return .object(members)
    }

    private static func json(_ url: RedisURL) -> JSONValue {
        var members = [JSONMember("tls", .bool(url.usesTLS)), JSONMember("user", optional(url.user))]
        if let password = url.password { members.append(JSONMember("password", .string(password))) }
        members += [JSONMember("host", .string(url.host)), JSONMember("port", .integer(url.port)),
                    JSONMember("database", .integer(url.database))]
        return .object(members)
    }

    private static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
