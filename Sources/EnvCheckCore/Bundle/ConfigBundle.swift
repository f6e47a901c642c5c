/// The typed, validated configuration of one environment as one JSON document, which the health
/// server loads at start-up instead of reading raw strings from the environment.
///
/// It carries the schema's digest (a bundle written for another schema is stale), each declared
/// variable that has a value or a default, in schema order, with its type, raw value, typed
/// value and provenance. Secrets are included; the file is written `0600`. `redacted()` gives a
/// shareable copy without them.
public struct ConfigBundle: Sendable, Hashable {
    /// The `format` field of every bundle.
    public static let formatName = "envcheck-bundle"
    /// The bundle format version this envcheck writes and reads.
    public static let formatVersion = 1

    /// The envcheck version that wrote the bundle.
    public var envcheckVersion: String
    /// The digest of the schema the bundle was validated against (`Schema.digest`).
    public var schemaDigest: String
    /// The environment (`development`, `production`, …).
    public var environment: String
    /// The variables, in schema order.
    public var variables: [Variable]

    /// One variable of the bundle.
    public struct Variable: Sendable, Hashable {
        /// The schema name.
        public var name: String
        /// The schema type name (`duration`, `postgres-url`, …).
        public var type: String
        /// Whether the value is a secret (declared `secret: true`, of type `secret`, or a
        /// secret-looking name by `SecretPolicy`).
        public var isSecret: Bool
        /// The raw value (nil when redacted).
        public var value: String?
        /// The typed value (nil when the value does not parse, or a redacted secret).
        public var typed: TypedValue?
        /// Where the value came from, the winning entry last.
        public var provenance: [Origin]
        /// Whether secret parts were removed (`envcheck bundle --redact`).
        public var isRedacted: Bool
        /// The alias the value was read from, when the variable itself was not set
        /// (`VITE_IDEMPOTENCY_MAX` for `IDEMPOTENCY_MAX`).
        public var alias: String?

        /// Creates a variable.
        public init(name: String, type: String, isSecret: Bool, value: String?, typed: TypedValue?,
                    provenance: [Origin], isRedacted: Bool = false, alias: String? = nil) {
            self.name = name
            self.type = type
            self.isSecret = isSecret
            self.value = value
            self.typed = typed
            self.provenance = provenance
            self.isRedacted = isRedacted
            self.alias = alias
        }
    }

    /// Where a value came from.
    public enum Origin: Sendable, Hashable {
        /// A line of a `.env` layer.
        case file(path: String, line: Int)
        /// The process environment.
        case processEnvironment
        /// The schema's default (for the environment).
        case schemaDefault
    }

    /// Creates a bundle.
    public init(envcheckVersion: String, schemaDigest: String, environment: String, variables: [Variable]) {
        self.envcheckVersion = envcheckVersion
        self.schemaDigest = schemaDigest
        self.environment = environment
        self.variables = variables
    }

    /// The variable named `name`, if the bundle has it.
    public subscript(name: String) -> Variable? {
        variables.first { $0.name == name }
    }

    /// The bundle of a schema context: each declared variable, in schema order, with the value
    /// the layers and the process environment give it, else the value of its first alias that
    /// is set, else its default for the environment; variables with none of these are left out.
    /// An empty value counts as unset unless the schema allows it.
    public static func make(context: SchemaContext, envcheckVersion: String) -> ConfigBundle {
        var variables: [Variable] = []
        for spec in context.schema.variables {
            if let variable = variable(spec, context: context) { variables.append(variable) }
        }
        return ConfigBundle(envcheckVersion: envcheckVersion, schemaDigest: context.schema.digest,
                            environment: context.environment, variables: variables)
    }

    private static func variable(_ spec: VariableSpec, context: SchemaContext) -> Variable? {
        let isSecret = spec.isSecret || spec.typeName == SecretType.name || SecretPolicy.isSecretKey(spec.name)
        func isSet(_ resolved: ResolvedVariable?) -> Bool {
            guard let resolved else { return false }
            return !resolved.value.isEmpty || spec.allowEmpty
        }
        if let resolved = context.value(of: spec.name), isSet(resolved) {
            let typed = context.parsed[spec.name]?.value ?? spec.type.parse(resolved.text).value
            return Variable(name: spec.name, type: spec.typeName, isSecret: isSecret, value: resolved.text, typed: typed,
                            provenance: resolved.provenance.map(Origin.init))
        }
        for alias in spec.aliases {
            guard let resolved = context.value(of: alias), isSet(resolved) else { continue }
            return Variable(name: spec.name, type: spec.typeName, isSecret: isSecret, value: resolved.text,
                            typed: spec.type.parse(resolved.text).value, provenance: resolved.provenance.map(Origin.init),
                            alias: alias)
        }
        guard let defaultValue = spec.defaultValue(for: context.environment) else { return nil }
        return Variable(name: spec.name, type: spec.typeName, isSecret: isSecret, value: defaultValue,
                        typed: spec.type.parse(defaultValue).value, provenance: [.schemaDefault])
    }
}

extension ConfigBundle.Origin {
    /// The origin of a resolved value's provenance entry.
    init(_ provenance: Provenance) {
        switch provenance {
        case .file(let path, let line): self = .file(path: path, line: line)
        case .processEnvironment: self = .processEnvironment
        }
    }
}
