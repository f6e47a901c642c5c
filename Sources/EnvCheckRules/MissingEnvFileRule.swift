import EnvCheckCore

/// `missing-env-file`: a required `env_file` that does not exist.
struct MissingEnvFileRule: Rule {
    let description = RuleDescription(
        id: "missing-env-file",
        severity: .error,
        summary: "A service's env_file does not exist",
        rationale: "An `env_file` entry is required unless it says `required: false`, and compose refuses the "
            + "whole project when a required one is missing, typically a local file that git ignores and a new "
            + "checkout does not have yet. Paths are relative to the project directory. A service behind a profile "
            + "that is not active is reported as a warning: compose only reads its env files once the profile is on.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx\n    env_file:\n      - path: ./local.env\n        required: false\n",
            "services:\n  web:\n    image: nginx\n    environment:\n      TZ: UTC\n",
        ],
        failing: [
            "services:\n  api:\n    image: node:20\n    env_file: ./config/api.env\n",
            "services:\n  api:\n    image: node:20\n    env_file:\n      - path: ./config/api.env\n        required: true\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.missingEnvFiles.compactMap { name, reference in
            guard let service = project.service(name) else { return nil }
            return diagnostic(
                "Env file \(reference.path) of service \(name) does not exist\(service.inactiveNote(in: project))",
                at: reference.node, severity: severity(for: service, in: project),
                help: "Compose refuses the project. Create the file (from the project's example file if there is "
                    + "one), fix the path (relative to the project directory), or write `- path: \(reference.path)` "
                    + "with `required: false` if the file is optional")
        }
    }
}
