import EnvCheckCore

extension Array where Element == SourceFile {
    /// Adds the sources whose paths are not here yet (a file can belong to several checks).
    mutating func appendNew(_ others: [SourceFile]) {
        var paths = Set(map(\.path))
        for source in others where paths.insert(source.path).inserted { append(source) }
    }
}
