import EnvCheckCore

/// `dependency-cycle`: services whose `depends_on` chains lead back to themselves.
struct DependencyCycleRule: Rule {
    let description = RuleDescription(
        id: "dependency-cycle",
        severity: .error,
        summary: "Services depend on each other in a cycle",
        rationale: "Compose cannot decide which to start first and refuses the project.",
        subject: .compose,
        passing: [
            "services:\n  api:\n    image: x\n    depends_on: [db]\n  db:\n    image: y\n",
            "services:\n  a:\n    image: x\n    depends_on: [b, c]\n  b:\n    image: y\n    depends_on: [c]\n  c:\n    image: z\n",
        ],
        failing: [
            "services:\n  app:\n    image: x\n    depends_on: [app]\n",
            "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: y\n    depends_on: [a]\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        for service in project.services {
            guard let cycle = cycle(from: service.name, in: project), !reported.contains(cycle.sorted().joined()) else { continue }
            reported.insert(cycle.sorted().joined())
            let node = service.dependencies.first { cycle.contains($0.service) }?.node ?? service.nameNode
            result.append(diagnostic("Dependency cycle: \((cycle + [cycle[0]]).joined(separator: " -> "))", at: node,
                                     help: "Remove one depends_on of the cycle"))
        }
        return result
    }

    /// A cycle through `start`, as the list of services from `start`, if there is one.
    private func cycle(from start: String, in project: ComposeProject) -> [String]? {
        var path: [String] = []
        var visited: Set<String> = []
        func visit(_ name: String) -> [String]? {
            if name == start, !path.isEmpty { return path }
            guard !visited.contains(name), let service = project.service(name) else { return nil }
            visited.insert(name)
            path.append(name)
            for dependency in service.dependencies {
                if let found = visit(dependency.service) { return found }
            }
            path.removeLast()
            return nil
        }
        return visit(start)
    }
}
