import Foundation
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
            found = engine.lint(composeProject(text))
        case .schema:
            found = engine.lint(schemaContext(rule.description.exampleSchema ?? "", text))
        }
        return found.filter { $0.ruleID == rule.description.id }
    }

    /// A schema example: a `.env` text checked against the rule's `exampleSchema`. A first line
    /// `# environment: NAME` selects the environment (default `development`); each line
    /// `# file: NAME` starts another file for the rest of the example: `.env.example` is the
    /// project's example file, a name ending in `.yml`/`.yaml` is the compose file, any other
    /// name is a further layer (e.g. `.env.production`), in the order written. The process
    /// environment is empty.
    static func schemaContext(_ schemaText: String, _ text: String) -> SchemaContext {
        var environment = "development"
        if let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
           first.hasPrefix("# environment: ") {
            environment = String(first.dropFirst(15))
        }
        var name = ".env"
        var content = ""
        var files: [(name: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# file: ") {
                files.append((name, content))
                name = String(line.dropFirst(8))
                content = ""
            } else {
                content += line + "\n"
            }
        }
        files.append((name, String(content.dropLast())))
        let (schema, _) = SchemaLoader.load(sources: [SourceFile(path: "schemas/example.yaml", text: schemaText)],
                                            typeNamed: ValueTypeRegistry.type(named:))
        let isCompose = { (file: String) in file.hasSuffix(".yml") || file.hasSuffix(".yaml") }
        let layers = files.filter { $0.name != ".env.example" && !isCompose($0.name) }
            .map { EnvFile(path: $0.name, text: $0.text) }
        let example = files.first { $0.name == ".env.example" }.map { EnvFile(path: $0.name, text: $0.text) }
        let compose = files.first { isCompose($0.name) }
            .map { ComposeLoader.load(sources: [SourceFile(path: $0.name, text: $0.text)]) }
        return SchemaContext(schema: schema,
                             layers: EnvironmentLayers(files: layers, environment: environment, process: ProcessEnvironment()),
                             process: ProcessEnvironment(), example: example, compose: compose)
    }

    /// A compose example: the text up to the first `# file: NAME` line is `compose.yml`; each such
    /// line starts another file of the project directory (env files, a project `.env`).
    static func composeProject(_ text: String) -> ComposeProject {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var name = "compose.yml"
        var content = ""
        var files: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# file: ") {
                files.append((name, content))
                name = String(line.dropFirst(8))
                content = ""
            } else {
                content += line + "\n"
            }
        }
        files.append((name, String(content.dropLast())))
        for (file, body) in files { try? body.write(toFile: directory + "/" + file, atomically: true, encoding: .utf8) }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return (try? ComposeLoader.load(files: [directory + "/compose.yml"], environment: ProcessEnvironment()))
            ?? ComposeLoader.load(sources: [SourceFile(path: "compose.yml", text: files[0].1)])
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
