extension ComposeProject {
    /// The variables a service's container gets, with compose's precedence: each `env_file` in
    /// order (interpolated with the project environment, then the service's `environment`, then
    /// the values of earlier env files), overridden by `environment`; a bare `NAME` takes the
    /// project environment's value, and is left out when that is unset. `nil` for an unknown service.
    public func resolvedEnvironment(of name: String) -> [ResolvedVariable]? {
        guard let service = service(name) else { return nil }
        var explicit: [String: [UInt8]?] = [:]
        for entry in service.environment {
            explicit[entry.name] = entry.value.map { Array($0.utf8) } ?? environment[entry.name]
        }
        var lookup = environment
        for (key, value) in explicit where lookup[key] == nil {
            if let value { lookup.variables[key] = value }
        }
        var result: [ResolvedVariable] = []
        var index: [String: Int] = [:]
        func record(_ name: String, _ value: [UInt8], _ provenance: Provenance) {
            if let existing = index[name] {
                result[existing].value = value
                result[existing].provenance.append(provenance)
            } else {
                index[name] = result.count
                result.append(ResolvedVariable(name: name, value: value, provenance: [provenance]))
            }
        }
        var earlier: [String: [UInt8]] = [:]
        for reference in service.envFiles {
            guard let file = envFiles[reference.path] else { continue }
            for variable in Self.values(of: file, format: reference.format, environment: lookup, earlier: earlier) {
                earlier[variable.name] = variable.value
                for provenance in variable.provenance { record(variable.name, variable.value, provenance) }
            }
        }
        for entry in service.environment {
            let provenance = Provenance.file(path: entry.node.file, line: entry.node.start.line)
            guard let value = explicit[entry.name] ?? nil else {
                if let existing = index[entry.name] { result.remove(at: existing); index = Self.reindex(result) }
                continue
            }
            record(entry.name, value, provenance)
        }
        return result
    }

    private static func values(of file: EnvFile, format: String?, environment: ProcessEnvironment,
                               earlier: [String: [UInt8]]) -> [ResolvedVariable] {
        if format == "raw" { return RawEnvFormat.values(of: file.source) }
        return DotenvResolution(file: file, environment: environment, earlier: earlier).variables
    }

    private static func reindex(_ variables: [ResolvedVariable]) -> [String: Int] {
        Dictionary(variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { $1 })
    }
}

/// compose's `format: raw` env files: `KEY=VALUE` lines taken literally, no quotes, escapes or
/// interpolation; blank lines and `#` lines skipped.
enum RawEnvFormat {
    static func values(of source: SourceFile) -> [ResolvedVariable] {
        var result: [ResolvedVariable] = []
        for number in 1...max(1, source.lineCount) where number <= source.lineStarts.count {
            let line = Array(source.bytes[source.lineContentRange(number)])
            guard let first = line.first, first != UInt8(ascii: "#"), let equals = line.firstIndex(of: UInt8(ascii: "=")) else {
                continue
            }
            let name = String(decoding: line[..<equals], as: UTF8.self)
            result.append(ResolvedVariable(name: name, value: Array(line[(equals + 1)...]),
                                           provenance: [.file(path: source.path, line: number)]))
        }
        return result
    }
}
