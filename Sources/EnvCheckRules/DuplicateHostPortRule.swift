import EnvCheckCore

/// `duplicate-host-port`: two published ports that need the same host port.
struct DuplicateHostPortRule: Rule {
    let description = RuleDescription(
        id: "duplicate-host-port",
        severity: .error,
        summary: "Two running services (or one twice) publish the same host port",
        rationale: "Docker binds each published host port once per address and protocol, so the second container "
            + "fails with \"port is already allocated\" (compose accepts the file). Ports collide when protocols "
            + "match, ranges intersect and addresses overlap: no address means every address, `0.0.0.0` every "
            + "IPv4 address and `::` every IPv6 address; IPv4 and IPv6 addresses never collide (docker binds `::` "
            + "IPv6-only). tcp and udp on one port coexist, as do 127.0.0.1:8080 and 127.0.0.2:8080. Only services "
            + "running with the active profiles count, and a service with several replicas collides with itself. "
            + "A host range with one container port (`8000-8010:80`) lets docker pick a free port and is skipped, "
            + "as are services with `network_mode: host`, whose ports docker ignores.",
        subject: .compose,
        passing: [
            "services:\n  dns:\n    image: coredns/coredns\n    ports:\n      - \"53:53/tcp\"\n      - \"53:53/udp\"\n",
            "services:\n  a:\n    image: nginx\n    ports: [\"127.0.0.1:8080:80\"]\n  b:\n    image: nginx\n"
                + "    ports: [\"127.0.0.2:8080:80\"]\n",
            "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n  debug:\n    image: nginx\n"
                + "    profiles: [debug]\n    ports: [\"8080:80\"]\n",
            "services:\n  a:\n    image: nginx\n    ports: [\"0.0.0.0:80:80\"]\n  b:\n    image: nginx\n    ports: [\"[::]:80:80\"]\n",
        ],
        failing: [
            "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n  adminer:\n    image: adminer\n"
                + "    ports: [\"127.0.0.1:8080:8080\"]\n",
            "services:\n  app:\n    image: node:20\n    ports:\n      - \"3000-3001:3000-3001\"\n      - \"3001:9229\"\n",
            "services:\n  a:\n    image: nginx\n    ports:\n      - target: 80\n        published: \"8443\"\n"
                + "  b:\n    image: nginx\n    ports: [\"0.0.0.0:8443:443\"]\n",
            "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    deploy:\n      replicas: 2\n",
        ])

    private struct Published {
        var service: String
        var node: YAMLNode
        var mapping: PortMapping
        var ports: ClosedRange<Int>
        var address: HostAddress
    }

    /// Host ports are bucketed in blocks of this many ports: a mapping is only compared with the
    /// earlier ones that share a block (and transport) with it, which keeps the rule linear on
    /// projects with thousands of published ports.
    private static let blockSize = 128

    func check(_ project: ComposeProject) -> [Diagnostic] {
        var taken: [Published] = []
        var buckets: [String: [Int: [Int]]] = [:]
        var result: [Diagnostic] = []
        for service in project.services where service.isActive(profiles: project.activeProfiles)
            && service.node["network_mode"]?.scalar != "host" {
            var own: [PortMapping] = []
            for port in service.ports {
                // compose drops an exact repeat within one service, so only a different mapping collides.
                guard case .success(let mapping) = port.mapping, let ports = mapping.reservedHostPorts,
                      !own.contains(mapping) else { continue }
                own.append(mapping)
                let address = HostAddress(mapping.hostIP)
                let blocks = (ports.lowerBound / Self.blockSize)...(ports.upperBound / Self.blockSize)
                // The first earlier mapping (in order) that collides.
                var first: (index: Int, shared: ClosedRange<Int>)?
                if let byBlock = buckets[mapping.transport] {
                    for block in blocks {
                        for index in byBlock[block] ?? [] where index < (first?.index ?? Int.max) {
                            // Read in place: copying the entry (its node and strings) costs more than the test.
                            let earlierPorts = taken[index].ports
                            guard earlierPorts.overlaps(ports), taken[index].address.overlaps(address) else { continue }
                            first = (index, max(ports.lowerBound, earlierPorts.lowerBound)...min(ports.upperBound,
                                                                                                 earlierPorts.upperBound))
                        }
                    }
                }
                if let (index, shared) = first {
                    result.append(finding(shared, mapping.transport, at: port.node, service: service.name,
                                          earlier: taken[index]))
                } else if let count = Self.replicas(of: service), count > 1 {
                    result.append(diagnostic(
                        "\(Self.describe(ports, mapping.transport)) of service \(service.name) \(ports.count == 1 ? "is" : "are") "
                            + "published by each of its \(count) replicas", at: port.node,
                        help: "Only one replica can bind a host port. Leave out the host port (docker picks one per "
                            + "replica), give a host range as large as the replica count, or run one replica"))
                }
                for block in blocks { buckets[mapping.transport, default: [:]][block, default: []].append(taken.count) }
                taken.append(Published(service: service.name, node: port.node, mapping: mapping, ports: ports,
                                       address: address))
            }
        }
        return result
    }

    /// `deploy.replicas` or `scale`, when set.
    private static func replicas(of service: ComposeService) -> Int? {
        (service.node["deploy"]?["replicas"]?.scalar ?? service.node["scale"]?.scalar).flatMap { Int($0) }
    }

    /// `Host port 8080/tcp` or `Host ports 8000-8005/tcp`.
    private static func describe(_ ports: ClosedRange<Int>, _ transport: String) -> String {
        ports.count == 1 ? "Host port \(ports.lowerBound)/\(transport)" : "Host ports \(ports.lowerBound)-\(ports.upperBound)/\(transport)"
    }

    private func finding(_ ports: ClosedRange<Int>, _ transport: String, at node: YAMLNode, service: String,
                         earlier: Published) -> Diagnostic {
        let owner = earlier.service == service ? "this service" : "service \(earlier.service)"
        let verb = ports.count == 1 ? "is" : "are"
        return diagnostic(
            "\(Self.describe(ports, transport)) of service \(service) \(verb) already published by \(owner) on "
                + earlier.node.lineDescription(relativeTo: node.file),
            at: node,
            help: "The second container fails to start with \"port is already allocated\". Publish another host port, "
                + "or bind each service to its own address such as 127.0.0.1")
    }
}
