import Foundation
import Testing

/// The repository's own configuration stays consistent: `.env.example` is what the schema
/// generates, and `.env.example` + `docker-compose.yml` + `schemas/` pass `envcheck check`.
struct RepositoryFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func run(_ arguments: [String]) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                stderr: String(decoding: stderr, as: UTF8.self), crashed: false)
    }

    @Test func envExampleIsGeneratedFromTheSchema() throws {
        let generated = try run(["init", "--example", "--output", "-"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: Self.root.appendingPathComponent(".env.example"), encoding: .utf8)
        #expect(generated.stdout == committed, ".env.example is stale: run `envcheck init --example`")
    }

    @Test func theRepositoryChecksClean() throws {
        let result = try run(["check", "--fail-on", "info"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("No problems found in"))
    }
}
