import EnvCheckCore

/// `port-variable-undefined`: a published port built from a variable that is not set.
struct PortVariableUndefinedRule: Rule {
    let description = RuleDescription(
        id: "port-variable-undefined",
        severity: .error,
        summary: "A published port uses a variable that is not set and has no default",
        rationale: "Compose substitutes an empty string for an unset variable and publishes what is left: "
            + "`\"${WEB_PORT}:80\"` becomes `\":80\"`, a random host port, and `\"${BIND}:8080:80\"` becomes "
            + "`\":8080:80\"`, which listens on every address instead of the one intended. Compose only warns, so "
            + "the service starts somewhere nobody expects. Give the variable a value or a default. A service "
            + "behind a profile that is not active is reported as a warning.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"${WEB_PORT:-8080}:80\"\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: ${WEB_PORT-8080}\n"
                + "      - \"127.0.0.1:8443:443\"\n",
        ],
        failing: [
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"${WEB_PORT}:80\"\n",
            "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"${BIND_ADDRESS}:5432:5432\"\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: $WEB_PORT\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.portsWithUndefinedVariables().map { service, port, names in
            let unique = Array(Set(names)).sorted()
            let list = unique.joined(separator: ", ")
            let verb = unique.count == 1 ? "is" : "are"
            return diagnostic(
                "Port of service \(service.name) uses \(list), which \(verb) not set\(service.inactiveNote(in: project))",
                at: port.node, severity: severity(for: service, in: project),
                help: "Compose substitutes an empty string and publishes a random or unintended port. Set \(list) in "
                    + "the environment or the project .env, or give a default such as ${\(unique[0]):-8080}")
        }
    }
}
