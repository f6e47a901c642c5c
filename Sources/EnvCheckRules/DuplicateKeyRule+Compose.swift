import EnvCheckCore

/// `duplicate-key` in compose files: YAML forbids a key twice in one mapping, and compose refuses
/// the file (unlike a `.env` file, where the last value wins).
extension DuplicateKeyRule {
    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.files.flatMap { file in
            file.yamlProblems.filter { $0.kind == .duplicateKey }.map { problem in
                finding(problem, in: file)
            }
        }
    }

    private func finding(_ problem: YAMLProblem, in file: ComposeFile) -> Diagnostic {
        let path = file.source.path
        let help = "Compose refuses the file. Merge the two entries into one, or use an anchor (&) and a << merge "
            + "to share settings"
        guard let first = file.root.flatMap({ firstDefinition(at: problem.location, in: $0, source: file.source) }),
              let name = first.scalar else {
            return diagnostic(problem.message, file: path, at: problem.location, severity: .error, help: help)
        }
        return diagnostic("Key \(name) is already defined on line \(first.start.line) of this mapping; "
                          + "compose refuses the file", file: path, at: problem.location, severity: .error, help: help)
    }

    /// The key of the innermost mapping around `location` that the text at `location` repeats
    /// (searched in the interpolated tree: interpolation changes values, never keys or places).
    private func firstDefinition(at location: SourceLocation, in root: YAMLNode, source: SourceFile) -> YAMLNode? {
        var best: (mappingStart: Int, key: YAMLNode)?
        var pending = [root]
        while let node = pending.popLast() {
            if let items = node.sequence { pending += items.filter { $0.start.offset <= location.offset } }
            guard let pairs = node.mapping else { continue }
            pending += pairs.map(\.value).filter { $0.start.offset <= location.offset }
            guard node.start.offset <= location.offset, location.offset < node.end.offset || node.end.offset <= node.start.offset
            else { continue }
            let written = source.bytes[location.offset...]
            let matches = pairs.map(\.key).filter { key in
                guard let name = key.scalar, key.start.offset < location.offset else { return false }
                let text = Array(name.utf8)
                return written.starts(with: text) || written.dropFirst().starts(with: text)
                    && (written.first == UInt8(ascii: "\"") || written.first == UInt8(ascii: "'"))
            }
            guard let key = matches.max(by: { ($0.scalar?.utf8.count ?? 0) < ($1.scalar?.utf8.count ?? 0) }) else { continue }
            if node.start.offset >= best?.mappingStart ?? -1 { best = (node.start.offset, key) }
        }
        return best?.key
    }
}
