import EnvCheckCore

/// `environment-shadowed`: a variable set in a service's `env_file` and, to another value, in its
/// `environment`.
struct EnvironmentShadowedRule: Rule {
    let description = RuleDescription(
        id: "environment-shadowed",
        severity: .warning,
        summary: "A service's environment overrides a different value from its env_file",
        rationale: "Compose gives `environment` precedence over `env_file`, so the env file's value is dead: whoever "
            + "edits the env file sees no effect. A bare `NAME` in `environment` whose variable is unset where "
            + "compose runs drops the env file's value too. Equal values are not reported. The examples read the "
            + "repository's .env.example, where NODE_ENV is development.",
        subject: .compose,
        passing: [
            "services:\n  api:\n    image: node:20\n    env_file: app.env\n    environment:\n      NODE_ENV: development\n"
                + "      LOG_LEVEL: debug\n# file: app.env\nNODE_ENV=development\nPORT=3000\n",
            "services:\n  api:\n    image: node:20\n    env_file:\n      - path: ./local.env\n        required: false\n"
                + "    environment:\n      NODE_ENV: production\n",
        ],
        failing: [
            "services:\n  api:\n    image: node:20\n    env_file: app.env\n    environment:\n      NODE_ENV: production\n"
                + "# file: app.env\nNODE_ENV=development\n",
            "services:\n  api:\n    image: node:20\n    env_file: [app.env]\n    environment:\n      - PORT=8080\n"
                + "# file: app.env\nPORT=3000\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.services.flatMap { service in
            let fromFiles = envFileValues(of: service, in: project)
            return service.environment.compactMap { entry -> Diagnostic? in
                guard let fromFile = fromFiles[entry.name] else { return nil }
                let explicit = entry.value.map { Array($0.utf8) } ?? project.environment[entry.name]
                guard explicit != fromFile.value else { return nil }
                let place = "\(fromFile.path) on line \(fromFile.line)"
                guard explicit != nil else {
                    return diagnostic(
                        "Variable \(entry.name) of service \(service.name) is listed without a value in environment and "
                            + "is not set, so compose drops its value from env_file \(place)",
                        at: entry.node, help: "Remove \(entry.name) from environment, or set it where compose runs")
                }
                return diagnostic(
                    "Variable \(entry.name) of service \(service.name) is set in environment and, to another value, in "
                        + "env_file \(place); the environment value wins",
                    at: entry.node, help: "Keep \(entry.name) in one place: remove it from environment or from the env file")
            }
        }
    }

    /// The final value of each variable the service's env files set, and where (as compose reads
    /// them: in order, interpolated with the project environment, then `environment`, then
    /// earlier env files).
    private func envFileValues(of service: ComposeService, in project: ComposeProject)
        -> [String: (value: [UInt8], path: String, line: Int)] {
        // Copying the project environment per service is the cost of this rule: skip it when the
        // service reads no env file.
        guard !service.envFiles.isEmpty else { return [:] }
        var lookup = project.environment
        for entry in service.environment where lookup[entry.name] == nil {
            if let value = entry.value { lookup.variables[entry.name] = Array(value.utf8) }
        }
        var earlier: [String: [UInt8]] = [:]
        var result: [String: (value: [UInt8], path: String, line: Int)] = [:]
        for reference in service.envFiles {
            guard let file = project.envFiles[reference.path] else { continue }
            let variables = reference.format == "raw"
                ? Self.rawValues(of: file.source)
                : DotenvResolution(file: file, environment: lookup, earlier: earlier).variables.compactMap { variable in
                    guard case .file(let path, let line) = variable.provenance.last else { return nil }
                    return (variable.name, variable.value, path, line)
                }
            for (name, value, path, line) in variables {
                earlier[name] = value
                result[name] = (value, path, line)
            }
        }
        return result
    }

    /// `format: raw`: `KEY=VALUE` lines taken literally; blank and `#` lines skipped.
    private static func rawValues(of source: SourceFile) -> [(String, [UInt8], String, Int)] {
        (1...max(1, source.lineCount)).compactMap { number in
            guard number <= source.lineStarts.count else { return nil }
            let line = Array(source.bytes[source.lineContentRange(number)])
            guard line.first != UInt8(ascii: "#"), let equals = line.firstIndex(of: UInt8(ascii: "=")) else { return nil }
            return (String(decoding: line[..<equals], as: UTF8.self), Array(line[(equals + 1)...]), source.path, number)
        }
    }
}
