import EnvCheckCore

/// Renders rule descriptions: the catalogue table (text, markdown for the README, json) and the
/// detailed explanation of one rule.
enum RulesRenderer {
    static func render(_ rules: [RuleDescription], format: RulesFormat) -> String {
        switch format {
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            return rules.map { rule in
                let padding = String(repeating: " ", count: width - rule.id.count)
                let optIn = rule.isOptIn ? " (opt-in)" : ""
                return "\(rule.id)\(padding)  \(rule.severity.rawValue.padding(7))  \(rule.summary)\(optIn)\n"
            }.joined()
        case .markdown:
            var out = "| Rule | Severity | Fix | What it finds |\n|---|---|---|---|\n"
            for rule in rules {
                let fix = rule.fixes.isEmpty ? "" : "yes"
                let summary = rule.summary + (rule.isOptIn ? " (opt-in)" : "")
                out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(fix) | \(summary.replacingPipes()) |\n"
            }
            return out
        case .json:
            let items = rules.map { rule in
                "  {\"id\": \(JSONText.quote(rule.id)), \"severity\": \(JSONText.quote(rule.severity.rawValue)), "
                    + "\"optIn\": \(rule.isOptIn), \"summary\": \(JSONText.quote(rule.summary))}"
            }
            return "[\n" + items.joined(separator: ",\n") + "\n]\n"
        }
    }

    static func explain(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) (\(rule.severity.rawValue)\(rule.isOptIn ? ", opt-in" : ""))\n\n"
        out += rule.summary + "\n\n" + rule.rationale + "\n"
        func block(_ title: String, _ examples: [String]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title):\n"
            for example in examples {
                out += example.split(separator: "\n", omittingEmptySubsequences: false)
                    .dropLast(example.hasSuffix("\n") ? 1 : 0)
                    .map { "    " + $0 + "\n" }.joined()
                out += "\n"
            }
        }
        block("Passes", rule.passing)
        block("Fails", rule.failing)
        for fix in rule.fixes {
            block("Fix, before", [fix.before])
            block("Fix, after", [fix.after])
        }
        return out
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
