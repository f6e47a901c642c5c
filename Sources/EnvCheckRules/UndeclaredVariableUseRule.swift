import EnvCheckCore

/// `undeclared-variable-use`: a compose `${VAR}` without a default that no `.env*` file of the
/// project declares, so it silently depends on the shell of whoever runs compose.
struct UndeclaredVariableUseRule: Rule {
    let description = RuleDescription(
        id: "undeclared-variable-use",
        severity: .warning,
        summary: "A compose file uses a variable that no .env file of the project declares",
        rationale: "A `${VAR}` without a default that is not declared in `.env`, `.env.example` or another "
            + "`.env.*` file of the project directory can only come from the shell environment of whoever runs "
            + "compose: it works on one machine and is empty on the next, and nothing tells a newcomer to set it. "
            + "Declaring it (with an empty or example value) in `.env.example` documents it. `${VAR:-default}`, "
            + "`${VAR-default}`, `${VAR:+alt}`, COMPOSE_* variables and the standard login variables (HOME, USER, "
            + "PWD…) are not reported.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx:${NGINX_TAG:-1.27}\n    container_name: ${COMPOSE_PROJECT_NAME}-web\n",
            "services:\n  dev:\n    image: node:20\n    volumes:\n      - ${HOME}/.npmrc:/root/.npmrc:ro\n"
                + "    environment:\n      DEBUG: ${DEBUG-}\n",
        ],
        failing: [
            "services:\n  api:\n    image: registry.example.com/api:${API_IMAGE_TAG}\n",
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${PG_SUPERUSER_SECRET:?set it}\n",
        ])

    /// Variables every login shell sets; relying on them is deliberate.
    static let shellVariables: Set<String> = ["HOME", "USER", "LOGNAME", "PWD", "PATH", "SHELL", "TERM", "LANG", "TMPDIR"]

    func check(_ project: ComposeProject) -> [Diagnostic] {
        let declared = declaredNames(in: project)
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        // Each file's references in turn (as `referencesWithFiles` lists them), without building that list.
        for composeFile in project.files {
            let file = composeFile.source.path
            for reference in composeFile.references {
                let name = reference.name
                guard !(reference.op?.suppliesFallback ?? false), !name.hasPrefix("COMPOSE_"),
                      !Self.shellVariables.contains(name), !declared.contains(name),
                      reported.insert("\(file)\u{0}\(name)").inserted else { continue }
                result.append(diagnostic(
                    "Variable \(name) is not declared in any .env file of the project; compose takes it from the shell",
                    file: file, at: reference.location,
                    help: "Declare \(name) in .env.example (an empty or sample value documents it), or give a default with "
                        + "${\(name):-default}"))
            }
        }
        return result
    }

    /// The keys of `.env`, `.env.example` and the other `.env.*` files of the project directory,
    /// and of the project env file (`--env-file`).
    private func declaredNames(in project: ComposeProject) -> Set<String> {
        var files = project.projectEnvFile.map { [$0] } ?? []
        let directory = project.projectDirectory
        for name in (try? FileSystem.contents(of: directory)) ?? [] where Self.isProjectDotenvName(name) {
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory : directory + "/") + name
            // The project env file is already parsed: do not read it twice.
            guard path != project.projectEnvFile?.source.path, !FileSystem.isDirectory(path),
                  let bytes = try? FileSystem.read(path) else { continue }
            files.append(EnvFile(source: SourceFile(path: path, bytes: bytes)))
        }
        return Set(files.flatMap(\.keys))
    }

    /// `.env` or `.env.<anything>` (not `.envrc`, not YAML such as `.env.yml`).
    static func isProjectDotenvName(_ name: String) -> Bool {
        (name == ".env" || name.hasPrefix(".env.")) && !name.hasSuffix(".yml") && !name.hasSuffix(".yaml")
    }
}
