import ArgumentParser
import EnvCheckCore

/// `envcheck explain KEY`: a variable's final value (masked when secret), its type, and every
/// layer that set or overrode it, with file and line.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show where a variable's value comes from: every layer that set it, its type, its default."
    )

    @Argument(help: "The variable.")
    var key: String

    @Argument(help: "The project directory.")
    var directory: String = "."

    @Option(help: "Environment whose .env layers to read (default: NODE_ENV, else development).")
    var environment: String?

    @Option(help: "Schema directory (default: schemas/ in the project directory).")
    var schema: String?

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    func run() throws {
        let process = ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
        let workspace = try SchemaWorkspace.load(
            directory: directory, schemaDirectory: schema, environmentFlag: environment, process: process, compose: nil,
            typeNamed: ValueTypeRegistry.type(named:))
        let name = EnvironmentLayers.environmentName(flag: environment, process: process, directory: directory)
        let layers = try workspace.context?.layers ?? EnvironmentLayers(directory: directory, environment: name, process: process)
        Output.write(VariableExplanation(key: key, layers: layers, context: workspace.context, process: process).render())
    }
}

/// The text of `envcheck explain`.
struct VariableExplanation {
    let key: String
    let layers: EnvironmentLayers
    let context: SchemaContext?
    let process: ProcessEnvironment

    func render() -> String {
        let spec = context?.schema.variable(key)
        let secret = spec?.isSecret ?? false || SecretPolicy.isSecretKey(key)
        let variable = layers.variable(key) ?? process[key].map {
            ResolvedVariable(name: key, value: $0, provenance: [.processEnvironment])
        }
        var out = "\(key) (environment \(layers.environment))\n"
        if let variable {
            out += "  value:    \(display(variable.text, secret: secret))\n"
        } else if let fallback = spec?.defaultValue(for: layers.environment) {
            out += "  value:    not set; the schema default applies: \(display(fallback, secret: secret))\n"
        } else {
            out += "  value:    not set in any layer or the process environment\n"
        }
        if let spec {
            out += "  type:     \(spec.typeName)\(typeVerdict(spec))\n"
            out += "  schema:   \(spec.path):\(spec.location.line)\n"
            if let description = spec.description { out += "  about:    \(description)\n" }
        } else if context != nil {
            out += "  type:     not declared in the schema\n"
        }
        out += "  layers:   " + layers.files.map(\.source.path).joined(separator: " < ") + (layers.files.isEmpty ? "none" : "")
            + " < process environment\n"
        if let variable {
            out += "  set by:\n"
            for (index, provenance) in variable.provenance.enumerated() {
                let verb = index == 0 ? "sets it" : "overrides it"
                switch provenance {
                case .file(let path, let line): out += "    \(path):\(line) \(verb)\n"
                case .processEnvironment: out += "    the process environment \(verb)\n"
                }
            }
        }
        return out
    }

    private func display(_ value: String, secret: Bool) -> String {
        if secret { return value.isEmpty ? "(empty)" : SecretPolicy.mask }
        return value.isEmpty ? "(empty)" : SecretPolicy.maskURLPassword(value)
    }

    private func typeVerdict(_ spec: VariableSpec) -> String {
        guard let result = context?.parsed[spec.name] else { return "" }
        let errors = result.problems.filter { $0.severity == .error }
        if let first = errors.first { return " (invalid: \(first.message))" }
        if let warning = result.problems.first { return " (valid, but: \(warning.message))" }
        return " (valid)"
    }
}
