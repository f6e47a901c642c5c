import EnvCheckCore
import EnvCheckRules
import Testing

/// Every rule's documented examples run as tests: passing examples raise nothing from the rule,
/// failing ones raise at least one finding, and fix examples produce exactly their `after` text,
/// idempotently.
struct RuleExampleTests {
    static let rules: [any Rule] = BuiltinRules.all

    static func engine(for rule: any Rule) -> LintEngine {
        LintEngine(rules: [rule], configuration: LintConfiguration(enabled: [rule.description.id]))
    }

    /// The rule's findings in an example: a `.env` text, or a compose file text for compose rules
    /// (loaded as `compose.yml` with an empty environment and no project `.env`).
    static func findings(_ rule: any Rule, _ text: String) -> [Diagnostic] {
        let engine = engine(for: rule)
        let found: [Diagnostic]
        switch rule.description.subject {
        case .dotenv:
            found = engine.lint(EnvFile(text: text), environment: ProcessEnvironment())
        case .compose:
            found = engine.lint(ComposeLoader.load(sources: [SourceFile(path: "compose.yml", text: text)]))
        }
        return found.filter { $0.ruleID == rule.description.id }
    }

    @Test(arguments: rules.map(\.description.id))
    func passingExamplesRaiseNothing(id: String) throws {
        let rule = try #require(BuiltinRules.rule(id))
        #expect(!rule.description.passing.isEmpty, "\(id) documents no passing example")
        for example in rule.description.passing {
            let found = Self.findings(rule, example)
            #expect(found.isEmpty, "\(id) flagged its passing example \(example.debugDescription): \(found.map(\.message))")
        }
    }

    @Test(arguments: rules.map(\.description.id))
    func failingExamplesRaiseAFinding(id: String) throws {
        let rule = try #require(BuiltinRules.rule(id))
        #expect(!rule.description.failing.isEmpty, "\(id) documents no failing example")
        for example in rule.description.failing {
            #expect(!Self.findings(rule, example).isEmpty, "\(id) missed its failing example \(example.debugDescription)")
        }
    }

    @Test(arguments: rules.map(\.description.id))
    func fixExamplesProduceTheirResultIdempotently(id: String) throws {
        let rule = try #require(BuiltinRules.rule(id))
        let fixer = Fixer(engine: Self.engine(for: rule))
        for example in rule.description.fixes {
            let fixed = try fixer.fix(SourceFile(path: ".env", text: example.before), environment: ProcessEnvironment())
            #expect(String(decoding: fixed.bytes, as: UTF8.self) == example.after, "\(id) fix of \(example.before.debugDescription)")
            let again = try fixer.fix(SourceFile(path: ".env", bytes: fixed.bytes), environment: ProcessEnvironment())
            #expect(!again.changed, "\(id) fix is not idempotent on \(example.after.debugDescription)")
        }
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        let ids = Self.rules.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0 == "-" || ($0.isLowercase && $0.isLetter) || $0.isNumber }, "\(id)")
        }
    }
}
