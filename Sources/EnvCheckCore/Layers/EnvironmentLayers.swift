/// The `.env` layers of one environment, resolved in order with provenance, as Vite and
/// dotenv-flow layer them: `.env`, `.env.local`, `.env.<environment>`,
/// `.env.<environment>.local`, each overriding the one before, and the process environment over
/// all of them. `.env.local` is skipped for the `test` environment (tests must be reproducible).
/// Each file is read with docker compose's dialect; interpolation sees the process environment,
/// then the layers before, then the keys earlier in the same file.
public struct EnvironmentLayers: Sendable {
    /// The environment (`development`, `production`, …).
    public let environment: String
    /// The layer files that exist, in precedence order (lowest first).
    public let files: [EnvFile]
    /// Every variable set by a layer (and, for those, by the process environment), with the
    /// provenance chain: each layer that set it, lowest first; the last entry wins.
    public let variables: [ResolvedVariable]
    /// Files compose would refuse, with the reason.
    public let failures: [(path: String, failure: DotenvResolution.Failure)]

    /// The layer file names for an environment, lowest precedence first.
    public static func fileNames(for environment: String) -> [String] {
        var names = [".env"]
        if environment != "test" { names.append(".env.local") }
        names += [".env.\(environment)", ".env.\(environment).local"]
        return names
    }

    /// Which environment to use: the flag, else the process's `NODE_ENV`, else `NODE_ENV` from
    /// `.env` / `.env.local` in `directory`, else `development`.
    public static func environmentName(flag: String?, process: ProcessEnvironment, directory: String) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let value = process["NODE_ENV"], !value.isEmpty { return String(decoding: value, as: UTF8.self) }
        for name in [".env.local", ".env"] {
            let path = ComposeProject.path(name, in: directory)
            guard let bytes = try? FileSystem.read(path) else { continue }
            let resolution = DotenvResolution(file: EnvFile(source: SourceFile(path: path, bytes: bytes)), environment: process)
            if let value = resolution.value(of: "NODE_ENV"), !value.value.isEmpty { return value.text }
        }
        return "development"
    }

    /// Reads and resolves the layers of `directory`.
    public init(directory: String, environment: String, process: ProcessEnvironment) throws(FileSystemError) {
        var files: [EnvFile] = []
        for name in Self.fileNames(for: environment) {
            let path = ComposeProject.path(name, in: directory)
            guard FileSystem.exists(path), !FileSystem.isDirectory(path) else { continue }
            files.append(EnvFile(source: SourceFile(path: path, bytes: try FileSystem.read(path))))
        }
        self.init(files: files, environment: environment, process: process)
    }

    /// Resolves given layer files (lowest precedence first).
    public init(files: [EnvFile], environment: String, process: ProcessEnvironment) {
        self.environment = environment
        self.files = files
        var layered = VariableAccumulator()
        var failures: [(String, DotenvResolution.Failure)] = []
        for file in files {
            let resolution = DotenvResolution(file: file, environment: process, earlier: layered.values)
            if let failure = resolution.failure { failures.append((file.source.path, failure)) }
            resolution.variables.forEach { layered.add($0) }
        }
        for variable in layered.variables {
            if let value = process[variable.name] { layered.set(variable.name, to: value, from: [.processEnvironment]) }
        }
        variables = layered.variables
        self.failures = failures
    }

    /// The final variable named `name`, if any layer sets it.
    public func variable(_ name: String) -> ResolvedVariable? {
        variables.first { $0.name == name }
    }
}
