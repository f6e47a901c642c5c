extension TypedValue {
    /// Reads a typed value written by `jsonValue`. The shape says which case it is; the type
    /// name settles the two the shape cannot (`secret` text, `number` written as a whole number).
    /// `path` names the field in error messages.
    public init(json: JSONValue, typeName: String, path: String) throws(BundleError) {
        let reader = TypedJSON(path: path)
        switch json {
        case .string(let text): self = typeName == SecretType.name ? .secret(text) : .string(text)
        case .integer(let value): self = typeName == NumberType.name ? .number(Double(value)) : .integer(value)
        case .number(let value): self = .number(value)
        case .bool(let value): self = .boolean(value)
        case .array(let elements): self = .networks(try reader.networks(elements, path: path))
        case .object: self = try reader.object(json)
        case .null: throw BundleError("\(path): expected a typed value, found null")
        }
    }
}

/// Reads the object shapes of typed values, with the field path in every error.
private struct TypedJSON {
    let path: String

    func object(_ json: JSONValue) throws(BundleError) -> TypedValue {
        if json["seconds"] != nil { return .duration(seconds: try double(json, "seconds")) }
        if json["hops"] != nil { return .trustProxy(.hopCount(try int(json, "hops"))) }
        if json["keywords"] != nil || json["networks"] != nil {
            let keywords = try array(json, "keywords").enumerated().map { (index, element) throws(BundleError) in
                guard let text = element.stringValue else { throw BundleError("\(path).keywords[\(index)]: expected a string") }
                return text
            }
            return .trustProxy(.trusted(keywords: keywords, networks: try networks(array(json, "networks"), path: path + ".networks")))
        }
        if json["hosts"] != nil { return .postgres(try postgres(json)) }
        if json["tls"] != nil { return .redis(try redis(json)) }
        if json["scheme"] != nil { return .url(try url(json)) }
        throw BundleError("\(path): unknown typed value shape")
    }

    func networks(_ elements: [JSONValue], path: String) throws(BundleError) -> [IPNetwork] {
        var networks: [IPNetwork] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue, let network = IPNetwork(cidr: text) else {
                throw BundleError("\(path)[\(index)]: expected a CIDR string such as 10.0.0.0/8")
            }
            networks.append(network)
        }
        return networks
    }

    private func postgres(_ json: JSONValue) throws(BundleError) -> PostgresURL {
        var hosts: [HostPort] = []
        for (index, element) in try array(json, "hosts").enumerated() {
            let inner = TypedJSON(path: "\(path).hosts[\(index)]")
            hosts.append(HostPort(host: try inner.string(element, "host"), port: try inner.optionalInt(element, "port")))
        }
        guard let parameters = json["parameters"]?.objectValue else { throw BundleError("\(path).parameters: expected an object") }
        var items: [QueryItem] = []
        for member in parameters {
            guard let value = member.value.stringValue else { throw BundleError("\(path).parameters.\(member.key): expected a string") }
            items.append(QueryItem(name: member.key, value: value))
        }
        return PostgresURL(hosts: hosts, user: try optionalString(json, "user"), password: try optionalString(json, "password"),
                           database: try optionalString(json, "database"), parameters: items)
    }

    private func redis(_ json: JSONValue) throws(BundleError) -> RedisURL {
        guard let tls = json["tls"]?.boolValue else { throw BundleError("\(path).tls: expected true or false") }
        return RedisURL(usesTLS: tls, user: try optionalString(json, "user"), password: try optionalString(json, "password"),
                        host: try string(json, "host"), port: try int(json, "port"), database: try int(json, "database"))
    }

    private func url(_ json: JSONValue) throws(BundleError) -> URLParts {
        var query: [QueryItem] = []
        for (index, element) in try array(json, "query").enumerated() {
            let inner = TypedJSON(path: "\(path).query[\(index)]")
            query.append(QueryItem(name: try inner.string(element, "name"), value: try inner.string(element, "value")))
        }
        return URLParts(scheme: try string(json, "scheme"), user: try optionalString(json, "user"),
                        password: try optionalString(json, "password"), host: try optionalString(json, "host"),
                        port: try optionalInt(json, "port"), path: try string(json, "path"), query: query,
                        fragment: try optionalString(json, "fragment"))
    }

    func string(_ json: JSONValue, _ key: String) throws(BundleError) -> String {
        guard let text = json[key]?.stringValue else { throw BundleError("\(path).\(key): expected a string") }
        return text
    }

    func optionalString(_ json: JSONValue, _ key: String) throws(BundleError) -> String? {
        guard let value = json[key], !value.isNull else { return nil }
        guard let text = value.stringValue else { throw BundleError("\(path).\(key): expected a string or null") }
        return text
    }

    func int(_ json: JSONValue, _ key: String) throws(BundleError) -> Int {
        guard let value = json[key]?.intValue else { throw BundleError("\(path).\(key): expected a whole number") }
        return value
    }

    func optionalInt(_ json: JSONValue, _ key: String) throws(BundleError) -> Int? {
        guard let value = json[key], !value.isNull else { return nil }
        guard let number = value.intValue else { throw BundleError("\(path).\(key): expected a whole number or null") }
        return number
    }

    func double(_ json: JSONValue, _ key: String) throws(BundleError) -> Double {
        guard let value = json[key]?.doubleValue else { throw BundleError("\(path).\(key): expected a number") }
        return value
    }

    func array(_ json: JSONValue, _ key: String) throws(BundleError) -> [JSONValue] {
        guard let elements = json[key]?.arrayValue else { throw BundleError("\(path).\(key): expected an array") }
        return elements
    }
}
