/// A compose project as envcheck reasons about it: its files (interpolated), the project
/// environment they were interpolated with, the merged services, and the service environments.
public struct ComposeProject: Sendable {
    /// The compose files, in `-f` order.
    public let files: [ComposeFile]
    /// The directory relative paths are resolved from.
    public let projectDirectory: String
    /// The project `.env` (or `--env-file`), parsed, when there is one.
    public let projectEnvFile: EnvFile?
    /// The environment compose interpolates with: the process environment over the project `.env`.
    public let environment: ProcessEnvironment
    /// The merged services, in the order they are first defined.
    public var services: [ComposeService] { derived.services }
    /// The services and what follows from them, made on first use: rules that read only the
    /// files (the schema check) run while the first rule that needs the services makes them.
    private var derived: Services {
        madeServices.value {
            Services(entries: serviceEntries, files: files, environment: environment, projectDirectory: projectDirectory)
        }
    }
    private let madeServices = MadeOnce<Services>()
    /// The entries under `services` of the merged files, as `Services` reads them.
    private let serviceEntries: [(name: String, key: YAMLNode, node: YAMLNode)]
    /// The active profiles (`COMPOSE_PROFILES`).
    public let activeProfiles: Set<String>
    /// The env files the services name, parsed, by path as written.
    public let envFiles: [String: EnvFile]
    /// Required env files that do not exist: the service, the reference.
    public let missingEnvFiles: [(service: String, reference: ComposeService.EnvFileReference)]
    /// The merged top-level mapping.
    public let root: YAMLNode?
    /// Why compose refuses the project `.env`, if it does.
    public var projectEnvFailure: DotenvResolution.Failure? {
        if let knownProjectEnvFailure { return knownProjectEnvFailure }
        return projectEnvFile.flatMap { DotenvResolution(file: $0, environment: processEnvironment).failure }
    }
    /// `projectEnvFailure` as the loader found it, when it resolved the project `.env` itself.
    private let knownProjectEnvFailure: DotenvResolution.Failure??
    /// The process environment alone (without the project `.env`).
    public let processEnvironment: ProcessEnvironment
    /// `include` entries that could not be read: the message and the node.
    public let includeProblems: [(message: String, node: YAMLNode)]
    /// Problems resolving `extends`: the message and the `extends` node.
    public var extendsProblems: [(message: String, node: YAMLNode)] { derived.extendsProblems }

    /// Every compose and env file source, for reporters' code frames.
    public var sources: [SourceFile] {
        files.map(\.source) + (projectEnvFile.map { [$0.source] } ?? []) + envFiles.values.map(\.source)
    }

    /// The names of the services compose runs with the active profiles.
    public var activeServiceNames: [String] {
        services.filter { $0.isActive(profiles: activeProfiles) }.map(\.name)
    }

    /// The service named `name`.
    public func service(_ name: String) -> ComposeService? {
        let derived = derived
        return derived.serviceIndex[name].map { derived.services[$0] }
    }

    /// The names declared under a top-level section (`networks`, `volumes`, `secrets`, `configs`).
    public func declaredNames(_ section: String) -> [String] {
        root?[section]?.mapping?.compactMap(\.key.scalar) ?? []
    }

    init(files: [ComposeFile], projectDirectory: String, projectEnvFile: EnvFile?, environment: ProcessEnvironment,
         activeProfiles: Set<String>, processEnvironment: ProcessEnvironment,
         includeProblems: [(message: String, node: YAMLNode)] = [],
         projectEnvFailure: DotenvResolution.Failure?? = nil) {
        self.files = files
        knownProjectEnvFailure = projectEnvFailure
        self.processEnvironment = processEnvironment
        self.includeProblems = includeProblems
        self.projectDirectory = projectDirectory
        self.projectEnvFile = projectEnvFile
        self.environment = environment
        self.activeProfiles = activeProfiles
        let merged = ComposeMerge.merge(files.compactMap(\.root))
        root = merged
        let entries = Services.entries(of: merged)
        serviceEntries = entries
        if entries.contains(where: { $0.node["extends"] != nil }) {
            // `extends` reads other files: everything is built now.
            let built = Services(entries: entries, files: files, environment: environment, projectDirectory: projectDirectory)
            _ = madeServices.value { built }
            (envFiles, missingEnvFiles) = Self.readEnvFiles(built.services.map { ($0.name, $0.envFiles) }, in: projectDirectory)
        } else {
            // The env files the services name are read now (a project is what the disk held when it
            // was loaded); the services themselves are made on first use.
            let named = entries.map { ($0.name, ComposeService.envFileReferences($0.node["env_file"])) }
            (envFiles, missingEnvFiles) = Self.readEnvFiles(named, in: projectDirectory)
        }
    }

    /// Reads the env files the services name (each path once, in order): the parsed ones by path
    /// as written, and the required ones that cannot be read.
    private static func readEnvFiles(_ named: [(service: String, references: [ComposeService.EnvFileReference])],
                                     in projectDirectory: String)
        -> ([String: EnvFile], [(service: String, reference: ComposeService.EnvFileReference)]) {
        var parsed: [String: EnvFile] = [:]
        var missing: [(String, ComposeService.EnvFileReference)] = []
        for (service, references) in named {
            for reference in references where parsed[reference.path] == nil {
                let path = ComposeProject.path(reference.path, in: projectDirectory)
                if let bytes = try? FileSystem.read(path) {
                    parsed[reference.path] = EnvFile(source: SourceFile(path: path, bytes: bytes))
                } else if reference.isRequired {
                    missing.append((service, reference))
                }
            }
        }
        return (parsed, missing)
    }

    /// `path` relative to `directory` unless absolute.
    static func path(_ path: String, in directory: String) -> String {
        FileSystem.join(directory, path)
    }
}
