import Foundation
import Testing

/// End-to-end fix scenarios as folders: `Tests/Fixtures/fix/<scenario>/input/` is copied to a
/// scratch directory, `envcheck fix` runs there, and every file must equal
/// `expected/<same name>` byte for byte; a second run must change nothing.
struct FixScenarioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fix")

    static var scenarios: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    @Test(arguments: scenarios)
    func fixProducesTheExpectedFiles(scenario: String) throws {
        let cli = try CLIRunner()
        let input = Self.root.appendingPathComponent("\(scenario)/input")
        let expected = Self.root.appendingPathComponent("\(scenario)/expected")
        let names = try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()
        for name in names {
            try cli.write(name, try Data(contentsOf: input.appendingPathComponent(name)))
        }
        let first = try cli.run(["fix", "--ignore-environment"])
        #expect(first.status != 2, "\(first.stderr)")
        for name in names {
            let got = try Data(contentsOf: cli.directory.appendingPathComponent(name))
            let want = try Data(contentsOf: expected.appendingPathComponent(name))
            #expect(got == want, "\(scenario)/\(name):\n\(String(decoding: got, as: UTF8.self))")
        }
        let snapshot = try names.map { try Data(contentsOf: cli.directory.appendingPathComponent($0)) }
        _ = try cli.run(["fix", "--ignore-environment"])
        let again = try names.map { try Data(contentsOf: cli.directory.appendingPathComponent($0)) }
        #expect(snapshot == again, "\(scenario): fix is not idempotent")
    }

    @Test func fixKeepsPermissionsAndDryRunWritesNothing() throws {
        let cli = try CLIRunner()
        let url = try cli.write(".env", "\u{FEFF}A=1  \nB=2\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        let dry = try cli.run(["fix", "--dry-run", ".env"])
        #expect(dry.stdout.contains("--- a/.env"))
        #expect(try Data(contentsOf: url) == Data("\u{FEFF}A=1  \nB=2\n".utf8))
        _ = try cli.run(["--fix", ".env"])
        #expect(try Data(contentsOf: url) == Data("A=1\nB=2\n".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.contains("envcheck-") }
        #expect(leftovers.isEmpty)
    }

    @Test func dryRunMasksSecretValues() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "API_TOKEN=topsecret-value   \n")
        let dry = try cli.run(["fix", "--dry-run", ".env"])
        #expect(dry.stdout.contains("API_TOKEN"))
        #expect(!dry.stdout.contains("topsecret-value"))
    }
}
