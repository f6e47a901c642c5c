import Foundation
import Testing

/// Schema scenarios as folders: `Tests/Fixtures/schema/<scenario>/input/` is copied to a scratch
/// directory and checked; the text report must equal `expected/<environment>.txt` (re-record with
/// `ENVCHECK_RECORD=1`). Every value type's error message is pinned this way, with its rule id,
/// line and column.
struct SchemaScenarioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/schema")

    static func copyInput(_ scenario: String, into cli: CLIRunner) throws {
        let input = root.appendingPathComponent("\(scenario)/input")
        let enumerator = FileManager.default.enumerator(atPath: input.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                try cli.write(relative, try Data(contentsOf: input.appendingPathComponent(relative)))
            }
        }
    }

    @Test(arguments: ["development", "production"])
    func brokenValuesAreReportedWithRuleColumnAndReason(environment: String) throws {
        let cli = try CLIRunner()
        try Self.copyInput("broken-values", into: cli)
        let result = try cli.run(["check", "--ignore-environment", "--environment", environment])
        #expect(result.status == 1)
        let golden = Self.root.appendingPathComponent("broken-values/expected/\(environment).txt")
        if ProcessInfo.processInfo.environment["ENVCHECK_RECORD"] == "1" {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// The secrets of the fixture never appear in any output: every report format, explain,
    /// print, fix --dry-run and the redacted bundle.
    @Test func noOutputShowsASecret() throws {
        let cli = try CLIRunner()
        try Self.copyInput("broken-values", into: cli)
        let secrets = ["p@ss", "s3cr3tpw", "h3alth-k3y"]
        var outputs: [String: String] = [:]
        for format in ["text", "json", "sarif", "github"] {
            outputs["check \(format)"] = try cli.run(["check", "--ignore-environment", "--format", format]).stdout
        }
        for key in ["DATABASE_URL", "REDIS_URL", "HEALTH_KEY"] {
            outputs["explain \(key)"] = try cli.run(["explain", key, "--ignore-environment"]).stdout
        }
        outputs["print"] = try cli.run(["print", "--ignore-environment", ".env"]).stdout
        try cli.write(".env.local", "HEALTH_KEY=h3alth-k3y   \nDB_PASSWORD=s3cr3tpw   \n")
        outputs["fix --dry-run"] = try cli.run(["fix", "--dry-run", "--ignore-environment", ".env.local"]).stdout
        try cli.write(".env", "DATABASE_URL=postgres://app:p@ss@db:5432/app\nREDIS_URL=redis://:s3cr3tpw@cache:6379/0\n")
        let bundle = try cli.run(["bundle", "--ignore-environment", "--redact", "-o", "-"])
        outputs["bundle --redact"] = bundle.stdout + bundle.stderr
        for (name, output) in outputs {
            #expect(!output.isEmpty, "\(name) printed nothing")
            for secret in secrets {
                #expect(!output.contains(secret), "\(name) shows a secret")
            }
        }
    }
}
