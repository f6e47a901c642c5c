import Foundation
import Testing

/// On a project large enough for every parallel path (the compose parse started ahead, libyaml
/// on its own thread, rules side by side), `check` reports exactly what it reports on one thread.
/// `ENVCHECK_THREADS=2` forces two threads even on a one-core machine.
struct ParallelCheckTests {
    /// A `.env` and a compose file of well over 64 KiB each, with findings near the start, in
    /// the middle and at the end of both.
    static func writeLargeProject(in cli: CLIRunner, services: Int = 1_500) throws {
        var env = "COMPOSE_PROJECT_NAME=big\nREGISTRY=registry.example.com\n"
        var compose = "services:\n"
        for index in 0..<services {
            let name = "svc\(index)"
            env += "\(name.uppercased())_TAG=1.\(index)\n\(name.uppercased())_PASSWORD='p$ss\(index)'\n"
            compose += """
              \(name):
                image: ${REGISTRY}/app:${\(name.uppercased())_TAG}
                environment:
                  PASSWORD: ${\(name.uppercased())_PASSWORD}
                  MODE: ${MODE_\(index % 7):-fast}
                ports:
                  - "\(20_000 + index % (services - 3)):80"

            """
            if index % (services / 2) == 0 {
                env += "BROKEN LINE \(index)\n"
                // A plain number where a string belongs is a finding; a quoted one is not.
                compose += "    restart: sometimes\n    colour: blue\n    hostname: 123\n    domainname: \"456\"\n"
            }
        }
        env += "TAIL=${UNDEFINED_AT_THE_END}\n"
        compose += "  last:\n    image: ${NOT_SET_ANYWHERE}\n    depends_on: [missing]\n"
        try cli.write(".env", env)
        try cli.write("compose.yaml", compose)
    }

    @Test(arguments: [["check", "."], ["check", "--format", "json", "."]])
    func twoThreadsReportWhatOneReports(arguments: [String]) throws {
        let cli = try CLIRunner()
        try Self.writeLargeProject(in: cli)
        let env = try Data(contentsOf: cli.directory.appendingPathComponent(".env"))
        let compose = try Data(contentsOf: cli.directory.appendingPathComponent("compose.yaml"))
        #expect(env.count > 64 * 1024 && compose.count > 64 * 1024, "too small for the parallel paths")

        let single = try cli.run(arguments, environment: ["ENVCHECK_THREADS": "1"])
        let double = try cli.run(arguments, environment: ["ENVCHECK_THREADS": "2"])
        #expect(single.status == 1, "the project has findings: \(single.stderr)")
        #expect(double.status == single.status)
        #expect(double.stderr == single.stderr)
        #expect(double.stdout == single.stdout)
        let expectations = ["colour", "restart", "hostname", "NOT_SET_ANYWHERE", "unknown-service-dependency",
                            "invalid-key", "duplicate-host-port"]
        for expected in expectations {
            #expect(single.stdout.contains(expected), "\(expected) is not reported")
        }
    }
}
