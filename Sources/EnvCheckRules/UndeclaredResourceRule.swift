import EnvCheckCore

/// `undeclared-resource`: a service uses a network, named volume, secret or config that the
/// top level does not declare.
struct UndeclaredResourceRule: Rule {
    let description = RuleDescription(
        id: "undeclared-resource",
        severity: .error,
        summary: "A service uses a network, named volume, secret or config that is not declared",
        rationale: "Compose refuses the project when a service refers to a network, named volume, secret or config "
            + "missing from the top-level `networks`, `volumes`, `secrets` or `configs` (declare external ones with "
            + "`external: true`). The `default` network, bind mounts (`./data:/data`, `/srv:/srv`, `~/x:/x`) and "
            + "anonymous volumes need no declaration. A service behind a profile that is not active is reported "
            + "as a warning: compose only checks it once the profile is on.",
        subject: .compose,
        passing: [
            "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n"
                + "      - ./init:/docker-entrypoint-initdb.d:ro\n      - /tmp/cache\nvolumes:\n  pgdata:\n",
            "services:\n  api:\n    image: node:20\n    networks: [default, proxy]\n    secrets: [db_password]\n"
                + "networks:\n  proxy:\n    external: true\nsecrets:\n  db_password:\n    file: ./db_password.txt\n",
        ],
        failing: [
            "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n",
            "services:\n  api:\n    image: node:20\n    networks:\n      backend:\n        aliases: [api]\n",
            "services:\n  api:\n    image: node:20\n    secrets:\n      - source: db_password\n        target: db\n",
            "services:\n  proxy:\n    image: nginx\n    configs: [nginx_conf]\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        let sections = ["networks", "volumes", "secrets", "configs"]
        let declared = sections.map { Set(project.declaredNames($0)) }
        var result: [Diagnostic] = []
        for service in project.services {
            for (index, section) in sections.enumerated() {
                forEachName(in: section, of: service) { name, node in
                    guard !declared[index].contains(name) else { return }
                    let kind = String(section.dropLast())
                    result.append(diagnostic(
                        "Service \(service.name) uses \(kind) \(name), which is not declared under the top-level "
                            + "\(section)\(service.inactiveNote(in: project))",
                        at: node, severity: severity(for: service, in: project),
                        help: "Compose refuses the project. Declare \(name) under the top-level \(section): key "
                            + "(with `external: true` if it is created outside this project), or fix the name"))
                }
            }
        }
        return result
    }

    /// Calls `body` with each resource name a service uses in one section, and its node (no list
    /// is made: most services name one or two).
    private func forEachName(in section: String, of service: ComposeService, _ body: (String, YAMLNode) -> Void) {
        if section == "networks" {
            for node in service.networks {
                if let name = node.scalar, name != "default" { body(name, node) }
            }
            return
        }
        guard let items = service.node[section]?.sequence else { return }
        for item in items {
            if let text = item.scalar {
                guard section == "volumes" else {
                    body(text, item)
                    continue
                }
                if let name = Self.namedVolume(short: text) { body(name, item) }
                continue
            }
            guard let source = item["source"], let name = source.scalar, !name.isEmpty else { continue }
            if section == "volumes", (item["type"]?.scalar ?? "volume") != "volume" { continue }
            body(name, source)
        }
    }

    /// The volume name of a short-syntax entry (`name:/path[:mode]`), or nil for a bind mount or an
    /// anonymous volume.
    private static func namedVolume(short text: String) -> String? {
        // What is before the first `:` (there must be one).
        guard let colon = text.firstIndex(ofASCII: UInt8(ascii: ":")) else { return nil }
        let source = text[..<colon]
        guard !source.isEmpty else { return nil }
        return isPath(source) ? nil : String(source)
    }

    /// Whether the source of a short-syntax entry is a host path (`./x`, `/x`, `~/x`, `C:\\x`, `C`).
    private static func isPath(_ source: Substring) -> Bool {
        let bytes = source.utf8
        // ASCII without a carriage return: each byte is a character of its own, so bytes decide
        // exactly as characters do.
        if bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }), let first = bytes.first {
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
            return first == UInt8(ascii: ".") || first == UInt8(ascii: "/") || first == UInt8(ascii: "~")
                || bytes.contains(UInt8(ascii: "\\")) || (bytes.count == 1 && isLetter)
        }
        return source.hasPrefix(".") || source.hasPrefix("/") || source.hasPrefix("~") || source.contains("\\")
            || (source.count == 1 && source.first?.isLetter == true)
    }
}
