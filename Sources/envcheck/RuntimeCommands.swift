import ArgumentParser
import EnvCheckCore

#if canImport(Glibc)
import Glibc
#endif

/// `envcheck probe`: runs `envcheck-probe` (the runtime package), which links SwiftNIO and
/// postgres-nio; `envcheck` itself never loads them, so `check` stays fast.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Check that the declared services are reachable and accept the configured credentials (runs envcheck-probe).",
        discussion: "Exit codes: 0 every critical service is up, 1 the configuration is invalid, 2 usage, 3 a critical service is down.",
        shouldDisplay: true
    )

    @Argument(parsing: .captureForPassthrough, help: "Arguments for envcheck-probe (see envcheck probe --help).")
    var arguments: [String] = []

    func run() throws {
        try RuntimeExecutable.replaceProcess(with: "envcheck-probe", arguments: arguments)
    }
}

/// `envcheck smoke URL`: runs `envcheck-health smoke`, the deploy gate's health-endpoint check.
struct SmokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smoke",
        abstract: "Check a running health server's endpoints, request ids and idempotent replay (runs envcheck-health smoke)."
    )

    @Argument(parsing: .captureForPassthrough, help: "Arguments for envcheck-health smoke.")
    var arguments: [String] = []

    func run() throws {
        try RuntimeExecutable.replaceProcess(with: "envcheck-health", arguments: ["smoke"] + arguments)
    }
}

/// Finds an executable of the runtime package and replaces this process with it.
///
/// Looked up, in order: `$ENVCHECK_RUNTIME_BIN/NAME`; next to this executable (an installation
/// copies both); `runtime/.build/{release,debug}/NAME` of the checkout this executable was
/// built in; then `PATH`.
enum RuntimeExecutable {
    static func replaceProcess(with name: String, arguments: [String]) throws {
        let candidates = candidatePaths(for: name)
        guard let path = candidates.first(where: { access($0, X_OK) == 0 }) ?? searchPath(for: name) else {
            Output.error("\(name) is not built; build it with `swift build -c release --package-path runtime` "
                + "(looked in \(candidates.joined(separator: ", ")) and PATH)")
            throw ExitCode(ExitStatus.inputError)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        Output.error("cannot run \(path): \(String(cString: strerror(errno)))")
        throw ExitCode(ExitStatus.inputError)
    }

    static func candidatePaths(for name: String) -> [String] {
        var paths: [String] = []
        if let directory = getenv("ENVCHECK_RUNTIME_BIN") { paths.append(String(cString: directory) + "/" + name) }
        guard let executable = selfExecutable() else { return paths }
        let directory = parent(executable)
        paths.append(directory + "/" + name)
        // …/CHECKOUT/.build/<triple>/<configuration>/envcheck → CHECKOUT/runtime/.build/…
        var checkout = directory
        while checkout != "/", !checkout.isEmpty, !checkout.hasSuffix("/.build") { checkout = parent(checkout) }
        if checkout.hasSuffix("/.build") {
            let root = parent(checkout)
            let configuration = directory.hasSuffix("/release") ? ["release", "debug"] : ["debug", "release"]
            paths += configuration.map { "\(root)/runtime/.build/\($0)/\(name)" }
        }
        return paths
    }

    private static func searchPath(for name: String) -> String? {
        guard let path = getenv("PATH") else { return nil }
        return String(cString: path).split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    private static func selfExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
