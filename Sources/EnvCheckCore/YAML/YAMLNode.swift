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
    public var kind: Kind {
        didSet { mayContainDollar = true }
    }
    /// Whether a scalar of the subtree may contain `$` (a key, or a value to interpolate): false
    /// only when known, which lets interpolation skip the subtree. The composer works it out for
    /// what it builds; any other node, or a change of `kind`, says true. (Declared here, the flag
    /// takes the padding after `kind`: a node stays 72 bytes.)
    var mayContainDollar = true
    /// Where the node starts and ends, in 12 bytes each instead of a `SourceLocation`'s 24: a
    /// document has a node per scalar, and nodes are copied into mappings, lists and services.
    private var startMark: YAMLMark
    private var endMark: YAMLMark
    /// Where the node starts (1-based line and column).
    public var start: SourceLocation {
        get { startMark.location }
        set { startMark = YAMLMark(newValue) }
    }
    /// Where it ends.
    public var end: SourceLocation {
        get { endMark.location }
        set { endMark = YAMLMark(newValue) }
    }
    /// The explicit tag, if any (`!!str`, `!reset`, …).
    public var tag: String?
    /// The path of the file the node was written in (nodes of several merged files keep theirs).
    public var file: String {
        get { fileName.path }
        set { fileName = YAMLFileName.make(newValue) }
    }
    /// The file's path, held without reference counting: a node is copied often (into
    /// mappings, lists, aliases, typed services) and the path never changes.
    unowned(unsafe) var fileName: YAMLFileName

    /// A node of `kind` between `start` and `end`, written in `file`.
    public init(kind: Kind, start: SourceLocation, end: SourceLocation, tag: String? = nil, file: String = "") {
        self.init(kind: kind, start: start, end: end, tag: tag, fileName: file.isEmpty ? .empty : YAMLFileName.make(file))
    }

    init(kind: Kind, start: SourceLocation, end: SourceLocation, tag: String?, fileName: YAMLFileName) {
        self.kind = kind
        startMark = YAMLMark(start)
        endMark = YAMLMark(end)
        self.tag = tag
        self.fileName = fileName
    }

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
        guard case .mapping(let pairs) = kind else { return nil }
        return YAMLNode.withPairs(pairs) { count, keyAt, valueAt in
            for index in 0..<count where keyAt(index).pointee.isScalar(key) { return valueAt(index).pointee }
            return nil
        }
    }

    /// Whether the node is the scalar `text` (compared in place, without copying the node's text).
    func isScalar(_ text: String) -> Bool {
        switch kind {
        case .scalar(let own, _): own.isSameKey(as: text)
        case .sequence, .mapping: false
        }
    }

    /// Calls `body` with the number of pairs and pointers to each pair's key and value, read in
    /// place: reading `pairs[index].key` copies the whole pair (two nodes) first.
    @inline(__always)
    static func withPairs<Result>(
        _ pairs: [(key: YAMLNode, value: YAMLNode)],
        _ body: (Int, _ key: (Int) -> UnsafePointer<YAMLNode>, _ value: (Int) -> UnsafePointer<YAMLNode>) throws -> Result
    ) rethrows -> Result {
        try pairs.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return try body(0, { _ in fatalError() }, { _ in fatalError() })
            }
            let raw = UnsafeRawPointer(base)
            let pairStride = MemoryLayout<(key: YAMLNode, value: YAMLNode)>.stride
            let valueOffset = MemoryLayout<YAMLNode>.stride
            return try body(buffer.count,
                            { (raw + $0 * pairStride).assumingMemoryBound(to: YAMLNode.self) },
                            { (raw + $0 * pairStride + valueOffset).assumingMemoryBound(to: YAMLNode.self) })
        }
    }

    /// Whether the node is a plain scalar that YAML reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        guard case .scalar(let text, let quoted) = kind, !quoted else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
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

/// A `SourceLocation` in 32-bit parts (a file read whole is far below 4 GiB; larger values are
/// clamped).
struct YAMLMark: Sendable {
    var line: UInt32
    var column: UInt32
    var offset: UInt32

    init(_ location: SourceLocation) {
        line = UInt32(clamping: location.line)
        column = UInt32(clamping: location.column)
        offset = UInt32(clamping: location.offset)
    }

    var location: SourceLocation {
        SourceLocation(line: Int(line), column: Int(column), offset: Int(offset))
    }
}

/// The path of a YAML file, shared by all its nodes. Instances are made once per loaded file and
/// never freed (nodes refer to them without retaining), so they outlive every node.
final class YAMLFileName: Sendable {
    let path: String

    private init(path: String) {
        self.path = path
    }

    /// The empty path (nodes built without a file).
    static let empty = YAMLFileName.make("")

    /// A new, immortal holder of `path`.
    static func make(_ path: String) -> YAMLFileName {
        Unmanaged.passRetained(YAMLFileName(path: path)).takeUnretainedValue()
    }
}

extension String {
    /// Whether a mapping key is `other`. Lengths are compared first: most keys compared are
    /// different ones, and most of those differ in length (a String `==` call costs more). Keys of
    /// different UTF-8 lengths are different keys to compose, which compares bytes.
    @inline(__always)
    func isSameKey(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
