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
        let lookup = lookup(for: service)
        var result = VariableAccumulator()
        envFileValues(of: service, lookup: lookup).forEach { result.add($0) }
        for entry in service.environment {
            guard let value = explicit[entry.name] ?? nil else {
                result.remove(entry.name)
                continue
            }
            result.set(entry.name, to: value, from: [.file(path: entry.node.file, line: entry.node.start.line)])
        }
        return result.variables
    }

    /// The variables a service's `env_file`s give, before `environment` overrides them, each file
    /// interpolated as compose does (see `resolvedEnvironment(of:)`).
    public func envFileValues(of name: String) -> [ResolvedVariable] {
        guard let service = service(name), !service.envFiles.isEmpty else { return [] }
        return envFileValues(of: service, lookup: lookup(for: service))
    }

    /// The env files of a service that compose would refuse to read: the file and why (a syntax
    /// error, or an interpolation error under the service's lookup).
    public func envFileFailures(of name: String) -> [(file: EnvFile, failure: DotenvResolution.Failure)] {
        guard let service = service(name), !service.envFiles.isEmpty else { return [] }
        return readEnvFiles(of: service, lookup: lookup(for: service)).failures
    }

    private func lookup(for service: ComposeService) -> ProcessEnvironment {
        var lookup = environment
        for entry in service.environment where lookup[entry.name] == nil {
            if let value = entry.value.map({ Array($0.utf8) }) ?? environment[entry.name] { lookup.variables[entry.name] = value }
        }
        return lookup
    }

    private func envFileValues(of service: ComposeService, lookup: ProcessEnvironment) -> [ResolvedVariable] {
        readEnvFiles(of: service, lookup: lookup).values
    }

    private func readEnvFiles(of service: ComposeService, lookup: ProcessEnvironment)
        -> (values: [ResolvedVariable], failures: [(file: EnvFile, failure: DotenvResolution.Failure)]) {
        var earlier: [String: [UInt8]] = [:]
        var values: [ResolvedVariable] = []
        var failures: [(file: EnvFile, failure: DotenvResolution.Failure)] = []
        for reference in service.envFiles {
            guard let file = envFiles[reference.path] else { continue }
            if reference.format == "raw" {
                values += RawEnvFormat.values(of: file.source)
                continue
            }
            let resolution = DotenvResolution(file: file, environment: lookup, earlier: earlier)
            if let failure = resolution.failure { failures.append((file, failure)) }
            for variable in resolution.variables {
                earlier[variable.name] = variable.value
                values.append(variable)
            }
        }
        return (values, failures)
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
