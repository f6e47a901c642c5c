import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile `compose.yml` files: each ends in a diagnostic (exit 1 with the problem in stdout,
/// or exit 2 with one stderr line), never a crash or a hang, in bounded time and memory.
///
/// Release builds take well under a second on each; the 5 s limit leaves slack for debug
/// builds and a busy CI. Serialized so the timings and the memory figure are not inflated by
/// the other cases of this suite.
@Suite(.serialized)
struct HostileYAMLTests {
    /// The most a child may use: checked against the largest peak RSS of any child process
    /// this test process has waited for (`RUSAGE_CHILDREN`), an upper bound for this one.
    static let memoryLimit = 1 << 30

    /// Writes `compose.yml`, runs `envcheck check compose.yml` and checks time, memory and crash.
    static func check(_ contents: Data, timeLimit: TimeInterval = 5,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let cli = try CLIRunner()
        try cli.write("compose.yml", contents)
        return try run(cli, timeLimit: timeLimit, sourceLocation: sourceLocation)
    }

    static func run(_ cli: CLIRunner, arguments: [String] = ["check", "compose.yml"], timeLimit: TimeInterval = 5,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let started = Date()
        let result = try cli.run(arguments)
        let elapsed = Date().timeIntervalSince(started)
        #expect(!result.crashed, "envcheck crashed: \(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(elapsed < timeLimit, "took \(elapsed) s", sourceLocation: sourceLocation)
        if let peak = childrenPeakRSS() {
            #expect(peak < memoryLimit, "a child used \(peak >> 20) MB", sourceLocation: sourceLocation)
        }
        return result
    }

    /// The largest peak RSS (bytes) of the children waited for so far, when the system says.
    static func childrenPeakRSS() -> Int? {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_CHILDREN, &usage) == 0 else { return nil }
        #else
        guard getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage) == 0 else { return nil }
        #endif
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)  // bytes
        #else
        return Int(usage.ru_maxrss) * 1024  // KiB
        #endif
    }

    /// Exit 1 with `compose.yml` and every one of `mentions` (case-insensitive) in stdout, or
    /// exit 2 with one stderr line that names the file.
    static func expectDiagnostic(_ result: CLIRunner.Result, mentions: [String] = [],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        switch result.status {
        case 1:
            #expect(result.stdout.contains("compose.yml"), "\(result.stdout.prefix(2000))", sourceLocation: sourceLocation)
            for mention in mentions {
                #expect(result.stdout.lowercased().contains(mention.lowercased()),
                        "no \"\(mention)\" in: \(result.stdout.prefix(2000))", sourceLocation: sourceLocation)
            }
        case 2:
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("compose.yml"), "\(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
        default:
            Issue.record("exit \(result.status), expected 1 or 2; stdout: \(result.stdout.prefix(500)) stderr: \(result.stderr.prefix(500))",
                         sourceLocation: sourceLocation)
        }
    }

    @Test func billionLaughsAliasBomb() throws {
        // 9 levels of 10 aliases each: 10^9 scalars once expanded.
        var text = "x-bomb:\n  a0: &a0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ",") + "]\n"
        for level in 1...9 {
            text += "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
        }
        text += "services:\n  app:\n    image: busybox\n    labels: *a9\n"
        let result = try Self.check(Data(text.utf8))
        Self.expectDiagnostic(result, mentions: ["alias"])
    }

    @Test func hundredThousandNestedSequences() throws {
        let depth = 100_000
        let text = "services: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let result = try Self.check(Data(text.utf8))
        Self.expectDiagnostic(result, mentions: ["nest"])
    }

    /// A 50 MB value is valid YAML and compose accepts it (`config` exits 0): envcheck must get
    /// through it, clean or with findings about the value, quickly and without exhausting memory.
    @Test(arguments: ["plain", "double-quoted"])
    func fiftyMegabyteScalar(style: String) throws {
        let quote = style == "plain" ? "" : "\""
        var data = Data("services:\n  app:\n    image: busybox\n    environment:\n      BIG: \(quote)".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 50_000_000))
        data.append(Data("\(quote)\n".utf8))
        // Release: ~0.7 s. Debug builds spend 8-15 s in SourceFile's byte loops on 50 MB
        // (lineStarts, location(line:column:)); a quadratic step would still take hours.
        #if DEBUG
        let limit: TimeInterval = 60
        #else
        let limit: TimeInterval = 5
        #endif
        let result = try Self.check(data, timeLimit: limit)
        #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.stderr.prefix(500))")
        #expect(result.stdout.utf8.count < 100_000, "the report quotes the whole value: \(result.stdout.utf8.count) bytes")
    }

    @Test func tabsUsedForIndentation() throws {
        let result = try Self.check(Data("services:\n\tapp:\n\t\timage: busybox\n".utf8))
        Self.expectDiagnostic(result, mentions: ["compose.yml:2:", "tab"])
    }

    @Test func invalidUTF8() throws {
        let result = try Self.check(Data("services:\n  app:\n    image: busy".utf8) + Data([0xFF, 0xFE]) + Data("box\n".utf8))
        Self.expectDiagnostic(result, mentions: ["UTF-8"])
        #expect(result.stdout.contains("compose.yml:3:"))
    }

    @Test func onlyAnOpeningBrace() throws {
        let result = try Self.check(Data("{".utf8))
        Self.expectDiagnostic(result, mentions: ["compose.yml:1:"])
    }

    /// Compose: "empty compose file" (exit 1).
    @Test func emptyFile() throws {
        let result = try Self.check(Data())
        Self.expectDiagnostic(result, mentions: ["empty"])
    }

    @Test func directoryNamedComposeYmlFoundInAProject() throws {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.directory.appendingPathComponent("compose.yml"),
                                                withIntermediateDirectories: true)
        let result = try Self.run(cli, arguments: ["check", "."])
        #expect(result.status == 2)
        Self.expectDiagnostic(result, mentions: [])
        #expect(result.stderr.contains("directory"))
    }

    /// Compose: "read compose.yml: is a directory" (exit 1).
    @Test func directoryNamedComposeYmlGivenAsTheFile() throws {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.directory.appendingPathComponent("compose.yml"),
                                                withIntermediateDirectories: true)
        let result = try Self.run(cli)
        #expect(result.status == 2)
        Self.expectDiagnostic(result, mentions: [])
    }
}
