import EnvCheckCore

/// `conflicting-keys`: keys compose refuses together, and `environment` names it refuses.
struct ConflictingKeysRule: Rule {
    let description = RuleDescription(
        id: "conflicting-keys",
        severity: .error,
        summary: "A service or resource sets keys that exclude each other, or an environment name with spaces",
        rationale: "Compose refuses `network_mode` together with `networks`, a secret or config with more than one of "
            + "`file`, `environment` and `content`, and an environment variable name with leading or trailing spaces.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: x\n    network_mode: host\n",
            "services:\n  web:\n    image: x\nsecrets:\n  token:\n    file: ./token.txt\n",
        ],
        failing: [
            "services:\n  web:\n    image: x\n    network_mode: host\n    networks: [front]\nnetworks:\n  front: {}\n",
            "services:\n  web:\n    image: x\nsecrets:\n  token:\n    file: ./t\n    environment: TOKEN\n",
            "services:\n  web:\n    image: x\n    environment:\n      - \"SPACED =1\"\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for service in project.services {
            if service.node["network_mode"] != nil, let networks = service.node["networks"] {
                result.append(diagnostic("Service \(service.name) sets both network_mode and networks", at: networks,
                                         help: "Keep one: network_mode replaces the service's networks"))
            }
            for entry in service.environment where entry.name.hasBlankEdges || entry.name.isEmpty {
                result.append(diagnostic("Service \(service.name) declares an environment variable whose name has leading "
                                         + "or trailing spaces, or is empty", at: entry.node))
            }
        }
        for section in ["secrets", "configs"] {
            for pair in project.root?[section]?.mapping ?? [] {
                let sources = ["file", "environment", "content"].filter { pair.value[$0] != nil }
                guard sources.count > 1 else { continue }
                result.append(diagnostic("\(section).\(pair.key.scalar ?? "?") sets \(sources.joined(separator: " and ")), "
                                         + "which exclude each other", at: pair.key))
            }
        }
        return result
    }
}

private extension String {
    /// Whether the text starts or ends with a space or a tab. On ASCII every byte is a character
    /// of its own (CR LF is one, but neither byte is blank), so the end bytes decide.
    var hasBlankEdges: Bool {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || last == UInt8(ascii: " ")
                || last == UInt8(ascii: "\t")
        }
        return self != trimmingBlanks()
    }

    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
