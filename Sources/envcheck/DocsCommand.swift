import ArgumentParser
import EnvCheckCore

/// `envcheck docs`: the schema's variables as a Markdown table (the README's variables table).
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Print the schema's variables as a Markdown table."
    )

    @Option(help: "Schema directory.")
    var schema: String = SchemaWorkspace.directoryName

    func run() throws {
        guard FileSystem.isDirectory(schema) else {
            Output.error("\(schema): no such schema directory")
            throw ExitCode(ExitStatus.inputError)
        }
        let (loaded, problems) = try SchemaLoader.load(directory: schema, typeNamed: ValueTypeRegistry.type(named:))
        guard problems.isEmpty else {
            for problem in problems { Output.error("\(problem.path):\(problem.line):\(problem.column): \(problem.message)") }
            throw ExitCode(ExitStatus.inputError)
        }
        Output.write(SchemaDocsRenderer.markdown(loaded))
    }
}
