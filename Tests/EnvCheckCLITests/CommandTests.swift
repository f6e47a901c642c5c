import Foundation
import Testing

struct CommandTests {
    @Test func printMasksSecretsUnlessAsked() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "DB_PASSWORD=hunter2\nDATABASE_URL=postgres://u:pw123@db/app\nPLAIN=x\n")
        let masked = try cli.run(["print", ".env"])
        #expect(masked.status == 0)
        #expect(!masked.stdout.contains("hunter2"))
        #expect(!masked.stdout.contains("pw123"))
        #expect(masked.stdout.contains("\"PLAIN\": \"x\""))
        let shown = try cli.run(["print", "--show-secrets", ".env"])
        #expect(shown.stdout.contains("hunter2"))
    }

    @Test func printDotenvRoundTripsThroughTheParser() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "A='it''s'\nB=\"tab\\there $$ \\\\ \"\nC=plain\nD=\"two\nlines\"\n")
        let first = try cli.run(["print", "--format", "dotenv", "--show-secrets", ".env"])
        try cli.write("again.env", first.stdout)
        let json1 = try cli.run(["print", "--show-secrets", ".env"]).stdout
        let json2 = try cli.run(["print", "--show-secrets", "again.env"]).stdout
        #expect(json1 == json2)
    }

    @Test func processEnvironmentIsUsedUnlessIgnored() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "URL=http://${HOSTNAME_X}/\n")
        let with = try cli.run(["print", ".env"], environment: ["HOSTNAME_X": "api"])
        #expect(with.stdout.contains("http://api/"))
        let without = try cli.run(["print", "--ignore-environment", ".env"], environment: ["HOSTNAME_X": "api"])
        #expect(without.stdout.contains("http:///"))
    }

    @Test func rulesExplainUnknownIsExitTwo() throws {
        let result = try CLIRunner().run(["rules", "explain", "no-such-rule"])
        #expect(result.status == 2)
    }
}
