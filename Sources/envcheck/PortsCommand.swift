import ArgumentParser
import EnvCheckCore

/// `envcheck ports`: whether the app's PORT and the compose host ports are already bound on
/// this machine, and by which process (Linux `/proc`).
struct PortsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ports",
        abstract: "Tell whether the app's PORT and the compose host ports are already in use, and by which process.",
        discussion: "Exit codes: 0 the app's port is free, 1 another process holds it, 2 usage or unreadable input."
    )

    @Argument(help: "The project directory (default: the current directory).")
    var directory: String = "."

    @Option(help: "Environment whose .env layers to use (default: NODE_ENV, else development).")
    var environment: String?

    func run() throws {
        let project = try ProjectSnapshot.load(directory: directory, environmentFlag: environment,
                                               process: ProcessEnvironment.current(), typeNamed: ValueTypeRegistry.type(named:))
        let claims = PortClaim.claims(context: project.workspace.context, compose: project.compose)
        guard !claims.isEmpty else {
            Output.write("No ports declared (no schema variable of type port, no published compose port).\n")
            return
        }
        let sockets = ListeningSockets.current()
        var conflicts = 0
        for claim in claims {
            let owners = sockets.owners(on: claim.port)
            let bound = !sockets.listeners(on: claim.port).isEmpty
            let state = !bound ? "free"
                : owners.isEmpty ? "in use (by a process not visible to this user)"
                : "in use by " + owners.map(\.description).joined(separator: ", ")
            if claim.conflict(in: sockets) != nil { conflicts += 1 }
            let place = "\(claim.path):\(claim.range.start.line)"
            Output.write("\(claim.port)\t\(state)\t\(claim.name) (\(place))\n")
        }
        if conflicts > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
