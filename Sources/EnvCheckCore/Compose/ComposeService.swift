/// What envcheck reads of one compose service (after interpolation and merging). Every part
/// keeps the node it came from, so findings point at the file, line and column.
public struct ComposeService: Sendable {
    /// A published port as written: parsed, or the reason it is invalid.
    public struct Port: Sendable {
        /// The mapping, or why the text is not one.
        public var mapping: Result<PortMapping, PortSyntaxError>
        /// The node it was written as.
        public var node: YAMLNode
        /// Whether the text came from a variable (`${PORT}:80`).
        public var usesVariable: Bool
    }

    /// One `environment` entry.
    public struct EnvironmentEntry: Sendable {
        /// The variable name.
        public var name: String
        /// The value, or `nil` for a bare `NAME` (taken from the project environment).
        public var value: String?
        /// The node (list item or mapping key).
        public var node: YAMLNode
    }

    /// One `env_file` entry.
    public struct EnvFileReference: Sendable {
        /// The path as written (relative to the project directory).
        public var path: String
        /// Whether a missing file is an error (compose's default: yes).
        public var isRequired: Bool
        /// `nil` (dotenv) or `raw`.
        public var format: String?
        /// The node.
        public var node: YAMLNode
    }

    /// One `depends_on` entry.
    public struct Dependency: Sendable {
        /// The service depended on.
        public var service: String
        /// `service_started` (default), `service_healthy` or `service_completed_successfully`.
        public var condition: String
        /// Whether the dependency is required (default true).
        public var isRequired: Bool
        /// The node naming the service.
        public var node: YAMLNode
    }

    /// The parts, shared by the copies of the service (rules copy services often, and a service
    /// holds a dozen references): a copy is one retain, and a change copies the parts first.
    private var storage: Storage

    /// The service's name.
    public var name: String {
        get { storage.name }
        set { update { $0.name = newValue } }
    }
    /// The mapping key naming the service.
    public var nameNode: YAMLNode {
        get { storage.nameNode }
        set { update { $0.nameNode = newValue } }
    }
    /// The service's whole (interpolated, merged) mapping.
    public var node: YAMLNode {
        get { storage.node }
        set { update { $0.node = newValue } }
    }
    /// `image`, if set.
    public var image: String? {
        get { storage.image }
        set { update { $0.image = newValue } }
    }
    /// Whether `build` is set.
    public var hasBuild: Bool {
        get { storage.hasBuild }
        set { update { $0.hasBuild = newValue } }
    }
    /// Published ports.
    public var ports: [Port] {
        get { storage.ports }
        set { update { $0.ports = newValue } }
    }
    /// `environment`, in order.
    public var environment: [EnvironmentEntry] {
        get { storage.environment }
        set { update { $0.environment = newValue } }
    }
    /// `env_file`, in order.
    public var envFiles: [EnvFileReference] {
        get { storage.envFiles }
        set { update { $0.envFiles = newValue } }
    }
    /// `depends_on`.
    public var dependencies: [Dependency] {
        get { storage.dependencies }
        set { update { $0.dependencies = newValue } }
    }
    /// The `healthcheck` node, if any.
    public var healthcheck: YAMLNode? {
        get { storage.healthcheck }
        set { update { $0.healthcheck = newValue } }
    }
    /// Whether the healthcheck runs (present, with a test, not disabled).
    public var hasActiveHealthcheck: Bool {
        guard let healthcheck else { return false }
        if healthcheck["disable"]?.scalar == "true" { return false }
        if let test = healthcheck["test"] {
            if let items = test.sequence { return items.first?.scalar != "NONE" && !items.isEmpty }
            return !(test.scalar ?? "").isEmpty
        }
        return true
    }
    /// `profiles`: empty means the service always runs.
    public var profiles: [String] {
        get { storage.profiles }
        set { update { $0.profiles = newValue } }
    }
    /// The networks the service joins, with their nodes.
    public var networks: [YAMLNode] {
        get { storage.networks }
        set { update { $0.networks = newValue } }
    }

    init(storage: Storage) {
        self.storage = storage
    }

    /// Changes the parts, copying them first when another copy of the service shares them.
    private mutating func update(_ change: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        change(storage)
    }

    /// Whether the service runs with the given active profiles.
    public func isActive(profiles active: Set<String>) -> Bool {
        profiles.isEmpty || profiles.contains { active.contains($0) || $0 == "*" } || active.contains("*")
    }
}
