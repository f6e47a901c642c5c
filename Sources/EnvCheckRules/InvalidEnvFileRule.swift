import EnvCheckCore

/// `invalid-env-file`: an env file compose would refuse to read (the project `.env` or a
/// service's `env_file`), or an unknown `format`.
struct InvalidEnvFileRule: Rule {
    let description = RuleDescription(
        id: "invalid-env-file",
        severity: .error,
        summary: "Compose would refuse to read the project .env or a service's env_file",
        rationale: "A syntax error, or an interpolation error such as an unmet ${VAR:?} under the service's "
            + "environment, stops compose before anything starts. envcheck points at the line in the env file.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: x\n    env_file: app.env\n# file: app.env\nA=1\n",
            "services:\n  web:\n    image: x\n    env_file:\n      - path: app.env\n        format: raw\n# file: app.env\nA=\"x\n",
        ],
        failing: [
            "services:\n  web:\n    image: x\n    env_file: app.env\n# file: app.env\nA=\"never closed\n",
            "services:\n  web:\n    image: x\n    env_file: app.env\n# file: app.env\nA=${NEEDED:?set it}\n",
            "services:\n  web:\n    image: x\n    env_file:\n      - path: app.env\n        format: json\n# file: app.env\nA=1\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var seen: Set<String> = []
        func report(_ file: EnvFile, _ failure: DotenvResolution.Failure, severity: Severity) {
            guard seen.insert(file.source.path).inserted else { return }
            result.append(Diagnostic(ruleID: description.id, severity: severity,
                                     message: "Compose refuses \(file.source.path): \(failure.message)",
                                     path: file.source.path, range: file.source.range(failure.range)))
        }
        if let env = project.projectEnvFile, let failure = project.projectEnvFailure {
            report(env, failure, severity: description.severity)
        }
        for service in project.services {
            let level = severity(for: service, in: project)
            for reference in service.envFiles where reference.format != nil && reference.format != "raw" {
                result.append(diagnostic("env_file format of service \(service.name) must be raw or left out",
                                         at: reference.node, severity: level))
            }
            for (file, failure) in project.envFileFailures(of: service.name) {
                report(file, failure, severity: level)
            }
        }
        return result
    }
}
