/// Walks a YAML tree and a `ComposeShape` side by side, collecting problems.
struct ComposeSchemaWalker {
    /// Paths of scalars that came out of interpolation (strings to compose).
    let interpolatedPaths: Set<String>
    /// The problems found so far, in walking order.
    private(set) var problems: [ComposeSchemaProblem] = []

    init(interpolatedPaths: Set<String>) {
        self.interpolatedPaths = interpolatedPaths
    }

    /// Checks `node`, found at `path` under the mapping key `key` (nil for list items and the root).
    mutating func check(_ node: YAMLNode, against shape: ComposeShape, path: String, key: YAMLNode?) {
        if node.tag == "!reset" { return }
        if shape.isAny {
            checkKeys(node, path: path)
            return
        }
        switch node.kind {
        case .scalar(let text, let quoted):
            checkScalar(node, text: text, isQuoted: quoted, against: shape, path: path, key: key)
        case .sequence(let items):
            guard let itemShape = shape.items else { return mismatch(node, shape, found: "a list", path: path, key: key) }
            for (index, item) in items.enumerated() {
                check(item, against: itemShape, path: "\(path)[\(index)]", key: nil)
            }
        case .mapping(let pairs):
            guard let rule = shape.object else { return mismatch(node, shape, found: "a mapping", path: path, key: key) }
            checkObject(node, pairs: pairs, rule: rule, path: path, key: key)
        }
    }

    private mutating func checkScalar(_ node: YAMLNode, text: String, isQuoted: Bool, against shape: ComposeShape,
                                      path: String, key: YAMLNode?) {
        let takesStrings = shape.scalar?.kinds.contains(.string) ?? false
        let value = interpolatedPaths.contains(path) && takesStrings
            ? ComposeScalar(string: text) : ComposeScalar(text: text, isQuoted: isQuoted, tag: node.tag)
        guard let rule = shape.scalar, rule.kinds.contains(value.kind) else {
            // Quoting helps when a plain string was read as a number, a boolean or a date.
            let quoteHint = takesStrings && value.kind != .null && shape.scalar?.format?.typeNoun == nil
            return mismatch(node, shape, found: value.kind.noun + (quoteHint ? " (quote it)" : ""), path: path, key: key)
        }
        if value.kind == .string, let format = rule.format, !format.accepts(value.text) {
            report("\(Self.subject(path)) must be \(format.requirement)", at: node, path: path)
        }
        if value.kind == .integer, let range = rule.range, let integer = value.integer, !range.contains(integer) {
            let bounds = range.upperBound == Int.max ? "\(range.lowerBound) or more"
                : "between \(range.lowerBound) and \(range.upperBound)"
            report("\(Self.subject(path)) must be \(bounds)", at: node, path: path)
        }
    }

    private mutating func checkObject(_ node: YAMLNode, pairs: [(key: YAMLNode, value: YAMLNode)],
                                      rule: ComposeShape.ObjectRule, path: String, key: YAMLNode?) {
        var present: Set<String> = []
        for pair in pairs {
            guard let name = keyName(pair.key, in: path) else { continue }
            present.insert(name)
            let childPath = path.isEmpty ? name : "\(path).\(name)"
            if let field = rule.fields[name] {
                check(pair.value, against: field, path: childPath, key: pair.key)
            } else if rule.allowsExtensions, name.hasPrefix("x-") {
                checkKeys(pair.value, path: childPath)
            } else if let entries = rule.entries {
                if rule.names.matches(name) {
                    check(pair.value, against: entries, path: childPath, key: pair.key)
                } else if rule.names.isStrict {
                    report("Invalid name \(name) in \(Self.subject(path)): \(rule.names.requirement)",
                           at: pair.key, path: childPath)
                } else {
                    checkKeys(pair.value, path: childPath)
                }
            } else {
                let place = path.isEmpty ? "Unknown top-level key \(name)" : "Unknown key \(name) in \(path)"
                let suggestion = KeySuggestion.closest(to: name, among: rule.fields.keys).map { " (did you mean \($0)?)" }
                report(place + (suggestion ?? ""), at: pair.key, path: childPath)
            }
        }
        for name in rule.required where !present.contains(name) {
            report("\(Self.subject(path)) is missing the required key \(name)", at: key ?? node, path: path)
        }
    }

    /// The key's text when compose reads it as a string; reports it otherwise.
    private mutating func keyName(_ key: YAMLNode, in path: String) -> String? {
        let place = path.isEmpty ? "at the top level" : "in \(path)"
        guard case .scalar(let text, let quoted) = key.kind else {
            report("A key \(place) must be a string, found \(key.sequence != nil ? "a list" : "a mapping")",
                   at: key, path: path)
            return nil
        }
        let kind = ComposeScalar(text: text, isQuoted: quoted, tag: key.tag).kind
        guard kind == .string else {
            report("Key \(text) \(place) must be a string, found \(kind.noun) (quote it)", at: key, path: path)
            return nil
        }
        return text
    }

    /// Checks only that every mapping key inside `node` is a string (compose refuses others anywhere).
    private mutating func checkKeys(_ node: YAMLNode, path: String) {
        switch node.kind {
        case .scalar: break
        case .sequence(let items):
            for (index, item) in items.enumerated() { checkKeys(item, path: "\(path)[\(index)]") }
        case .mapping(let pairs):
            for pair in pairs {
                guard let name = keyName(pair.key, in: path) else { continue }
                checkKeys(pair.value, path: path.isEmpty ? name : "\(path).\(name)")
            }
        }
    }

    private mutating func mismatch(_ node: YAMLNode, _ shape: ComposeShape, found: String, path: String, key: YAMLNode?) {
        let isEmpty = node.scalar == "" && !node.isQuoted
        report("\(Self.subject(path)) must be \(Self.expectation(shape)), found \(found)",
               at: isEmpty ? key ?? node : node, path: path)
    }

    private mutating func report(_ message: String, at node: YAMLNode, path: String) {
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
