import Foundation
import Testing

/// The README stays true: its rules table is what `envcheck rules --format markdown` prints
/// (regenerate with `scripts/update-readme-rules.sh`), and its first lines are the two commands.
struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func rulesTableIsCurrent() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(text.range(of: "<!-- rules:end -->"))
        let table = String(text[begin.upperBound..<end.lowerBound])
        let generated = try CLIRunner().run(["rules", "--format", "markdown"]).stdout
        #expect(table == generated, "README rules table is stale: run scripts/update-readme-rules.sh")
    }

    @Test func readmeOpensWithTheTwoCommands() throws {
        let lines = try String(contentsOf: Self.readme, encoding: .utf8).split(separator: "\n").prefix(6).map(String.init)
        #expect(lines.contains("bash scripts/test.sh"))
        #expect(lines.contains { $0.hasPrefix("bash scripts/setup.sh && ") })
    }
}
