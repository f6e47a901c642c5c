@testable import EnvCheckCore
import Testing

struct ProjectConfigurationTests {
    static let known: Set<String> = ["unordered-key", "trailing-whitespace", "undefined-variable"]

    static func load(_ text: String) -> (ProjectConfiguration, [Diagnostic]) {
        ProjectConfiguration.load(SourceFile(path: ".envcheck.yml", text: text), knownRuleIDs: known)
    }

    @Test func readsFilesThresholdAndRules() {
        let (configuration, problems) = Self.load("""
        files: [.env, .env.example]
        fail-on: warning
        rules:
          unordered-key: on
          trailing-whitespace: off
          undefined-variable: error
        """)
        #expect(problems.isEmpty)
        #expect(configuration.files == [".env", ".env.example"])
        #expect(configuration.failOn == .warning)
        #expect(configuration.lint.enabled.contains("unordered-key"))
        #expect(configuration.lint.disabled == ["trailing-whitespace"])
        #expect(configuration.lint.severities["undefined-variable"] == .error)
    }

    @Test func everyTypoIsADiagnosticWithItsPlace() {
        let (_, problems) = Self.load("""
        file: [.env]
        fail-on: loud
        rules:
          unorderd-key: on
          trailing-whitespace: sometimes
        """)
        #expect(problems.map(\.line) == [1, 2, 4, 5])
        #expect(problems.allSatisfy { $0.ruleID == "invalid-config" && $0.severity == .error })
        #expect(problems[2].column == 3)
    }

    @Test func brokenYAMLIsADiagnosticNotACrash() {
        let (_, problems) = Self.load("rules: [unclosed\n")
        #expect(problems.count == 1)
    }

    @Test func anEmptyFileIsAnEmptyConfiguration() {
        let (configuration, problems) = Self.load("# nothing yet\n")
        #expect(problems.isEmpty)
        #expect(configuration.files.isEmpty)
    }
}
