import EnvCheckCore

extension ProcessEnvironment {
    /// The environment with `--profile` flags added to `COMPOSE_PROFILES`.
    func withProfiles(_ profiles: [String]) -> ProcessEnvironment {
        guard !profiles.isEmpty else { return self }
        var copy = self
        let existing = self["COMPOSE_PROFILES"].map { String(decoding: $0, as: UTF8.self) }
        let joined = ([existing].compactMap { $0 }.filter { !$0.isEmpty } + profiles).joined(separator: ",")
        copy.variables["COMPOSE_PROFILES"] = Array(joined.utf8)
        return copy
    }
}
