/// Finds the files to check from the paths a user gives.
public enum Workspace {
    /// What one invocation checks: dotenv files, and compose projects (each a list of `-f` files).
    public struct Selection: Sendable {
        /// The `.env`-style files.
        public var dotenvFiles: [String] = []
        /// Compose projects: the files of each, in merge order.
        public var composeProjects: [[String]] = []
        /// The project directories: each directory given, or the directory of the first file.
        public var directories: [String] = []
    }

    /// Whether a file name looks like a dotenv file: `.env`, `.env.<anything>` or `<name>.env`.
    /// `.envrc` (direnv, a shell script) and `.envcheck.yml` are not.
    public static func isDotenvName(_ name: String) -> Bool {
        if name == ".env" || name.hasPrefix(".env.") { return !name.hasSuffix(".yml") && !name.hasSuffix(".yaml") }
        return name.hasSuffix(".env") && name.count > 4
    }

    /// Whether a file name looks like a compose file (`compose.yaml`, `docker-compose.override.yml`, …).
    public static func isComposeName(_ name: String) -> Bool {
        (name.hasPrefix("compose") || name.hasPrefix("docker-compose")) && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
    }

    /// The dotenv files to check: each file path as given, and the dotenv files directly inside
    /// each directory. No path means the current directory.
    public static func files(for paths: [String]) throws(FileSystemError) -> [String] {
        try select(paths).dotenvFiles
    }

    /// Everything to check: for a directory, its dotenv files and its compose project (the
    /// default compose file and its override); for files, dotenv files as given and compose
    /// files together as one project, in the order given.
    public static func select(_ paths: [String]) throws(FileSystemError) -> Selection {
        let roots = paths.isEmpty ? ["."] : paths
        var selection = Selection()
        var explicitCompose: [String] = []
        for path in roots {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if path != "-", FileSystem.isDirectory(path), isComposeName(name) || (isDotenvName(name) && name != ".") {
                throw FileSystemError(description: "\(path): is a directory, not a file")
            }
            if path != "-", FileSystem.isDirectory(path) {
                let names = try FileSystem.contents(of: path).filter(isDotenvName)
                let prefix = path == "." ? "" : (path.hasSuffix("/") ? path : path + "/")
                selection.dotenvFiles += names.map { prefix + $0 }.filter { !FileSystem.isDirectory($0) }
                let directory = path == "." ? "." : String(prefix.dropLast())
                let compose = ComposeLoader.defaultFiles(in: directory)
                if !compose.isEmpty { selection.composeProjects.append(compose) }
                selection.directories.append(directory)
                continue
            }
            if path != "-", !FileSystem.exists(path) {
                throw FileSystemError(description: "\(path): no such file or directory")
            }
            if isComposeName(name) { explicitCompose.append(path) } else { selection.dotenvFiles.append(path) }
        }
        if !explicitCompose.isEmpty { selection.composeProjects.append(explicitCompose) }
        if selection.directories.isEmpty, let first = (selection.dotenvFiles + explicitCompose).first(where: { $0 != "-" }) {
            selection.directories.append(first.contains("/") ? String(first[..<first.lastIndex(of: "/")!]) : ".")
        }
        return selection
    }
}
