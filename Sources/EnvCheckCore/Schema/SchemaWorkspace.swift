/// Everything schema validation needs for one directory: the schema (from `schemas/` or
/// `--schema DIR`), the `.env` layers of the chosen environment (or, when the directory has no
/// layer at all, `.env.example` in their place), `.env.example`, the compose project, and the
/// context the schema rules run on.
public struct SchemaWorkspace: Sendable {
    /// The conventional schema directory name.
    public static let directoryName = "schemas"

    /// The schema rules' context (nil when the project has no schema).
    public let context: SchemaContext?
    /// Problems in the schema files themselves (`invalid-schema`).
    public let schemaProblems: [Diagnostic]

    /// Loads the schema workspace of `directory`. `schemaDirectory` overrides `directory/schemas`;
    /// `environmentFlag` overrides the environment (see `EnvironmentLayers.environmentName`).
    public static func load(
        directory: String, schemaDirectory: String?, environmentFlag: String?, process: ProcessEnvironment,
        compose: ComposeProject?, typeNamed: @escaping (String) -> (any ValueType.Type)?
    ) throws(FileSystemError) -> SchemaWorkspace {
        let schemaPath = schemaDirectory ?? ComposeProject.path(directoryName, in: directory)
        guard FileSystem.isDirectory(schemaPath) else {
            if schemaDirectory != nil { throw FileSystemError(description: "\(schemaPath): no such schema directory") }
            return SchemaWorkspace(context: nil, schemaProblems: [])
        }
        let (schema, problems) = try SchemaLoader.load(directory: schemaPath, typeNamed: typeNamed)
        let environment = EnvironmentLayers.environmentName(flag: environmentFlag, process: process, directory: directory)
        var layers = try EnvironmentLayers(directory: directory, environment: environment, process: process)
        let examplePath = ComposeProject.path(".env.example", in: directory)
        let example = FileSystem.exists(examplePath)
            ? EnvFile(source: SourceFile(path: examplePath, bytes: try FileSystem.read(examplePath))) : nil
        // A directory without any layer (a repository, a CI checkout) is validated through its
        // `.env.example`: the example must itself satisfy the schema.
        if layers.files.isEmpty, let example {
            layers = EnvironmentLayers(files: [example], environment: environment, process: process)
        }
        let context = SchemaContext(schema: schema, layers: layers, process: process, example: example, compose: compose)
        return SchemaWorkspace(context: context, schemaProblems: problems)
    }
}
