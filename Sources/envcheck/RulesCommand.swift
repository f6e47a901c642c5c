import ArgumentParser
import EnvCheckCore

/// `envcheck rules`: the rule catalogue, or one rule in detail.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one (envcheck rules explain ID).",
        subcommands: [ExplainRuleCommand.self]
    )

    @Option(help: "Output format: text, markdown or json.")
    var format: RulesFormat = .text

    func run() throws {
        Output.write(RulesRenderer.render(RuleCatalog.descriptions, format: format))
    }
}

/// `envcheck rules explain ID`.
struct ExplainRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule, with its examples.")

    @Argument(help: "The rule id, e.g. duplicate-key.")
    var id: String

    func run() throws {
        guard let rule = RuleCatalog.descriptions.first(where: { $0.id == id }) else {
            throw ValidationError("Unknown rule id '\(id)'; run `envcheck rules` for the list")
        }
        Output.write(RulesRenderer.explain(rule))
    }
}

/// Output formats of `envcheck rules`.
enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}
