/// A project directory resolved the way `bundle`, `ports` and `probe` see it: its compose
/// project (the default compose files, if any) and its schema workspace (schema, `.env` layers,
/// process environment).
public struct ProjectSnapshot: Sendable {
    /// The compose project, when the directory has a compose file.
    public let compose: ComposeProject?
    /// The schema workspace (its context is nil when there is no schema).
    public let workspace: SchemaWorkspace

    /// Loads `directory`. Throws (a clear one-line message) for a missing directory or an
    /// unreadable file.
    public static func load(
        directory: String, schemaDirectory: String? = nil, environmentFlag: String?, process: ProcessEnvironment,
        typeNamed: @escaping (String) -> (any ValueType.Type)?
    ) throws(FileSystemError) -> ProjectSnapshot {
        guard FileSystem.isDirectory(directory) else { throw FileSystemError(description: "\(directory): no such directory") }
        let composeFiles = ComposeLoader.defaultFiles(in: directory)
        let compose = composeFiles.isEmpty ? nil : try ComposeLoader.load(files: composeFiles, environment: process)
        let workspace = try SchemaWorkspace.load(
            directory: directory, schemaDirectory: schemaDirectory, environmentFlag: environmentFlag, process: process,
            compose: compose, typeNamed: typeNamed)
        return ProjectSnapshot(compose: compose, workspace: workspace)
    }

    /// Every source file involved (schema, `.env` layers, compose files), for reporters' code frames.
    public var sources: [SourceFile] {
        var sources = (workspace.context?.schema.sources ?? []) + (workspace.context?.layers.files.map(\.source) ?? [])
        let known = Set(sources.map(\.path))
        sources += (compose?.sources ?? []).filter { !known.contains($0.path) }
        return sources
    }
}
