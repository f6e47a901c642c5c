import EnvCheckCore

/// `missing-image`: a service with neither `image` nor `build`.
struct MissingImageRule: Rule {
    let description = RuleDescription(
        id: "missing-image",
        severity: .error,
        summary: "A service has neither an image nor a build context",
        rationale: "Compose cannot create a container without one and refuses the project.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx\n",
            "services:\n  web:\n    build: .\n",
        ],
        failing: [
            "services:\n  web:\n    ports: [\"8080:80\"]\n",
            "services:\n  web:\n    image: nginx\n  worker:\n    command: run\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.services.filter { $0.image == nil && !$0.hasBuild }.map { service in
            diagnostic("Service \(service.name) has neither image nor build\(service.inactiveNote(in: project))",
                       at: service.nameNode, severity: severity(for: service, in: project),
                       help: "Add image: NAME:TAG, or build: PATH to build one")
        }
    }
}
