/// Finds and loads a compose project as docker compose does: the files from `-f`, else
/// `COMPOSE_FILE`, else `compose.yaml` / `compose.yml` / `docker-compose.yaml` /
/// `docker-compose.yml` and its `.override` file; the project `.env` (or `--env-file`) under the
/// process environment; `COMPOSE_PROFILES`.
public enum ComposeLoader {
    /// The default file names, in compose's order of preference.
    public static let defaultNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]

    /// The compose files of a directory: the first default name found, then its override file.
    public static func defaultFiles(in directory: String) -> [String] {
        for name in defaultNames {
            let path = ComposeProject.path(name, in: directory)
            guard FileSystem.exists(path) else { continue }
            let base = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : String(name.dropLast(4))
            let extensionName = name.hasSuffix(".yaml") ? "yaml" : "yml"
            let override = ComposeProject.path("\(base).override.\(extensionName)", in: directory)
            return FileSystem.exists(override) ? [path, override] : [path]
        }
        return []
    }

    /// Loads a project. `files` empty means `COMPOSE_FILE` or the default files of the project
    /// directory (the directory of the first file, or the current one). `lintedEnvFiles` are env
    /// files the caller has already parsed and resolved, by path: the project `.env` is not parsed
    /// again when it is one of them, nor resolved again when it was resolved against `environment`.
    /// `parsedAhead` are compose files whose parse the caller started early (see
    /// `YAMLParseAhead`): they are used instead of reading the file again.
    public static func load(files: [String], projectDirectory: String? = nil, environment: ProcessEnvironment,
                            envFile: String? = nil, lintedEnvFiles: [String: LintContext] = [:],
                            parsedAhead: [YAMLParseAhead] = []) throws(FileSystemError) -> ComposeProject {
        let directory = projectDirectory ?? files.first.map(directoryOf) ?? "."
        let envPath = envFile ?? ComposeProject.path(".env", in: directory)
        var projectEnvFile: EnvFile?
        var projectEnvFailure: DotenvResolution.Failure?
        var combined = environment
        if envFile != nil || FileSystem.exists(envPath), !FileSystem.isDirectory(envPath) {
            let linted = lintedEnvFiles[envPath]
            let file: EnvFile
            if let linted {
                file = linted.file
            } else {
                file = EnvFile(source: SourceFile(path: envPath, bytes: try FileSystem.read(envPath)))
            }
            projectEnvFile = file
            let resolution = linted.flatMap { $0.environment.variables == environment.variables ? $0.resolution : nil }
                ?? DotenvResolution(file: file, environment: environment)
            projectEnvFailure = resolution.failure
            // The file's variables under the process environment, which wins (the small side).
            var variables = resolution.finalValues
            variables.merge(environment.variables) { _, process in process }
            combined.variables = variables
        }
        var paths = files
        if paths.isEmpty, let list = combined["COMPOSE_FILE"].map({ String(decoding: $0, as: UTF8.self) }), !list.isEmpty {
            let separator = combined["COMPOSE_PATH_SEPARATOR"].map { String(decoding: $0, as: UTF8.self) } ?? ":"
            paths = list.split(separator: separator.first ?? ":").map { ComposeProject.path(String($0), in: directory) }
        }
        if paths.isEmpty { paths = defaultFiles(in: directory) }
        PhaseTimings.end("project .env")
        let lookupEnvironment = combined
        var composeFiles: [ComposeFile] = []
        var includeProblems: [(message: String, node: YAMLNode)] = []
        var unusedParses = parsedAhead
        for path in paths {
            let file: ComposeFile
            // Each parse serves once: a file named twice (`-f a -f a`) is loaded twice, as compose does.
            if let index = unusedParses.firstIndex(where: { $0.source.path == path }) {
                file = ComposeFile(parsedAhead: unusedParses.remove(at: index)) { lookupEnvironment[$0] }
            } else {
                file = ComposeFile(source: SourceFile(path: path, bytes: try FileSystem.read(path))) { lookupEnvironment[$0] }
            }
            for include in file.root?["include"]?.sequence ?? [] {
                guard let includePath = include.scalar ?? include["path"]?.scalar ?? include["path"]?.sequence?.first?.scalar else {
                    continue
                }
                let resolved = ComposeProject.path(includePath, in: directory)
                guard let bytes = try? FileSystem.read(resolved) else {
                    includeProblems.append(("Included file \(includePath) cannot be read", include))
                    continue
                }
                composeFiles.append(ComposeFile(source: SourceFile(path: resolved, bytes: bytes)) { lookupEnvironment[$0] })
            }
            composeFiles.append(file)
        }
        let profiles = combined["COMPOSE_PROFILES"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ComposeProject(
            files: composeFiles, projectDirectory: directory, projectEnvFile: projectEnvFile, environment: combined,
            activeProfiles: profileSet(profiles), processEnvironment: environment, includeProblems: includeProblems,
            projectEnvFailure: .some(projectEnvFailure))
    }

    /// Loads a project from in-memory sources (tests and rule examples); no project `.env`.
    public static func load(sources: [SourceFile], environment: ProcessEnvironment = ProcessEnvironment(),
                            projectDirectory: String = ".") -> ComposeProject {
        let files = sources.map { source in ComposeFile(source: source) { environment[$0] } }
        let profiles = environment["COMPOSE_PROFILES"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ComposeProject(files: files, projectDirectory: projectDirectory, projectEnvFile: nil, environment: environment,
                              activeProfiles: profileSet(profiles), processEnvironment: environment)
    }

    /// `COMPOSE_PROFILES`'s comma-separated names, trimmed.
    static func profileSet(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty })
    }

    private static func directoryOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
