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

    /// One depth-first walk over all services (linear in services and dependencies, with an
    /// explicit stack so a long chain cannot exhaust the call stack): a dependency on a service
    /// still on the walk's path closes a cycle.
    func check(_ project: ComposeProject) -> [Diagnostic] {
        var onPath: Set<String> = []
        var done: Set<String> = []
        var result: [Diagnostic] = []
        for root in project.services where !done.contains(root.name) {
            var stack: [(service: ComposeService, next: Int)] = [(root, 0)]
            onPath.insert(root.name)
            while let top = stack.last {
                guard top.next < top.service.dependencies.count else {
                    onPath.remove(top.service.name)
                    done.insert(top.service.name)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let dependency = top.service.dependencies[top.next]
                if onPath.contains(dependency.service) {
                    let names = stack.map(\.service.name)
                    let cycle = Array(names[names.lastIndex(of: dependency.service)!...]) + [dependency.service]
                    result.append(diagnostic("Dependency cycle: \(cycle.joined(separator: " -> "))", at: dependency.node,
                                             help: "Remove one depends_on of the cycle"))
                } else if !done.contains(dependency.service), let next = project.service(dependency.service) {
                    onPath.insert(next.name)
                    stack.append((next, 0))
                }
            }
        }
        return result
    }
}
