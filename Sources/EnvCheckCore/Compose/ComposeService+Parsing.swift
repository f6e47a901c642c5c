extension ComposeService {
    /// Reads a service from its (interpolated) mapping; parts of the wrong type are skipped here
    /// and reported by the schema check.
    init(name: String, nameNode: YAMLNode, node: YAMLNode, references: ReferenceLocations) {
        let parts = Storage(name: name, nameNode: nameNode, node: node, image: node["image"]?.scalar,
                            hasBuild: node["build"] != nil)
        parts.healthcheck = node["healthcheck"]
        parts.profiles = node["profiles"]?.sequence?.compactMap(\.scalar) ?? []
        parts.networks = node["networks"].map { $0.sequence ?? $0.mapping?.map(\.key) ?? [] } ?? []
        parts.ports = Self.ports(node["ports"], references: references)
        parts.environment = Self.environment(node["environment"])
        parts.envFiles = Self.envFileReferences(node["env_file"])
        parts.dependencies = Self.dependencies(node["depends_on"])
        self.init(storage: parts)
    }

    private static func ports(_ node: YAMLNode?, references: ReferenceLocations) -> [Port] {
        guard let items = node?.sequence else { return [] }
        return items.compactMap { item in
            let usesVariable = references.contains(in: item.file, from: item.start, to: item.end)
            if let text = item.scalar {
                return Port(mapping: PortMapping.parse(short: text), node: item, usesVariable: usesVariable)
            }
            guard item.mapping != nil else { return nil }
            return Port(mapping: longPort(item), node: item, usesVariable: usesVariable)
        }
    }

    private static func longPort(_ item: YAMLNode) -> Result<PortMapping, PortSyntaxError> {
        guard let targetText = item["target"]?.scalar, let target = PortMapping.range(targetText), target.count == 1 else {
            return .failure(PortSyntaxError("Long-syntax port needs a target container port (1-65535)"))
        }
        var published: ClosedRange<Int>?
        if let text = item["published"]?.scalar, !text.isEmpty {
            guard let range = PortMapping.range(text) else {
                return .failure(PortSyntaxError("Published port \(text) is not a port or port range"))
            }
            published = range
        }
        let transport = (item["protocol"]?.scalar ?? "tcp").lowercased()
        guard ["tcp", "udp", "sctp"].contains(transport) else {
            return .failure(PortSyntaxError("Unknown protocol \(transport); expected tcp, udp or sctp"))
        }
        let hostIP = item["host_ip"]?.scalar
        if let hostIP, !hostIP.isEmpty, !IPAddressSyntax.isValid(hostIP) {
            return .failure(PortSyntaxError("host_ip \(hostIP) is not an IP address"))
        }
        return .success(PortMapping(hostIP: hostIP?.isEmpty == true ? nil : hostIP, published: published,
                                    target: target, transport: transport))
    }

    private static func environment(_ node: YAMLNode?) -> [EnvironmentEntry] {
        if let items = node?.sequence {
            return items.compactMap { item in
                guard let text = item.scalar else { return nil }
                guard let equals = text.firstIndex(ofASCII: UInt8(ascii: "=")) else {
                    return EnvironmentEntry(name: text, value: nil, node: item)
                }
                return EnvironmentEntry(name: String(text[..<equals]), value: String(text[text.index(after: equals)...]),
                                        node: item)
            }
        }
        return node?.mapping?.compactMap { pair in
            guard let name = pair.key.scalar else { return nil }
            guard !pair.value.isNull, let text = pair.value.scalar else {
                return EnvironmentEntry(name: name, value: nil, node: pair.key)
            }
            let value = pair.value.isQuoted ? text : YAMLScalarTyping.composeString(text)
            return EnvironmentEntry(name: name, value: value, node: pair.key)
        } ?? []
    }

    /// The env files an `env_file` entry names (a path, a list, or long syntax with `required:`).
    static func envFileReferences(_ node: YAMLNode?) -> [EnvFileReference] {
        guard let node else { return [] }
        let items = node.sequence ?? [node]
        return items.compactMap { item in
            if let path = item.scalar {
                return EnvFileReference(path: path, isRequired: true, format: nil, node: item)
            }
            guard let path = item["path"]?.scalar else { return nil }
            let required = item["required"]?.scalar.map { $0 != "false" } ?? true
            return EnvFileReference(path: path, isRequired: required, format: item["format"]?.scalar, node: item)
        }
    }

    private static func dependencies(_ node: YAMLNode?) -> [Dependency] {
        if let items = node?.sequence {
            return items.compactMap { item in
                item.scalar.map { Dependency(service: $0, condition: "service_started", isRequired: true, node: item) }
            }
        }
        return node?.mapping?.compactMap { pair in
            guard let name = pair.key.scalar else { return nil }
            return Dependency(service: name, condition: pair.value["condition"]?.scalar ?? "service_started",
                              isRequired: pair.value["required"]?.scalar.map { $0 != "false" } ?? true, node: pair.key)
        } ?? []
    }
}

/// Where a project's variable references are, per file and sorted, so that "does this node hold a
/// reference" is a binary search rather than a scan of every reference of the project.
struct ReferenceLocations {
    /// Each file's sorted reference locations. A project has a file or two: a list compared by
    /// path (nodes share their file's path string, so the comparison is usually of one pointer)
    /// costs less than hashing the path for every lookup.
    private var byFile: [(path: String, locations: [SourceLocation])] = []

    /// The references of the files, by the file each names.
    init(_ files: [ComposeFile]) {
        for file in files {
            for reference in file.references {
                if let index = byFile.firstIndex(where: { $0.path == reference.file }) {
                    byFile[index].locations.append(reference.location)
                } else {
                    byFile.append((reference.file, [reference.location]))
                }
            }
        }
        for index in byFile.indices { byFile[index].locations.sort() }
    }

    /// Whether a reference of `file` starts in `start..<end`.
    func contains(in file: String, from start: SourceLocation, to end: SourceLocation) -> Bool {
        guard let locations = byFile.first(where: { $0.path == file })?.locations else { return false }
        var low = 0, high = locations.count
        while low < high {
            let middle = (low + high) / 2
            if locations[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < locations.count && locations[low] < end
    }
}
