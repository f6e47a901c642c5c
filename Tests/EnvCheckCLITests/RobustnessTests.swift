import Foundation
import Testing

/// No input makes envcheck crash, hang or print a stack trace: bad input is one stderr line and
/// exit 2, odd but readable input is linted.
struct RobustnessTests {
    @Test func missingFileIsOneLineAndExitTwo() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["check", "nope.env"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("nope.env"))
    }

    @Test func directoryWhereAFileIsNeededIsExitTwo() throws {
        let cli = try CLIRunner()
        try cli.write("dir/.env", "A=1\n")
        let result = try cli.run(["print", "dir"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func unknownOptionIsExitTwo() throws {
        let result = try CLIRunner().run(["check", "--no-such-flag"])
        #expect(result.status == 2)
    }

    @Test func randomBytesNeverCrash() throws {
        let cli = try CLIRunner()
        var generator = SystemRandomNumberGenerator()
        for index in 0..<20 {
            let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try cli.write("r\(index).env", Data(bytes))
        }
        let result = try cli.run(["check"])
        #expect(!result.crashed)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func invalidUTF8IsLintedNotRejected() throws {
        let cli = try CLIRunner()
        try cli.write(".env", Data([0x41, 0x3D, 0xFF, 0xFE, 0x0A]))
        let result = try cli.run(["check", ".env"])
        #expect(!result.crashed)
        #expect(result.status == 0 || result.status == 1)
    }

    @Test func tenMegabyteLineAndAMillionEmptyLinesFinishQuickly() throws {
        let cli = try CLIRunner()
        try cli.write("long.env", "A=" + String(repeating: "x${B:-y}", count: 1_300_000) + "\n")
        try cli.write("empty.env", String(repeating: "\n", count: 1_000_000))
        let started = Date()
        let result = try cli.run(["check", "long.env", "empty.env"])
        #expect(!result.crashed)
        #expect(result.status == 0 || result.status == 1)
        #expect(Date().timeIntervalSince(started) < 120, "took too long: a hang, not a slowdown")
    }

    @Test func standardInputIsReadWithDash() throws {
        let result = try CLIRunner().run(["print", "-"], stdin: Data("A=1\nB=${A}2\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"B\": \"12\""))
    }
}
