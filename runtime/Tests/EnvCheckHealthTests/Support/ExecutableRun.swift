import Foundation
import NIOPosix
import Testing

/// Runs a built executable of the runtime package (from `ENVCHECK_RUNTIME_BIN`, which
/// scripts/test-runtime.sh sets) and collects its exit status and output. posix_spawn and
/// waitpid: Foundation's `Process.waitUntilExit` can hang off the main thread on Linux.
struct ExecutableRun {
    var status: Int32
    var stdout: String
    var stderr: String

    struct Missing: Error {}

    static func binary(_ name: String) throws -> String {
        guard let directory = ProcessInfo.processInfo.environment["ENVCHECK_RUNTIME_BIN"], !directory.isEmpty else {
            Issue.record("ENVCHECK_RUNTIME_BIN is not set: run the runtime tests through scripts/test-runtime.sh")
            throw Missing()
        }
        return "\(directory)/\(name)"
    }

    /// Runs `executable arguments` in `directory` with exactly `environment` (plus PATH).
    static func run(_ executable: String, _ arguments: [String], in directory: String,
                    environment: [String: String] = [:]) async throws -> ExecutableRun {
        try await NIOThreadPool.singleton.runIfActive {
            try blockingRun(executable, arguments, in: directory, environment: environment)
        }
    }

    private static func blockingRun(_ executable: String, _ arguments: [String], in directory: String,
                                     environment: [String: String]) throws -> ExecutableRun {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("envcheck-health-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let stdoutPath = output.appendingPathComponent("stdout").path
        let stderrPath = output.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // posix_spawn_file_actions_addchdir_np is not imported: a shell changes directory.
        let command = ["/bin/sh", "-c", #"cd "$1" && shift && exec "$@""#, "sh", directory, executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = (["PATH": "/usr/bin:/bin"].merging(environment) { $1 }).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else {
            Issue.record("could not run \(executable)")
            throw Missing()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ExecutableRun(status: exit, stdout: (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "",
                             stderr: (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")
    }

    /// The repository's root (for `schemas/`).
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
}
