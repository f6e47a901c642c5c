import EnvCheckCore

/// `invalid-extends`: an `extends` that names a missing service or file, or makes a cycle.
struct InvalidExtendsRule: Rule {
    let description = RuleDescription(
        id: "invalid-extends",
        severity: .error,
        summary: "A service extends a service or file that does not exist, or extends itself through a cycle",
        rationale: "Compose refuses the project; envcheck says which service and where.",
        subject: .compose,
        passing: [
            "services:\n  base:\n    image: node:20\n  web:\n    extends: base\n",
            "services:\n  base:\n    image: node:20\n  web:\n    extends:\n      service: base\n",
        ],
        failing: [
            "services:\n  web:\n    image: x\n    extends: nothing\n",
            "services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.extendsProblems.map { diagnostic($0.message, at: $0.node) }
    }
}
