import ArgumentParser
import EnvCheckCore

/// `envcheck init`: writes `.env.example` from the schema.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write .env.example from the schema (--example), or a starter schema from .env.example (--schema)."
    )

    @Flag(help: "Write .env.example from schemas/.")
    var example = false

    @Flag(name: .customLong("schema-from-example"), help: "Write a starter schema inferred from .env.example (types guessed, marked for review).")
    var schemaFromExample = false

    @Option(help: "Schema directory.")
    var schema: String = SchemaWorkspace.directoryName

    @Option(help: "Where to write (- for standard output; default .env.example, or schemas/app.env.yaml).")
    var output: String?

    func validate() throws {
        guard example != schemaFromExample else { throw ValidationError("Say what to write: --example or --schema-from-example") }
    }

    func run() throws {
        if schemaFromExample { return try writeSchema() }
        let output = self.output ?? ".env.example"
        let (loaded, problems) = try SchemaLoader.load(directory: schema, typeNamed: ValueTypeRegistry.type(named:))
        guard problems.isEmpty else {
            for problem in problems { Output.error("\(problem.path):\(problem.line):\(problem.column): \(problem.message)") }
            throw ExitCode(ExitStatus.inputError)
        }
        try write(ExampleFileWriter.render(loaded), to: output)
    }

    private func writeSchema() throws {
        let file = EnvFile(source: SourceFile(path: ".env.example", bytes: try FileSystem.read(".env.example")))
        let output = self.output ?? FileSystem.join(schema, "app.env.yaml")
        if output != "-", FileSystem.exists(output) {
            throw ValidationError("\(output) exists; give --output to write elsewhere (envcheck never overwrites a schema)")
        }
        if output != "-", !FileSystem.isDirectory(schema) { try FileSystem.makeDirectory(schema) }
        try write(SchemaInference.schemaText(from: file), to: output)
    }

    private func write(_ text: String, to output: String) throws {
        if output == "-" {
            Output.write(text)
        } else {
            try FileSystem.writeAtomically(Array(text.utf8), to: output)
        }
    }
}
