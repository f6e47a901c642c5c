import EnvCheckCore

/// `profile-dependency`: a service depends on one that only runs under a profile it does not share.
struct ProfileDependencyRule: Rule {
    let description = RuleDescription(
        id: "profile-dependency",
        severity: .error,
        summary: "A service depends on a service that only runs under a profile it does not share",
        rationale: "Compose leaves out services whose profiles are not enabled and then refuses the project when "
            + "a running service depends on one of them; naming the service on the command line does not enable "
            + "its dependencies' profiles. It is an error when that happens with the active profiles "
            + "(COMPOSE_PROFILES), and a warning when another choice of profiles would break it. An optional "
            + "service behind a profile that nothing requires is fine, and so is a dependency marked "
            + "`required: false`.",
        subject: .compose,
        passing: [
            "services:\n  api:\n    image: node:20\n  redis:\n    image: redis:7\n    profiles: [cache]\n",
            "services:\n  api:\n    image: node:20\n    depends_on:\n      redis:\n        condition: service_started\n"
                + "        required: false\n  redis:\n    image: redis:7\n    profiles: [cache]\n",
            "services:\n  worker:\n    image: node:20\n    profiles: [jobs]\n    depends_on: [queue]\n  queue:\n"
                + "    image: rabbitmq:3\n    profiles: [jobs]\n",
        ],
        failing: [
            "services:\n  api:\n    image: node:20\n    depends_on: [redis]\n  redis:\n    image: redis:7\n    profiles: [cache]\n",
            "services:\n  debug:\n    image: busybox\n    profiles: [debug]\n    depends_on: [redis]\n  redis:\n"
                + "    image: redis:7\n    profiles: [cache]\n",
        ])

    func check(_ project: ComposeProject) -> [Diagnostic] {
        let active = project.activeProfiles
        return project.services.flatMap { service in
            service.dependencies.compactMap { dependency -> Diagnostic? in
                guard dependency.isRequired, let target = project.service(dependency.service), !target.profiles.isEmpty
                else { return nil }
                let alone = service.profiles.filter { !target.profiles.contains($0) }
                guard service.profiles.isEmpty || !alone.isEmpty else { return nil }
                let needed = Self.list(target.profiles)
                let prefix = "Service \(service.name) depends on \(target.name), which only runs with \(needed)"
                let help = "Add the profile of \(service.name) to \(target.name), or mark the dependency optional "
                    + "with `required: false` under depends_on.\(target.name)"
                if service.isActive(profiles: active), !target.isActive(profiles: active) {
                    return diagnostic("\(prefix); compose refuses the project with the active profiles",
                                      at: dependency.node, help: help)
                }
                let when = service.profiles.isEmpty ? "without it" : "with \(Self.list(alone)) alone"
                return diagnostic("\(prefix); compose refuses the project \(when)", at: dependency.node,
                                  severity: .warning, help: help)
            }
        }
    }

    /// `profile cache` or `profiles cache, debug`.
    private static func list(_ profiles: [String]) -> String {
        (profiles.count == 1 ? "profile " : "profiles ") + profiles.joined(separator: ", ")
    }
}
