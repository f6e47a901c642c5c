/// Walks a YAML tree and a `ComposeShape` side by side, collecting problems.
///
/// The YAML path of the node being checked (`services.web.ports[0]`) is kept as a stack of keys
/// and indexes that grows and shrinks as the walk descends: its text is only made for a problem
/// (or for the rare tagged value that may have come out of interpolation), not for every node.
struct ComposeSchemaWalker {
    /// Makes the paths of scalars that came out of interpolation (strings to compose); called
    /// at most once, and only for a tagged, quoted scalar (see `checkScalar`).
    private let makeInterpolatedPaths: () -> Set<String>
    private var interpolatedPaths: Set<String>?
    /// The problems found so far, in walking order.
    private(set) var problems: [ComposeSchemaProblem] = []
    /// The path the walk started at, in UTF-8.
    private var rootPath: [UInt8] = []
    /// The keys and indexes below `rootPath` to the node being checked.
    private var components: [PathComponent] = []

    private enum PathComponent {
        case key(String)
        case index(Int)
    }

    init(interpolatedPaths: @escaping () -> Set<String>) {
        makeInterpolatedPaths = interpolatedPaths
    }

    /// Runs `body` with the path extended by `component`.
    private mutating func descend(_ component: PathComponent, _ body: (inout Self) -> Void) {
        components.append(component)
        body(&self)
        components.removeLast()
    }

    /// The path of the node being checked, or of its first `depth` components.
    private func path(depth: Int? = nil) -> String {
        var bytes = rootPath
        for component in components.prefix(depth ?? components.count) {
            switch component {
            case .key(let name): bytes.appendYAMLPathKey(name)
            case .index(let index): bytes.appendYAMLPathIndex(index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The path of the node being checked.
    private var path: String { path() }

    /// Whether the node being checked is the root.
    private var isAtRoot: Bool { rootPath.isEmpty && components.isEmpty }

    /// Runs `body` with the path extended by the mapping key `name` (`a.b`, or `b` at the top).
    private mutating func descend(key name: String, _ body: (inout Self) -> Void) {
        descend(.key(name), body)
    }

    /// Runs `body` with the path extended by the list index `index` (`a[3]`).
    private mutating func descend(index: Int, _ body: (inout Self) -> Void) {
        descend(.index(index), body)
    }

    /// Whether the scalar at the current path came out of interpolation.
    private mutating func isInterpolated() -> Bool {
        if interpolatedPaths == nil { interpolatedPaths = makeInterpolatedPaths() }
        return interpolatedPaths?.contains(path) ?? false
    }

    /// Checks `node`, found at `path` under the mapping key `key` (nil for list items and the root).
    mutating func check(_ node: YAMLNode, against shape: ComposeShape, path: String, key: YAMLNode?) {
        rootPath = Array(path.utf8)
        components = []
        withUnsafePointer(to: node) { node in
            guard let key else { return check(node, against: shape, key: nil) }
            withUnsafePointer(to: key) { check(node, against: shape, key: $0) }
        }
    }

    /// A node read in place: the walk passes pointers into the tree's arrays, so that no node is
    /// copied (a copy retains its text or children and its tag).
    private typealias Node = UnsafePointer<YAMLNode>

    /// Checks `node`, found at the current path under the mapping key `key`.
    private mutating func check(_ node: Node, against shape: ComposeShape, key: Node?) {
        if node.pointee.tag == "!reset" { return }
        if shape.isAny {
            checkKeys(node)
            return
        }
        switch node.pointee.kind {
        case .scalar(let text, let quoted):
            checkScalar(node, text: text, isQuoted: quoted, against: shape, key: key)
        case .sequence(let items):
            guard let itemShape = shape.items else { return mismatch(node, shape, found: "a list", key: key) }
            items.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for index in buffer.indices {
                    descend(index: index) { $0.check(base + index, against: itemShape, key: nil) }
                }
            }
        case .mapping(let pairs):
            guard let rule = shape.object else { return mismatch(node, shape, found: "a mapping", key: key) }
            checkObject(node, pairs: pairs, rule: rule, key: key)
        }
    }

    private mutating func checkScalar(_ node: Node, text: String, isQuoted: Bool, against shape: ComposeShape,
                                      key: Node?) {
        let scalarRule = shape.scalar
        let takesStrings = scalarRule?.kinds.contains(.string) ?? false
        // Compose reads an interpolated value as a string. Interpolation leaves its values quoted,
        // so untagged ones read as strings anyway; only a tag (`!!int ${N}`) needs the paths.
        let tag = node.pointee.tag
        let value = takesStrings && tag != nil && isQuoted && isInterpolated()
            ? ComposeScalar(string: text) : ComposeScalar(text: text, isQuoted: isQuoted, tag: tag)
        guard let rule = scalarRule, rule.kinds.contains(value.kind) else {
            // Quoting helps when a plain string was read as a number, a boolean or a date.
            let quoteHint = takesStrings && value.kind != .null && scalarRule?.format?.typeNoun == nil
            return mismatch(node, shape, found: value.kind.noun + (quoteHint ? " (quote it)" : ""), key: key)
        }
        if value.kind == .string, let format = rule.format, !format.accepts(value.text) {
            report("\(Self.subject(path)) must be \(format.requirement)", at: node.pointee)
        }
        if value.kind == .integer, let range = rule.range, let integer = value.integer, !range.contains(integer) {
            let bounds = range.upperBound == Int.max ? "\(range.lowerBound) or more"
                : "between \(range.lowerBound) and \(range.upperBound)"
            report("\(Self.subject(path)) must be \(bounds)", at: node.pointee)
        }
    }

    private mutating func checkObject(_ node: Node, pairs: [(key: YAMLNode, value: YAMLNode)],
                                      rule: ComposeShape.ObjectRule, key: Node?) {
        var present: Set<String> = []
        // The key and value are read in place (`pairs[index].key` copies the whole pair).
        YAMLNode.withPairs(pairs) { count, keyAt, valueAt in
            for index in 0..<count {
                let pairKey = keyAt(index), pairValue = valueAt(index)
                guard let name = keyName(pairKey) else { continue }
                if !rule.required.isEmpty { present.insert(name) }
                descend(key: name) { walker in
                    if let field = rule.fields[name] {
                        walker.check(pairValue, against: field, key: pairKey)
                    } else if rule.allowsExtensions, name.hasPrefix("x-") {
                        walker.checkKeys(pairValue)
                    } else if let entries = rule.entries {
                        if rule.names.matches(name) {
                            walker.check(pairValue, against: entries, key: pairKey)
                        } else if rule.names.isStrict {
                            walker.report("Invalid name \(name) in \(Self.subject(walker.parentPath)): "
                                          + "\(rule.names.requirement)", at: pairKey.pointee)
                        } else {
                            walker.checkKeys(pairValue)
                        }
                    } else {
                        let parent = walker.parentPath
                        let place = parent.isEmpty ? "Unknown top-level key \(name)" : "Unknown key \(name) in \(parent)"
                        let suggestion = KeySuggestion.closest(to: name, among: rule.fields.keys).map { " (did you mean \($0)?)" }
                        walker.report(place + (suggestion ?? ""), at: pairKey.pointee)
                    }
                }
            }
        }
        for name in rule.required where !present.contains(name) {
            report("\(Self.subject(path)) is missing the required key \(name)", at: (key ?? node).pointee)
        }
    }

    /// The path of the node being checked without its last component.
    private var parentPath: String {
        path(depth: max(components.count - 1, 0))
    }

    /// The key's text when compose reads it as a string; reports it otherwise.
    private mutating func keyName(_ key: Node) -> String? {
        guard case .scalar(let text, let quoted) = key.pointee.kind else {
            report("A key \(place) must be a string, found \(key.pointee.sequence != nil ? "a list" : "a mapping")",
                   at: key.pointee)
            return nil
        }
        // Quoted keys are strings whatever their text (no tag can say otherwise but `!!…`).
        let tag = key.pointee.tag
        let kind = quoted && tag == nil ? .string : ComposeScalar(text: text, isQuoted: quoted, tag: tag).kind
        guard kind == .string else {
            report("Key \(text) \(place) must be a string, found \(kind.noun) (quote it)", at: key.pointee)
            return nil
        }
        return text
    }

    /// Where a key of the current mapping is, for messages.
    private var place: String {
        isAtRoot ? "at the top level" : "in \(path)"
    }

    /// Checks only that every mapping key inside `node` is a string (compose refuses others anywhere).
    private mutating func checkKeys(_ node: Node) {
        switch node.pointee.kind {
        case .scalar: break
        case .sequence(let items):
            items.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for index in buffer.indices where !Self.isScalar(base + index) {
                    descend(index: index) { $0.checkKeys(base + index) }
                }
            }
        case .mapping(let pairs):
            YAMLNode.withPairs(pairs) { count, keyAt, valueAt in
                for index in 0..<count {
                    guard let name = keyName(keyAt(index)) else { continue }
                    if Self.isScalar(valueAt(index)) { continue }
                    descend(key: name) { $0.checkKeys(valueAt(index)) }
                }
            }
        }
    }

    private static func isScalar(_ node: Node) -> Bool {
        if case .scalar = node.pointee.kind { return true }
        return false
    }

    private mutating func mismatch(_ node: Node, _ shape: ComposeShape, found: String, key: Node?) {
        let isEmpty = node.pointee.scalar == "" && !node.pointee.isQuoted
        report("\(Self.subject(path)) must be \(Self.expectation(shape)), found \(found)",
               at: (isEmpty ? key ?? node : node).pointee)
    }

    private mutating func report(_ message: String, at node: YAMLNode) {
        problems.append(ComposeSchemaProblem(message: message, location: node.start, path: path))
    }

    /// How a path is named at the start of a message.
    static func subject(_ path: String) -> String {
        path.isEmpty ? "The top level" : path
    }

    /// What a shape allows, in words: "a string or a list of strings".
    static func expectation(_ shape: ComposeShape) -> String {
        var parts: [String] = []
        if let scalar = shape.scalar {
            if let noun = scalar.format?.typeNoun {
                parts.append(scalar.format == .integer && scalar.kinds.contains(.float) ? "a number" : noun)
                if scalar.kinds.contains(.null) { parts.append("null") }
            } else {
                parts += scalar.kinds.nouns
            }
        }
        if let items = shape.items {
            let ofStrings = items.scalar?.kinds == .string && items.items == nil && items.object == nil
            parts.append(ofStrings ? "a list of strings" : "a list")
        }
        if shape.object != nil { parts.append("a mapping") }
        guard parts.count > 1 else { return parts.first ?? "nothing" }
        return parts.dropLast().joined(separator: ", ") + " or " + parts[parts.count - 1]
    }
}
