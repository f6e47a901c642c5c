extension ConfigBundle {
    /// The bundle as a JSON value, members in a fixed order: `format`, `formatVersion`,
    /// `envcheckVersion`, `schemaDigest`, `environment`, `variables` (an object in schema
    /// order; each variable `type`, `secret`, `redacted`, `alias`, `value`, `typed`,
    /// `provenance`, the optional ones only when present).
    public var jsonValue: JSONValue {
        .object([
            JSONMember("format", .string(Self.formatName)),
            JSONMember("formatVersion", .integer(Self.formatVersion)),
            JSONMember("envcheckVersion", .string(envcheckVersion)),
            JSONMember("schemaDigest", .string(schemaDigest)),
            JSONMember("environment", .string(environment)),
            JSONMember("variables", .object(variables.map { JSONMember($0.name, $0.jsonValue) })),
        ])
    }

    /// The bundle file's bytes: pretty JSON ending in a newline, the same bytes for the same bundle.
    public func encoded() -> [UInt8] {
        Array(JSONWriter.pretty(jsonValue).utf8)
    }
}

extension ConfigBundle.Variable {
    /// The variable as a JSON object (see `ConfigBundle.jsonValue`).
    public var jsonValue: JSONValue {
        var members = [JSONMember("type", .string(type)), JSONMember("secret", .bool(isSecret))]
        if isRedacted { members.append(JSONMember("redacted", .bool(true))) }
        if let alias { members.append(JSONMember("alias", .string(alias))) }
        if let value { members.append(JSONMember("value", .string(value))) }
        if let typed { members.append(JSONMember("typed", typed.jsonValue)) }
        members.append(JSONMember("provenance", .array(provenance.map(\.jsonValue))))
        return .object(members)
    }
}

extension ConfigBundle.Origin {
    /// `{"file": ".env", "line": 3}`, `{"process": true}` or `{"default": true}`.
    public var jsonValue: JSONValue {
        switch self {
        case .file(let path, let line): .object([JSONMember("file", .string(path)), JSONMember("line", .integer(line))])
        case .processEnvironment: .object([JSONMember("process", .bool(true))])
        case .schemaDefault: .object([JSONMember("default", .bool(true))])
        }
    }
}
