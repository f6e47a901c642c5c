extension ComposeService {
    /// The parts of a service, behind one reference. Only `ComposeService` changes them, and only
    /// when it holds the sole reference (copy on write), so sharing them across threads is safe.
    final class Storage: @unchecked Sendable {
        var name: String
        var nameNode: YAMLNode
        var node: YAMLNode
        var image: String?
        var hasBuild: Bool
        var ports: [Port] = []
        var environment: [EnvironmentEntry] = []
        var envFiles: [EnvFileReference] = []
        var dependencies: [Dependency] = []
        var healthcheck: YAMLNode?
        var profiles: [String] = []
        var networks: [YAMLNode] = []

        init(name: String, nameNode: YAMLNode, node: YAMLNode, image: String?, hasBuild: Bool) {
            self.name = name
            self.nameNode = nameNode
            self.node = node
            self.image = image
            self.hasBuild = hasBuild
        }

        /// A new storage with the same parts.
        func copy() -> Storage {
            let copy = Storage(name: name, nameNode: nameNode, node: node, image: image, hasBuild: hasBuild)
            copy.ports = ports
            copy.environment = environment
            copy.envFiles = envFiles
            copy.dependencies = dependencies
            copy.healthcheck = healthcheck
            copy.profiles = profiles
            copy.networks = networks
            return copy
        }
    }
}
