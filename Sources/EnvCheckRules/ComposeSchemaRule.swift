import EnvCheckCore

/// `compose-schema`: unknown keys and wrong types anywhere in a compose file, all in one pass.
struct ComposeSchemaRule: Rule {
    let description = RuleDescription(
        id: "compose-schema",
        severity: .error,
        summary: "A compose file has an unknown key or a value of the wrong type",
        rationale: "Compose refuses such a file, but it stops at the first problem and names no line. envcheck checks "
            + "the file against the Compose Specification (the schema Docker Compose v2.40 embeds) and reports every "
            + "unknown key, with a suggestion for near misses, and every wrong type, each with its line and column.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx\n    environment:\n      A: 1\n    ports: [\"8080:80\"]\n",
            "x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    image: nginx\n",
        ],
        failing: [
            "services:\n  web:\n    image: nginx\n    enviroment:\n      A: 1\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      http: 80\n",
            "servics:\n  web:\n    image: nginx\n",
            "# nothing but a comment\n",
            "include: [missing.yml]\nservices:\n  web:\n    image: nginx\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        let empty = project.files.filter { $0.root == nil && $0.yamlProblems.isEmpty }.map { file in
            diagnostic("The compose file is empty", file: file.source.path, at: SourceLocation(line: 1, column: 1))
        }
        let includes = project.includeProblems.map { diagnostic($0.message, at: $0.node) }
        return empty + includes + project.files.flatMap { file -> [Diagnostic] in
            guard let root = file.root else { return [] }
            return ComposeSchemaValidator.validate(root, interpolatedPaths: Set(file.references.map(\.path))).map { problem in
                diagnostic(problem.message, file: file.source.path, at: problem.location)
            }
        }
    }
}
