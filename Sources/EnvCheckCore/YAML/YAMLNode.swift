/// A node of a YAML document with the place it was written: every scalar, key, sequence and
/// mapping keeps its start and end.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Kind: Sendable {
        /// A scalar: its text and whether it was quoted (a quoted `"1"` is a string, not a number).
        case scalar(String, isQuoted: Bool)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, pairs in document order (duplicates already reported and dropped).
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    /// What the node holds.
    public var kind: Kind
    /// Where the node starts (1-based line and column).
    public var start: SourceLocation
    /// Where it ends.
    public var end: SourceLocation
    /// The explicit tag, if any (`!!str`, `!reset`, …).
    public var tag: String?
    /// The path of the file the node was written in (nodes of several merged files keep theirs).
    public var file: String = ""

    /// The scalar text, when the node is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The pairs, when the node is a mapping.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items, when the node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value for a string key of a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// Whether the node is a plain scalar that YAML reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        if case .scalar(let text, let quoted) = kind, !quoted { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// A short name of the node's type for messages ("a string", "a list", "a mapping").
    public var typeName: String {
        switch kind {
        case .scalar: isNull ? "null" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
