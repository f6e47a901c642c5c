/// Resolves `extends` (`extends: base`, or `extends: {service: base, file: other.yml}`): the
/// extended service's mapping with the extending one merged over it, recursively, as compose
/// does. A missing service or file, or a cycle, is a problem at the `extends` node.
struct ComposeExtends {
    /// A problem with an `extends`.
    struct Problem: Sendable {
        var message: String
        var node: YAMLNode
    }

    let services: [(name: String, key: YAMLNode, node: YAMLNode)]
    let projectDirectory: String
    let lookup: (String) -> [UInt8]?
    private(set) var problems: [Problem] = []
    private var resolved: [String: YAMLNode] = [:]
    /// The index of each service name's first entry in `services`.
    private let index: [String: Int]

    init(services: [(name: String, key: YAMLNode, node: YAMLNode)], projectDirectory: String,
         lookup: @escaping (String) -> [UInt8]?) {
        self.services = services
        self.projectDirectory = projectDirectory
        self.lookup = lookup
        var index: [String: Int] = [:]
        for (position, service) in services.enumerated() where index[service.name] == nil { index[service.name] = position }
        self.index = index
    }

    /// The service's mapping with its `extends` chain applied (and the `extends` key removed).
    mutating func resolve(_ name: String, visiting: [String] = []) -> YAMLNode? {
        if let done = resolved[name] { return done }
        guard let position = index[name] else { return nil }
        let entry = services[position]
        guard let extends = entry.node["extends"] else { return entry.node }
        let baseName = extends.scalar ?? extends["service"]?.scalar
        guard let baseName else {
            problems.append(Problem(message: "Service \(name): extends needs a service name", node: extends))
            return entry.node
        }
        let own = Self.removingExtends(entry.node)
        let base: YAMLNode?
        if let file = extends["file"]?.scalar {
            base = baseFromFile(file, service: baseName, of: name, at: extends)
        } else if visiting.count >= 64 {
            problems.append(Problem(message: "Service \(name): extends chain is longer than 64 services", node: extends))
            return own
        } else if visiting.contains(baseName) || baseName == name {
            problems.append(Problem(message: "Service \(name) extends \(baseName), which extends it back (a cycle)", node: extends))
            return own
        } else {
            base = resolve(baseName, visiting: visiting + [name])
            if base == nil {
                problems.append(Problem(message: "Service \(name) extends \(baseName), which is not defined", node: extends))
            }
        }
        let merged = base.map { ComposeMerge.mergeService(Self.removingExtends($0), own) } ?? own
        resolved[name] = merged
        return merged
    }

    private mutating func baseFromFile(_ file: String, service: String, of name: String, at node: YAMLNode) -> YAMLNode? {
        let path = ComposeProject.path(file, in: projectDirectory)
        guard let bytes = try? FileSystem.read(path) else {
            problems.append(Problem(message: "Service \(name) extends a service of \(file), which cannot be read", node: node))
            return nil
        }
        let other = ComposeFile(source: SourceFile(path: path, bytes: bytes), lookup: lookup)
        guard let base = other.root?["services"]?[service] else {
            problems.append(Problem(message: "Service \(name) extends \(service), which \(file) does not define", node: node))
            return nil
        }
        return base
    }

    private static func removingExtends(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.mapping else { return node }
        var copy = node
        copy.kind = .mapping(pairs.filter { $0.key.scalar != "extends" })
        return copy
    }
}
