import EnvCheckCore

/// `healthy-dependency-without-healthcheck`: `condition: service_healthy` on a service that has
/// no healthcheck in the compose file.
struct HealthyDependencyWithoutHealthcheckRule: Rule {
    let description = RuleDescription(
        id: "healthy-dependency-without-healthcheck",
        severity: .warning,
        summary: "A service waits for a dependency to be healthy that defines no healthcheck",
        rationale: "With `condition: service_healthy` compose waits for the dependency's healthcheck, and `up` "
            + "fails with \"container has no healthcheck configured\" when there is none. Compose accepts the file "
            + "and the image may define a HEALTHCHECK in its Dockerfile, so a missing healthcheck is a warning; a "
            + "healthcheck switched off with `disable: true` or `test: [\"NONE\"]` also disables the image's, and "
            + "is an error. A healthcheck inherited through `extends` counts.",
        subject: .compose,
        passing: [
            "services:\n  adminer:\n    image: adminer:4\n    depends_on:\n      postgres:\n        condition: service_healthy\n"
                + "  postgres:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n",
            "services:\n  api:\n    image: node:20\n    depends_on:\n      redis:\n        condition: service_started\n"
                + "  redis:\n    image: redis:7\n",
        ],
        failing: [
            "services:\n  api:\n    image: node:20\n    depends_on:\n      db:\n        condition: service_healthy\n"
                + "  db:\n    image: postgres:16\n",
            "services:\n  api:\n    image: node:20\n    depends_on:\n      db:\n        condition: service_healthy\n"
                + "  db:\n    image: postgres:16\n    healthcheck:\n      disable: true\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.services.flatMap { service in
            service.dependencies.compactMap { dependency -> Diagnostic? in
                guard dependency.condition == "service_healthy", let target = project.service(dependency.service),
                      !target.hasActiveHealthcheck else { return nil }
                let name = target.name
                guard target.healthcheck == nil else {
                    return diagnostic(
                        "Service \(service.name) waits for \(name) to be healthy, but the healthcheck of \(name) is disabled",
                        at: dependency.node, severity: .error,
                        help: "`up` fails: a disabled healthcheck also turns off the image's. Enable the healthcheck of "
                            + "\(name), or use condition: service_started")
                }
                return diagnostic(
                    "Service \(service.name) waits for \(name) to be healthy, but \(name) defines no healthcheck",
                    at: dependency.node,
                    help: "Unless the image of \(name) has a HEALTHCHECK, `up` fails with \"no healthcheck configured\". "
                        + "Add a healthcheck to \(name) (pg_isready for PostgreSQL, redis-cli ping for Redis), or use "
                        + "condition: service_started")
            }
        }
    }
}
