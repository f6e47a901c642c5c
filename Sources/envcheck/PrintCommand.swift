import ArgumentParser
import EnvCheckCore

/// `envcheck print`: the variables the files give, resolved with compose's semantics.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the resolved variables of .env files (compose semantics; secrets masked)."
    )

    @Argument(help: "The files, in order: a later file overrides an earlier one (- for stdin).")
    var files: [String]

    @Option(help: "Output format: json or dotenv.")
    var format: PrintFormat = .json

    @Flag(name: .customLong("show-secrets"), help: "Print secret-looking values instead of ****.")
    var showSecrets = false

    @Flag(name: .customLong("ignore-environment"), help: "Resolve as if the process environment were empty.")
    var ignoreEnvironment = false

    func run() throws {
        let base = ignoreEnvironment ? ProcessEnvironment() : ProcessEnvironment.current()
        var merged: [ResolvedVariable] = []
        var refused = false
        for path in files {
            let file = EnvFile(source: SourceFile(path: path, bytes: try FileSystem.read(path)))
            var environment = base
            for variable in merged where environment[variable.name] == nil {
                environment.variables[variable.name] = variable.value
            }
            let resolution = DotenvResolution(file: file, environment: environment)
            if let failure = resolution.failure {
                let location = file.source.location(of: failure.range.lowerBound)
                Output.error("\(path):\(location.line):\(location.column): \(failure.message) (compose refuses this file)")
                refused = true
            }
            for variable in resolution.variables {
                if let index = merged.firstIndex(where: { $0.name == variable.name }) {
                    merged[index].value = variable.value
                    merged[index].provenance += variable.provenance
                } else {
                    merged.append(variable)
                }
            }
        }
        let shown = merged.map { variable in
            (variable.name, showSecrets ? variable.text : Self.displayValue(variable))
        }
        Output.write(format == .json ? DotenvFormatter.json(shown) : DotenvFormatter.dotenv(shown))
        if refused { throw ExitCode(ExitStatus.inputError) }
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
