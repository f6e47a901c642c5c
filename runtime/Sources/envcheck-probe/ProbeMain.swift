import ArgumentParser
import EnvCheckCore
import EnvCheckProbes

#if canImport(Glibc)
import Glibc
#endif

/// Runs the command with envcheck's exit codes: usage errors are 2 (not ArgumentParser's 64),
/// unreadable input is 2, and nothing prints a stack trace.
@main
enum ProbeMain {
    static func main() async {
        do {
            var command = try ProbeCommand.parseAsRoot()
            if let asyncCommand = command as? ProbeCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Glibc.exit(exit.rawValue)
        } catch let error as FileSystemError {
            StandardStreams.error(error.description)
            Glibc.exit(ProbeReport.ExitStatus.inputError)
        } catch {
            if ProbeCommand.exitCode(for: error) == .success {
                print(ProbeCommand.fullMessage(for: error))
                Glibc.exit(0)
            }
            StandardStreams.error(ProbeCommand.fullMessage(for: error))
            Glibc.exit(ProbeReport.ExitStatus.inputError)
        }
    }
}
