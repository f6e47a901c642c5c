import EnvCheckCore

/// `invalid-yaml`: a compose file that is not YAML compose can read.
struct InvalidYAMLRule: Rule {
    let description = RuleDescription(
        id: "invalid-yaml",
        severity: .error,
        summary: "A compose file is not valid YAML",
        rationale: "Compose refuses the whole project when a file does not parse: a tab used for indentation, an "
            + "unclosed quote or bracket, an alias to an anchor that does not exist, or a `<<` merge of something "
            + "that is not a mapping. envcheck also stops at alias bombs and absurd nesting instead of expanding "
            + "them. Duplicate keys are reported by duplicate-key.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n",
            "x-env: &env\n  TZ: UTC\nservices:\n  api:\n    image: node:20\n    environment:\n      <<: *env\n      PORT: \"3000\"\n",
        ],
        failing: [
            "services:\n  web:\n\timage: nginx\n",
            "services:\n  web:\n    image: \"nginx\n",
            "services:\n  web:\n    image: nginx\n    environment: *defaults\n",
            "x-list: &list [a, b]\nservices:\n  web:\n    image: nginx\n    environment:\n      <<: *list\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.files.flatMap { file in
            file.yamlProblems.filter { $0.kind != .duplicateKey }.map { problem in
                diagnostic(problem.message, file: file.source.path, at: problem.location, help: help(problem.kind))
            }
        }
    }

    private func help(_ kind: YAMLProblem.Kind) -> String {
        switch kind {
        case .syntax: "Compose refuses the file. Indent with spaces, never tabs, and close every quote and bracket"
        case .unknownAlias: "Define the anchor (&name) before the alias (*name) that uses it"
        case .aliasExpansion: "Aliases nested in aliases multiply; write the repeated part out or flatten the anchors"
        case .nesting: "Flatten the structure; compose files are rarely more than ten levels deep"
        case .badMerge: "A << merge key takes a mapping alias or a list of mapping aliases"
        case .duplicateKey: "Remove one of the two keys"
        }
    }
}
