import Foundation
import Testing

/// Multi-line CLI output against golden files in `Tests/Fixtures/cli/`; re-record with
/// `ENVCHECK_RECORD=1 bash scripts/test.sh` and review the diff.
struct GoldenOutputTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/cli")

    static func assertGolden(_ name: String, _ actual: String) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ENVCHECK_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; re-record with ENVCHECK_RECORD=1 if intended")
    }

    @Test func rulesExplain() throws {
        let result = try CLIRunner().run(["rules", "explain", "unintended-interpolation"])
        #expect(result.status == 0)
        try Self.assertGolden("rules-explain-unintended-interpolation.txt", result.stdout)
    }

    /// The help texts are the CLI's reference: a change to an option shows up as a golden diff.
    @Test(arguments: [["--help"], ["check", "--help"], ["fix", "--help"], ["print", "--help"], ["bundle", "--help"]])
    func helpText(arguments: [String]) throws {
        let result = try CLIRunner().run(arguments, environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        try Self.assertGolden("help-" + (arguments.count == 1 ? "envcheck" : arguments[0]) + ".txt", result.stdout)
    }

    @Test func textReportOfABrokenProject() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "DB_PASSWORD=hunter2\nHASH=$2b$12$abcdefghij\nDB_PASSWORD=hunter3\nNAME=\"open\n")
        try cli.write("compose.yml", "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\", \"8080:81\"]\n    depends_on: [db]\n")
        let result = try cli.run(["check", "--ignore-environment"])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("hunter"))
        try Self.assertGolden("check-broken-project.txt", result.stdout)
    }
}
