extension ComposeProject {
    /// The merged services of a project and what follows from them.
    struct Services {
        let services: [ComposeService]
        let serviceIndex: [String: Int]
        let extendsProblems: [(message: String, node: YAMLNode)]

        /// The services of the merged top-level mapping: name, key node and mapping, in order.
        static func entries(of root: YAMLNode?) -> [(name: String, key: YAMLNode, node: YAMLNode)] {
            root?["services"]?.mapping?.compactMap { pair in
                guard let name = pair.key.scalar, pair.value.mapping != nil else { return nil }
                return (name, pair.key, pair.value)
            } ?? []
        }

        init(entries: [(name: String, key: YAMLNode, node: YAMLNode)], files: [ComposeFile], environment: ProcessEnvironment,
             projectDirectory: String) {
            let references = ReferenceLocations(files)
            // Most projects extend nothing: then each service is its own node (no index of names to build).
            if entries.contains(where: { $0.node["extends"] != nil }) {
                var extends = ComposeExtends(services: entries, projectDirectory: projectDirectory) { environment[$0] }
                services = entries.map { entry in
                    let node = extends.resolve(entry.name) ?? entry.node
                    return ComposeService(name: entry.name, nameNode: entry.key, node: node, references: references)
                }
                extendsProblems = extends.problems.map { ($0.message, $0.node) }
            } else {
                services = entries.map { ComposeService(name: $0.name, nameNode: $0.key, node: $0.node, references: references) }
                extendsProblems = []
            }
            serviceIndex = Dictionary(services.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
