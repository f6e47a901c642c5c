extension ConfigBundle {
    /// Reads a bundle file. Throws with one clear line when the bytes are not JSON, not an
    /// envcheck bundle, of another format version, or a field has the wrong shape.
    public static func decode(_ bytes: [UInt8]) throws(BundleError) -> ConfigBundle {
        let json: JSONValue
        do {
            json = try JSONReader.parse(bytes)
        } catch {
            throw BundleError("Not a config bundle: \(error.description)")
        }
        guard json.objectValue != nil else { throw BundleError("Not a config bundle: the document is not a JSON object") }
        guard let format = json["format"]?.stringValue else {
            throw BundleError("Not a config bundle: no \"format\" field (expected \"\(formatName)\")")
        }
        guard format == formatName else {
            throw BundleError("Not a config bundle: format is \(JSONText.quote(String(format.prefix(40)))), expected \"\(formatName)\"")
        }
        guard let version = json["formatVersion"]?.intValue else { throw BundleError("formatVersion: expected a whole number") }
        guard version == formatVersion else {
            throw BundleError("Unsupported bundle format version \(version) (this envcheck reads version \(formatVersion)); "
                + "write the bundle again with envcheck bundle")
        }
        guard let variables = json["variables"]?.objectValue else { throw BundleError("variables: expected an object") }
        var decoded: [Variable] = []
        for member in variables {
            decoded.append(try Variable(name: member.key, json: member.value))
        }
        return ConfigBundle(envcheckVersion: try field(json, "envcheckVersion", path: ""),
                            schemaDigest: try field(json, "schemaDigest", path: ""),
                            environment: try field(json, "environment", path: ""), variables: decoded)
    }

    /// Whether the bundle was written for another schema (its digest differs from `schema`'s).
    public func isStale(for schema: Schema) -> Bool {
        schemaDigest != schema.digest
    }

    fileprivate static func field(_ json: JSONValue, _ key: String, path: String) throws(BundleError) -> String {
        guard let text = json[key]?.stringValue else { throw BundleError("\(path)\(key): expected a string") }
        return text
    }
}

extension ConfigBundle.Variable {
    /// Reads one member of `variables`.
    init(name: String, json: JSONValue) throws(BundleError) {
        let path = "variables.\(name)."
        guard json.objectValue != nil else { throw BundleError("variables.\(name): expected an object") }
        let type = try ConfigBundle.field(json, "type", path: path)
        guard let isSecret = json["secret"]?.boolValue else { throw BundleError("\(path)secret: expected true or false") }
        let isRedacted = try Self.flag(json, "redacted", path: path)
        let alias = try json["alias"].map { _ throws(BundleError) in try ConfigBundle.field(json, "alias", path: path) }
        let value = try json["value"].map { _ throws(BundleError) in try ConfigBundle.field(json, "value", path: path) }
        let typed = try json["typed"].map { typed throws(BundleError) in
            try TypedValue(json: typed, typeName: type, path: path + "typed")
        }
        guard let entries = json["provenance"]?.arrayValue else { throw BundleError("\(path)provenance: expected an array") }
        var provenance: [ConfigBundle.Origin] = []
        for (index, entry) in entries.enumerated() {
            provenance.append(try ConfigBundle.Origin(json: entry, path: "\(path)provenance[\(index)]"))
        }
        self.init(name: name, type: type, isSecret: isSecret, value: value, typed: typed, provenance: provenance,
                  isRedacted: isRedacted, alias: alias)
    }

    private static func flag(_ json: JSONValue, _ key: String, path: String) throws(BundleError) -> Bool {
        guard let value = json[key] else { return false }
        guard let flag = value.boolValue else { throw BundleError("\(path)\(key): expected true or false") }
        return flag
    }
}

extension ConfigBundle.Origin {
    /// Reads `{"file": …, "line": …}`, `{"process": true}` or `{"default": true}`.
    init(json: JSONValue, path: String) throws(BundleError) {
        if let file = json["file"] {
            guard let filePath = file.stringValue, let line = json["line"]?.intValue else {
                throw BundleError("\(path): expected {\"file\": string, \"line\": number}")
            }
            self = .file(path: filePath, line: line)
        } else if json["process"]?.boolValue == true {
            self = .processEnvironment
        } else if json["default"]?.boolValue == true {
            self = .schemaDefault
        } else {
            throw BundleError("\(path): expected {\"file\", \"line\"}, {\"process\": true} or {\"default\": true}")
        }
    }
}
