import Foundation
import Testing

/// `ENVCHECK_TIMINGS=1` prints one stderr line per phase, in order, and nothing else changes.
struct PhaseTimingsTests {
    @Test func timingsNameEveryPhaseInOrderOnlyWhenAsked() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "TAG=1.2\n")
        try cli.write("compose.yaml", "services:\n  web:\n    image: nginx:${TAG}\n")
        let plain = try cli.run(["check", "."])
        let timed = try cli.run(["check", "."], environment: ["ENVCHECK_TIMINGS": "1"])
        #expect(plain.stderr.isEmpty)
        #expect(timed.stdout == plain.stdout)
        #expect(timed.status == plain.status)
        let lines = timed.stderr.split(separator: "\n").map(String.init)
        let phases = lines.map { line in
            line.replacingOccurrences(of: "envcheck timings: ", with: "")
                .replacingOccurrences(of: #" [0-9.]+ ms$"#, with: "", options: .regularExpression)
        }
        #expect(phases == [".env files", "project .env", "compose YAML", "compose interpolation",
                           "compose services and rules", "schemas", "report"])
        #expect(lines.allSatisfy { $0.range(of: #"^envcheck timings: .+ [0-9]+(\.[0-9]+)? ms$"#, options: .regularExpression) != nil })
    }
}
