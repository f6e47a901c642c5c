/// Reads the schema files of a `schemas/` directory (every `*.yaml` / `*.yml`, in name order)
/// with the project's libyaml loader. Every problem — YAML syntax, an unknown key, a bad type
/// name or option, a variable declared twice — is a diagnostic with its line and column.
public enum SchemaLoader {
    /// The rule id of schema-file problems.
    public static let problemID = "invalid-schema"

    /// The keys every variable may have, whatever its type.
    public static let commonKeys: Set<String> = [
        "type", "required", "default", "defaults", "secret", "description", "example", "deprecated", "aliases",
        "service", "critical", "allowEmpty",
    ]

    /// The schema files of a directory.
    public static func files(in directory: String) throws(FileSystemError) -> [String] {
        try FileSystem.contents(of: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { ComposeProject.path($0, in: directory) }
    }

    /// Loads a schema directory; `typeNamed` maps type names to value types (the registry).
    public static func load(directory: String, typeNamed: @escaping (String) -> (any ValueType.Type)?) throws(FileSystemError)
        -> (Schema, [Diagnostic]) {
        let sources = try files(in: directory).map { path throws(FileSystemError) in
            SourceFile(path: path, bytes: try FileSystem.read(path))
        }
        return load(sources: sources, typeNamed: typeNamed)
    }

    /// Loads schema sources (tests, or files read elsewhere).
    public static func load(sources: [SourceFile], typeNamed: @escaping (String) -> (any ValueType.Type)?) -> (Schema, [Diagnostic]) {
        var reader = SchemaReader(typeNamed: typeNamed)
        var digestInput: [UInt8] = []
        for source in sources.sorted(by: { $0.path < $1.path }) {
            digestInput += Array((source.path.split(separator: "/").last.map(String.init) ?? source.path).utf8) + [0]
            digestInput += source.bytes + [0]
            reader.read(source)
        }
        let schema = Schema(variables: reader.variables, sources: sources, digest: SHA256.hex(of: digestInput))
        return (schema, reader.diagnostics)
    }
}

/// Walks schema documents into variable specs, collecting problems.
private struct SchemaReader {
    let typeNamed: (String) -> (any ValueType.Type)?
    var variables: [VariableSpec] = []
    var diagnostics: [Diagnostic] = []
    private var path = ""

    init(typeNamed: @escaping (String) -> (any ValueType.Type)?) {
        self.typeNamed = typeNamed
    }

    mutating func read(_ source: SourceFile) {
        path = source.path
        let document = YAMLLoader.load(source)
        for problem in document.problems { report(problem.message, at: problem.location) }
        guard let root = document.root, !root.isNull else { return }
        guard let pairs = root.mapping else { return report("A schema file must be a mapping with a variables key", at: root.start) }
        for (key, value) in pairs {
            switch key.scalar {
            case "variables": readVariables(value)
            case "$schema", "description": break
            default: report("Unknown key \(key.scalar ?? "?") in a schema file; expected variables", at: key.start)
            }
        }
    }

    private mutating func readVariables(_ node: YAMLNode) {
        guard let pairs = node.mapping else { return report("variables must be a mapping of variable names", at: node.start) }
        for (key, value) in pairs {
            guard let name = key.scalar, !name.isEmpty else { continue }
            if let existing = variables.first(where: { $0.name == name }) {
                report("Variable \(name) is already declared at \(existing.path):\(existing.location.line)", at: key.start)
                continue
            }
            if let spec = readVariable(name, key: key, node: value) { variables.append(spec) }
        }
    }

    private mutating func readVariable(_ name: String, key: YAMLNode, node: YAMLNode) -> VariableSpec? {
        guard let pairs = node.mapping else {
            report("Variable \(name) must be a mapping with at least a type", at: node.start)
            return nil
        }
        guard let typeNode = node["type"], let typeName = typeNode.scalar else {
            report("Variable \(name) has no type", at: key.start)
            return nil
        }
        guard let typeKind = typeNamed(typeName) else {
            report("Unknown type \(typeName) for \(name)", at: typeNode.start)
            return nil
        }
        var options = TypeOptions()
        for (optionKey, value) in pairs {
            guard let option = optionKey.scalar else { continue }
            if SchemaLoader.commonKeys.contains(option), !typeKind.optionKeys.contains(option) { continue }
            guard typeKind.optionKeys.contains(option) else {
                let known = (SchemaLoader.commonKeys.union(typeKind.optionKeys)).sorted().joined(separator: ", ")
                report("Unknown key \(option) for \(name) (type \(typeName)); known keys: \(known)", at: optionKey.start)
                continue
            }
            if let list = value.sequence { options.lists[option] = list.compactMap(\.scalar) } else if let text = value.scalar {
                options.scalars[option] = text
            }
        }
        let type: any ValueType
        do {
            type = try typeKind.init(options: options)
        } catch {
            let place = pairs.first { $0.key.scalar == error.key }?.value.start ?? typeNode.start
            report("\(name): \(error.message)", at: place)
            return nil
        }
        var spec = VariableSpec(name: name, typeName: typeName, type: type, location: key.start, path: path)
        readCommonKeys(into: &spec, node: node)
        return spec
    }

    private mutating func readCommonKeys(into spec: inout VariableSpec, node: YAMLNode) {
        if let required = node["required"] {
            if let list = required.sequence {
                spec.required = .environments(Set(list.compactMap(\.scalar)))
            } else {
                switch required.scalar {
                case "true": spec.required = .always
                case "false": spec.required = .never
                default: report("required must be true, false or a list of environments", at: required.start)
                }
            }
        }
        spec.defaultValue = node["default"]?.scalar
        if let defaults = node["defaults"] {
            if let pairs = defaults.mapping {
                for (environment, value) in pairs {
                    if let name = environment.scalar, let text = value.scalar { spec.environmentDefaults[name] = text }
                }
            } else {
                report("defaults must be a mapping of environment to value", at: defaults.start)
            }
        }
        spec.isSecret = flag(node, "secret", default: false)
        spec.allowEmpty = flag(node, "allowEmpty", default: false)
        spec.isCritical = flag(node, "critical", default: true)
        spec.description = node["description"]?.scalar
        spec.example = node["example"]?.scalar
        spec.service = node["service"]?.scalar
        if let deprecated = node["deprecated"] {
            switch deprecated.scalar {
            case "false": spec.deprecation = nil
            case "true": spec.deprecation = "\(spec.name) is deprecated"
            default: spec.deprecation = deprecated.scalar
            }
        }
        if let aliases = node["aliases"] {
            spec.aliases = aliases.sequence?.compactMap(\.scalar) ?? aliases.scalar.map { [$0] } ?? []
        }
    }

    private mutating func flag(_ node: YAMLNode, _ key: String, default value: Bool) -> Bool {
        guard let child = node[key] else { return value }
        switch child.scalar {
        case "true": return true
        case "false": return false
        default:
            report("\(key) must be true or false", at: child.start)
            return value
        }
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(ruleID: SchemaLoader.problemID, severity: .error, message: message, path: path,
                                      range: SourceRange(start: location, end: location)))
    }
}
