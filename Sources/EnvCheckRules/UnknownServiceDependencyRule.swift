import EnvCheckCore

/// `unknown-service-dependency`: `depends_on` (or `links`, `volumes_from`, `network_mode:
/// service:`) names a service the project does not define.
struct UnknownServiceDependencyRule: Rule {
    let description = RuleDescription(
        id: "unknown-service-dependency",
        severity: .error,
        summary: "A service depends on a service that is not defined",
        rationale: "Compose refuses the project when `depends_on` names a service that no file defines, even with "
            + "`required: false`, usually a typo or a service renamed in one place only. `links`, `volumes_from` "
            + "and `network_mode: service:NAME` are dependencies too. A service behind a profile that is not "
            + "active is reported as a warning: compose only checks it once the profile is on.",
        subject: .compose,
        passing: [
            "services:\n  api:\n    image: node:20\n    depends_on: [db]\n  db:\n    image: postgres:16\n",
            "services:\n  api:\n    image: node:20\n    depends_on:\n      db:\n        condition: service_started\n"
                + "    volumes_from: [\"container:legacy\"]\n  db:\n    image: postgres:16\n",
        ],
        failing: [
            "services:\n  api:\n    image: node:20\n    depends_on: [database]\n  db:\n    image: postgres:16\n",
            "services:\n  api:\n    image: node:20\n    depends_on:\n      cache:\n        condition: service_started\n"
                + "        required: false\n",
            "services:\n  vpn:\n    image: wireguard\n  app:\n    image: busybox\n    network_mode: service:wg\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        let defined = project.services.map(\.name)
        let definedSet = Set(defined)
        var result: [Diagnostic] = []
        for service in project.services {
            for (name, kind, node) in references(of: service) where !definedSet.contains(name) {
                result.append(diagnostic(
                    "Service \(service.name) \(kind) undefined service \(name)\(service.inactiveNote(in: project))",
                    at: node, severity: severity(for: service, in: project),
                    help: "Compose refuses the project. Fix the name or define the service; defined services: "
                        + defined.joined(separator: ", ")))
            }
        }
        return result
    }

    /// Every service a service names: the name, how, and the node to report at.
    private func references(of service: ComposeService) -> [(name: String, kind: String, node: YAMLNode)] {
        var result = service.dependencies.map { ($0.service, "depends on", $0.node) }
        for item in service.node["links"]?.sequence ?? [] {
            guard let text = item.scalar else { continue }
            result.append((String(text.prefix { $0 != ":" }), "links to", item))
        }
        for item in service.node["volumes_from"]?.sequence ?? [] {
            guard let text = item.scalar, !text.hasPrefix("container:") else { continue }
            let name = text.hasPrefix("service:") ? String(text.dropFirst(8)) : text
            result.append((String(name.prefix { $0 != ":" }), "takes volumes from", item))
        }
        if let node = service.node["network_mode"], let mode = node.scalar, mode.hasPrefix("service:") {
            result.append((String(mode.dropFirst(8)), "shares the network of", node))
        }
        return result
    }
}
