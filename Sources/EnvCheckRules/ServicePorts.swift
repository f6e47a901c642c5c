import EnvCheckCore

/// The TCP ports of a compose service: those published on the host's loopback (all addresses,
/// or a loopback address) and those it listens on inside the network (`ports` targets, `expose`).
struct ServicePorts {
    /// Host ports reachable through localhost.
    let published: [ClosedRange<Int>]
    /// Container ports named by `ports` or `expose`.
    let targets: [ClosedRange<Int>]

    /// Reads the service's valid TCP mappings and `expose` entries.
    init(_ service: ComposeService) {
        let mappings = service.ports.compactMap { try? $0.mapping.get() }.filter { $0.transport == "tcp" }
        published = mappings.filter { mapping in
            guard let address = mapping.hostIP else { return true }
            return address == "0.0.0.0" || address == "::" || HostKind.isLoopback(address)
        }.compactMap(\.published)
        let exposed = (service.node["expose"]?.sequence ?? []).compactMap(\.scalar).compactMap { text -> ClosedRange<Int>? in
            let parts = text.split(separator: "/", maxSplits: 1)
            guard parts.count < 2 || parts[1] == "tcp", let spec = parts.first else { return nil }
            let bounds = spec.split(separator: "-", maxSplits: 1).compactMap { Int($0) }
            guard let low = bounds.first, let high = bounds.last, low <= high, bounds.count == spec.split(separator: "-").count
            else { return nil }
            return low...high
        }
        targets = mappings.map(\.target) + exposed
    }

    /// Whether `port` is published on the host.
    func publishes(_ port: Int) -> Bool { published.contains { $0.contains(port) } }

    /// Whether the service listens on `port` inside the network.
    func listens(on port: Int) -> Bool { targets.contains { $0.contains(port) } }

    /// `5432, 8080-8081`.
    func describe(_ ranges: [ClosedRange<Int>]) -> String {
        ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ", ")
    }
}
