/// What a schema rule sees: the schema, the resolved layers of the chosen environment, the
/// process environment, `.env.example`, the compose project, and each declared variable's value
/// parsed by its type (once).
public struct SchemaContext: Sendable {
    /// The schema.
    public let schema: Schema
    /// The `.env` layers of the environment, resolved.
    public let layers: EnvironmentLayers
    /// The process environment.
    public let process: ProcessEnvironment
    /// `.env.example`, when the project has one.
    public let example: EnvFile?
    /// The compose project, when there is one.
    public let compose: ComposeProject?
    /// Each declared variable's parse result, by name (only for variables that have a value).
    public let parsed: [String: ValueParseResult]

    /// The environment (`development`, `production`, …).
    public var environment: String { layers.environment }

    /// Builds the context and parses every declared variable that has a value.
    public init(schema: Schema, layers: EnvironmentLayers, process: ProcessEnvironment, example: EnvFile?,
                compose: ComposeProject?) {
        self.schema = schema
        self.layers = layers
        self.process = process
        self.example = example
        self.compose = compose
        var parsed: [String: ValueParseResult] = [:]
        for spec in schema.variables {
            guard let value = Self.value(of: spec.name, layers: layers, process: process) else { continue }
            if value.value.isEmpty && !spec.allowEmpty { continue }
            parsed[spec.name] = spec.type.parse(value.text)
        }
        self.parsed = parsed
    }

    /// The value of a variable: from the layers (process environment over them), else from the
    /// process environment alone.
    public func value(of name: String) -> ResolvedVariable? {
        Self.value(of: name, layers: layers, process: process)
    }

    private static func value(of name: String, layers: EnvironmentLayers, process: ProcessEnvironment) -> ResolvedVariable? {
        if let variable = layers.variable(name) { return variable }
        return process[name].map { ResolvedVariable(name: name, value: $0, provenance: [.processEnvironment]) }
    }

    /// Where the winning value of a variable is written: the file and the byte range of its
    /// value (inside the quotes), or `nil` when it comes from the process environment.
    public func valueLocation(of name: String) -> (file: EnvFile, range: Range<Int>)? {
        guard case .file(let path, let line)? = value(of: name)?.provenance.last,
              let file = (layers.files + (example.map { [$0] } ?? [])).first(where: { $0.source.path == path }) else { return nil }
        for statement in file.statements.reversed() where statement.key == name {
            guard file.source.location(of: statement.keyRange.lowerBound).line == line else { continue }
            let range = statement.assignment?.innerRange ?? statement.keyRange
            return (file, range)
        }
        return nil
    }

    /// A diagnostic at a variable's value (at `offset` scalars into it), or at its declaration in
    /// the schema when the value is not written in a file.
    public func diagnostic(_ rule: RuleDescription, _ message: String, variable name: String, offset: Int? = nil,
                           help: String? = nil, fix: Fix? = nil) -> Diagnostic {
        if let (file, range) = valueLocation(of: name) {
            var start = range.lowerBound
            var remaining = offset ?? 0
            while remaining > 0, start < range.upperBound {
                start += 1
                while start < range.upperBound, file.source.bytes[start] & 0xC0 == 0x80 { start += 1 }
                remaining -= 1
            }
            let end = offset == nil ? max(range.upperBound, start) : min(range.upperBound, start + 1)
            return Diagnostic(ruleID: rule.id, severity: rule.severity, message: message, path: file.source.path,
                              range: file.source.range(start..<max(start, end)), help: help, fix: fix)
        }
        return declarationDiagnostic(rule, message, variable: name, help: help, fix: fix)
    }

    /// A diagnostic at the variable's declaration in the schema file.
    public func declarationDiagnostic(_ rule: RuleDescription, _ message: String, variable name: String,
                                      help: String? = nil, fix: Fix? = nil) -> Diagnostic {
        let spec = schema.variable(name)
        let location = spec?.location ?? SourceLocation(line: 1, column: 1)
        return Diagnostic(ruleID: rule.id, severity: rule.severity, message: message, path: spec?.path ?? "schemas",
                          range: SourceRange(start: location, end: location), help: help, fix: fix)
    }
}
