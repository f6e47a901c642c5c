import CLibYAML

/// Builds nodes from libyaml events with an explicit stack (no recursion, so nesting cannot
/// exhaust the call stack), counting expanded nodes to stop alias bombs.
struct YAMLComposer {
    private enum Container {
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?)
    }

    private struct Frame {
        var container: Container
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var nodeCount: Int
    }

    let source: SourceFile
    private(set) var roots: [YAMLNode] = []
    private(set) var problems: [YAMLProblem] = []
    private(set) var isFinished = false
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var expandedNodes = 0

    init(source: SourceFile) {
        self.source = source
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
        isFinished = true
    }

    mutating func handle(_ event: yaml_event_t) {
        let start = source.location(line: event.start_mark.line, column: event.start_mark.column)
        let end = source.location(line: event.end_mark.line, column: event.end_mark.column)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = YAMLNode(kind: .scalar(text, isQuoted: data.style != YAML_PLAIN_SCALAR_STYLE),
                                start: start, end: end, tag: Self.string(data.tag), file: source.path)
            deliver(node, anchor: Self.string(data.anchor), count: 1)
        case YAML_SEQUENCE_START_EVENT:
            open(.sequence([]), start: start, tag: Self.string(event.data.sequence_start.tag),
                 anchor: Self.string(event.data.sequence_start.anchor))
        case YAML_MAPPING_START_EVENT:
            open(.mapping([], pendingKey: nil), start: start, tag: Self.string(event.data.mapping_start.tag),
                 anchor: Self.string(event.data.mapping_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: end)
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                fail(YAMLProblem(kind: .unknownAlias, message: "Alias *\(name) refers to no anchor", location: start))
                return
            }
            var node = anchored.node
            node.start = start
            node.end = end
            deliver(node, anchor: nil, count: anchored.count)
        default:
            break
        }
    }

    private mutating func open(_ container: Container, start: SourceLocation, tag: String?, anchor: String?) {
        guard stack.count < YAMLLoader.maximumDepth else {
            fail(YAMLProblem(kind: .nesting, message: "Nesting deeper than \(YAMLLoader.maximumDepth) levels", location: start))
            return
        }
        stack.append(Frame(container: container, start: start, tag: tag, anchor: anchor, nodeCount: 1))
    }

    private mutating func close(end: SourceLocation) {
        guard let frame = stack.popLast() else { return }
        let kind: YAMLNode.Kind
        switch frame.container {
        case .sequence(let items):
            kind = .sequence(items)
        case .mapping(let pairs, _):
            kind = .mapping(resolveMerges(pairs))
        }
        deliver(YAMLNode(kind: kind, start: frame.start, end: end, tag: frame.tag, file: source.path),
                anchor: frame.anchor, count: frame.nodeCount)
    }

    private mutating func deliver(_ node: YAMLNode, anchor: String?, count: Int) {
        guard !isFinished else { return }
        expandedNodes += count
        if expandedNodes > YAMLLoader.maximumNodes {
            fail(YAMLProblem(kind: .aliasExpansion,
                             message: "The document expands to more than \(YAMLLoader.maximumNodes) nodes (alias bomb?)",
                             location: node.start))
            return
        }
        if let anchor { anchors[anchor] = (node, count) }
        guard var frame = stack.popLast() else {
            roots.append(node)
            return
        }
        frame.nodeCount += count
        switch frame.container {
        case .sequence(var items):
            items.append(node)
            frame.container = .sequence(items)
        case .mapping(var pairs, let pendingKey):
            if let key = pendingKey {
                if let text = key.scalar, key.scalar != "<<", pairs.contains(where: { $0.key.scalar == text }) {
                    problems.append(YAMLProblem(kind: .duplicateKey, message: "Key \(text) is already defined in this mapping",
                                                location: key.start))
                } else {
                    pairs.append((key, node))
                }
                frame.container = .mapping(pairs, pendingKey: nil)
            } else {
                frame.container = .mapping(pairs, pendingKey: node)
            }
        }
        stack.append(frame)
    }

    /// Replaces `<<` pairs by the pairs of the merged mappings that are not set explicitly.
    private mutating func resolveMerges(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> [(key: YAMLNode, value: YAMLNode)] {
        guard pairs.contains(where: { $0.key.scalar == "<<" && !$0.key.isQuoted }) else { return pairs }
        let explicit = Set(pairs.compactMap { $0.key.scalar == "<<" ? nil : $0.key.scalar })
        var result: [(key: YAMLNode, value: YAMLNode)] = []
        var merged: Set<String> = []
        for pair in pairs {
            guard pair.key.scalar == "<<", !pair.key.isQuoted else {
                result.append(pair)
                continue
            }
            let sources = pair.value.sequence ?? [pair.value]
            for source in sources {
                guard let sourcePairs = source.mapping else {
                    problems.append(YAMLProblem(kind: .badMerge, message: "A << merge key needs a mapping or a list of mappings",
                                                location: source.start))
                    continue
                }
                for inherited in sourcePairs {
                    guard let name = inherited.key.scalar, !explicit.contains(name), !merged.contains(name) else { continue }
                    merged.insert(name)
                    result.append(inherited)
                }
            }
        }
        return result
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

extension YAMLNode {
    /// Whether the node is a quoted scalar.
    var isQuoted: Bool {
        if case .scalar(_, let quoted) = kind { return quoted }
        return false
    }
}
