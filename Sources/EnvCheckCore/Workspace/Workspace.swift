/// Finds the files to check from the paths a user gives.
public enum Workspace {
    /// Whether a file name looks like a dotenv file: `.env`, `.env.<anything>` or `<name>.env`.
    /// `.envrc` (direnv, a shell script) and `.envcheck.yml` are not.
    public static func isDotenvName(_ name: String) -> Bool {
        if name == ".env" || name.hasPrefix(".env.") { return !name.hasSuffix(".yml") && !name.hasSuffix(".yaml") }
        return name.hasSuffix(".env") && name.count > 4
    }

    /// The files to check: each file path as given, and the dotenv files directly inside each
    /// directory. No path means the current directory.
    public static func files(for paths: [String]) throws(FileSystemError) -> [String] {
        let roots = paths.isEmpty ? ["."] : paths
        var result: [String] = []
        for path in roots {
            if path != "-", FileSystem.isDirectory(path) {
                let names = try FileSystem.contents(of: path).filter(isDotenvName)
                let prefix = path == "." ? "" : (path.hasSuffix("/") ? path : path + "/")
                result += names.map { prefix + $0 }.filter { !FileSystem.isDirectory($0) }
            } else {
                if path != "-", !FileSystem.exists(path) {
                    throw FileSystemError(description: "\(path): no such file or directory")
                }
                result.append(path)
            }
        }
        return result
    }
}
