import ArgumentParser
import EnvCheckCore

/// `envcheck print`: the variables the files give, resolved with compose's semantics.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the resolved variables of .env files (compose semantics; secrets masked)."
    )

    @Argument(help: "The files, in order: a later file overrides an earlier one (- for stdin).")
    var files: [String] = []

    @Option(name: .customLong("compose"), help: "A compose file (repeatable, like -f): print a service's container environment.")
    var composeFiles: [String] = []

    @Option(help: "With --compose: the service whose environment to print (default: every active service, json only).")
    var service: String?

    @Option(name: .customLong("env-file"), help: "With --compose: the project env file instead of the project directory's .env.")
    var envFile: String?

    @Option(help: "Output format: json or dotenv.")
    var format: PrintFormat = .json

    @Flag(name: .customLong("show-secrets"), help: "Print secret-looking values instead of ****.")
    var showSecrets = false

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    @Option(help: "A config bundle (from envcheck bundle): print its variables with their types.")
    var bundle: String?

    func validate() throws {
        if bundle != nil {
            guard files.isEmpty && composeFiles.isEmpty else {
                throw ValidationError("Give either --bundle or .env files / --compose, not both")
            }
            return
        }
        if composeFiles.isEmpty && files.isEmpty { throw ValidationError("Give .env files, or --compose FILE") }
        if !composeFiles.isEmpty && !files.isEmpty { throw ValidationError("Give either .env files or --compose, not both") }
        if composeFiles.isEmpty && service != nil { throw ValidationError("--service needs --compose") }
        if !composeFiles.isEmpty && service == nil && format == .dotenv {
            throw ValidationError("--format dotenv needs --service: one environment at a time")
        }
    }

    func run() throws {
        if let bundle { return try printBundle(bundle) }
        let base = ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
        if !composeFiles.isEmpty { return try printCompose(environment: base) }
        var merged = VariableAccumulator()
        var refused = false
        for path in files {
            let file = EnvFile(source: SourceFile(path: path, bytes: try FileSystem.read(path)))
            let resolution = DotenvResolution(file: file, environment: base, earlier: merged.values)
            if let failure = resolution.failure {
                let location = file.source.location(of: failure.range.lowerBound)
                Output.error("\(path):\(location.line):\(location.column): \(failure.message) (compose refuses this file)")
                refused = true
            }
            resolution.variables.forEach { merged.add($0) }
        }
        let shown = merged.variables.map { variable in
            (variable.name, showSecrets ? variable.text : Self.displayValue(variable))
        }
        Output.write(format == .json ? DotenvFormatter.json(shown) : DotenvFormatter.dotenv(shown))
        if refused { throw ExitCode(ExitStatus.inputError) }
    }

    private func printCompose(environment: ProcessEnvironment) throws {
        let project = try ComposeLoader.load(files: composeFiles, environment: environment, envFile: envFile)
        let names = service.map { [$0] } ?? project.activeServiceNames
        var blocks: [(String, [(String, String)])] = []
        for name in names {
            guard let variables = project.resolvedEnvironment(of: name) else {
                throw ValidationError("No service \(name) in \(composeFiles.joined(separator: ", "))")
            }
            blocks.append((name, variables.map { ($0.name, showSecrets ? $0.text : Self.displayValue($0)) }))
        }
        if format == .dotenv {
            Output.write(DotenvFormatter.dotenv(blocks.first?.1 ?? []))
        } else if service != nil {
            Output.write(DotenvFormatter.json(blocks.first?.1 ?? []))
        } else {
            Output.write(DotenvFormatter.json(services: blocks))
        }
    }

    /// Prints a config bundle's variables with their types: json
    /// (`{"NAME": {"type": …, "secret": …, "value": …}}`) or dotenv (`NAME=value # type`). Secret
    /// and redacted values show as `****` (unless `--show-secrets` and present), URL passwords
    /// are masked in the others. An unreadable bundle is exit 2.
    private func printBundle(_ path: String) throws {
        let loaded: ConfigBundle
        do {
            loaded = try ConfigBundle.decode(try FileSystem.read(path))
        } catch let error as BundleError {
            Output.error("\(path): \(error.message)")
            throw ExitCode(ExitStatus.inputError)
        }
        let shown = loaded.variables.map { variable -> (ConfigBundle.Variable, String) in
            guard let value = variable.value else { return (variable, SecretPolicy.mask) }
            if showSecrets { return (variable, value) }
            return (variable, variable.isSecret ? SecretPolicy.mask : SecretPolicy.maskURLPassword(value))
        }
        if format == .dotenv {
            Output.write(shown.map { "\($0.0.name)=\(DotenvFormatter.quote($0.1)) # \($0.0.type)\n" }.joined())
            return
        }
        let members = shown.map { variable, value in
            JSONMember(variable.name, .object([JSONMember("type", .string(variable.type)),
                                               JSONMember("secret", .bool(variable.isSecret)), JSONMember("value", .string(value))]))
        }
        Output.write(JSONWriter.pretty(.object(members)))
    }

    /// The value as it may be shown: masked when the key looks secret, URL passwords hidden.
    static func displayValue(_ variable: ResolvedVariable) -> String {
        if SecretPolicy.isSecretKey(variable.name) { return SecretPolicy.mask }
        return SecretPolicy.maskURLPassword(variable.text)
    }
}

/// The output formats of `envcheck print`.
enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case json, dotenv
}
