import EnvCheckCore

/// `invalid-port`: a `ports` entry compose cannot parse.
struct InvalidPortRule: Rule {
    let description = RuleDescription(
        id: "invalid-port",
        severity: .error,
        summary: "A published port is not a valid port specification",
        rationale: "Compose parses every service's ports when it loads the project, even for services behind a "
            + "profile, and refuses the whole project over one bad entry: a port above 65535, an unknown protocol, "
            + "a host address that is not an IP, or host and container ranges of different sizes. Ports built from "
            + "an unset variable are reported by port-variable-undefined instead.",
        subject: .compose,
        passing: [
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"127.0.0.1:8080:80\"\n      - \"53:53/udp\"\n"
                + "      - \"[::1]:8443:443\"\n      - 3000\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: \"8080\"\n"
                + "        host_ip: 127.0.0.1\n      - \"${WEB_PORT:-8081}:80\"\n",
        ],
        failing: [
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"80800:80\"\n",
            "services:\n  dns:\n    image: coredns/coredns\n    ports:\n      - \"53:53/dns\"\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"localhost:8080:80\"\n",
            "services:\n  web:\n    image: nginx\n    profiles: [debug]\n    ports:\n      - target: 80\n"
                + "        published: 8080-8081\n        protocol: http\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        project.services.flatMap { service in
            service.ports.compactMap { port -> Diagnostic? in
                guard case .failure(let error) = port.mapping else { return nil }
                let references = project.references(in: port.node)
                let fromUnset = references.contains { !$0.isDefined && !($0.op?.suppliesFallback ?? false) }
                guard !fromUnset, project.interpolationErrors(in: port.node).isEmpty else { return nil }
                return finding(error, at: port.node, service: service.name, variables: references.map(\.name))
            }
        }
    }

    /// The parser's reason names the text, so it is only shown when no variable went into it.
    private func finding(_ error: PortSyntaxError, at node: YAMLNode, service: String, variables: [String]) -> Diagnostic {
        let syntax = "Compose refuses the whole project. Write [IP:][HOST:]CONTAINER[/PROTOCOL] such as "
            + "127.0.0.1:8080:80 or 53:53/udp, with ports 1-65535 and protocol tcp, udp or sctp"
        guard variables.isEmpty else {
            let names = Array(Set(variables)).sorted().joined(separator: ", ")
            return diagnostic("Port of service \(service) is invalid once \(names) is substituted", at: node,
                              help: syntax + "; check the value of \(names)")
        }
        let reason = error.message.prefix(1).lowercased() + error.message.dropFirst()
        return diagnostic("Invalid port in service \(service): \(reason)", at: node, help: syntax)
    }
}
