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
    public let services: [ComposeService]
    private let serviceIndex: [String: Int]
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
    public let extendsProblems: [(message: String, node: YAMLNode)]

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
        serviceIndex[name].map { services[$0] }
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
        let references = ReferenceLocations(files)
        let entries: [(name: String, key: YAMLNode, node: YAMLNode)] = merged?["services"]?.mapping?.compactMap { pair in
            guard let name = pair.key.scalar, pair.value.mapping != nil else { return nil }
            return (name, pair.key, pair.value)
        } ?? []
        // Most projects extend nothing: then each service is its own node (no index of names to build).
        if entries.contains(where: { $0.node["extends"] != nil }) {
            let lookupEnvironment = environment
            var extends = ComposeExtends(services: entries, projectDirectory: projectDirectory) { lookupEnvironment[$0] }
            services = entries.map { entry in
                let node = extends.resolve(entry.name) ?? entry.node
                return ComposeService(name: entry.name, nameNode: entry.key, node: node, references: references)
            }
            extendsProblems = extends.problems.map { ($0.message, $0.node) }
        } else {
            services = entries.map { ComposeService(name: $0.name, nameNode: $0.key, node: $0.node, references: references) }
            extendsProblems = []
        }
        serviceIndex = Dictionary(services.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var parsed: [String: EnvFile] = [:]
        var missing: [(String, ComposeService.EnvFileReference)] = []
        for service in services {
            for reference in service.envFiles where parsed[reference.path] == nil {
                let path = Self.path(reference.path, in: projectDirectory)
                if let bytes = try? FileSystem.read(path) {
                    parsed[reference.path] = EnvFile(source: SourceFile(path: path, bytes: bytes))
                } else if reference.isRequired {
                    missing.append((service.name, reference))
                }
            }
        }
        envFiles = parsed
        missingEnvFiles = missing
        PhaseTimings.end("compose services")
    }

    /// `path` relative to `directory` unless absolute.
    static func path(_ path: String, in directory: String) -> String {
        FileSystem.join(directory, path)
    }
}
