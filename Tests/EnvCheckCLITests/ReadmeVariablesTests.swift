import Foundation
import Testing

/// The README's variables table is what `envcheck docs` prints for the repository's `schemas/`
/// (regenerate with `scripts/update-readme-variables.sh`).
struct ReadmeVariablesTests {
    @Test func variablesTableIsCurrent() throws {
        let text = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- variables:begin -->\n"))
        let end = try #require(text.range(of: "<!-- variables:end -->"))
        let table = String(text[begin.upperBound..<end.lowerBound])
        let generated = try RepositoryFilesTests().run(["docs"])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(table == generated.stdout, "README variables table is stale: run scripts/update-readme-variables.sh")
    }

    @Test func docsReportsAMissingSchemaDirectory() throws {
        let result = try CLIRunner().run(["docs", "--schema", "nowhere"])
        #expect(result.status == 2)
        #expect(result.stderr == "envcheck: nowhere: no such schema directory\n")
        #expect(result.stdout.isEmpty)
    }
}
