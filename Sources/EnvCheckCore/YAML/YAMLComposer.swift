import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds nodes from libyaml events with an explicit stack (no recursion, so nesting cannot
/// exhaust the call stack), counting expanded nodes to stop alias bombs.
struct YAMLComposer {
    /// An open sequence or mapping. Its children are on the shared child stacks, from `base` on.
    private struct Frame {
        var isMapping: Bool
        /// Where the children start on `items` (a sequence) or `pairs` (a mapping).
        var base: Int
        /// The scalar keys so far, once the mapping has 16 pairs (below that, the pairs are scanned).
        var keys: Set<String> = []
        var pendingKey: YAMLNode?
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        /// The nodes of the subtree so far (itself included): what an alias of it expands to.
        var subtreeSize = 1
        /// Whether a scalar of the subtree so far contains `$` (see `YAMLNode.mayContainDollar`).
        var containsDollar = false
        /// Whether a key of the mapping so far is an unquoted `<<` (its merges are resolved at the end).
        var hasMergeKey = false
    }

    let source: SourceFile
    private(set) var roots: [YAMLNode] = []
    private(set) var problems: [YAMLProblem] = []
    private(set) var isFinished = false
    private var stack: [Frame] = []
    /// The items of the open sequences.
    private let items = YAMLChildStack<YAMLNode>()
    /// The pairs of the open mappings.
    private let pairs = YAMLChildStack<(key: YAMLNode, value: YAMLNode)>()
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var expandedNodes = 0
    /// Sees each top-level entry's entries as soon as they are complete (see `YAMLEntryVisitor`).
    var entryVisitor: (any YAMLEntryVisitor)?

    /// Whether the file is ASCII without a carriage return: then libyaml's lines are the
    /// file's `\n` lines and its columns are bytes, so a mark's offset is its line start plus its
    /// column (no walk along the line).
    private let isPlainASCII: Bool

    /// The file's path, shared by every node of the file.
    private let fileName: YAMLFileName

    init(source: SourceFile) {
        self.source = source
        fileName = YAMLFileName.make(source.path)
        isPlainASCII = Self.isPlainASCII(source.bytes)
    }

    private static func isPlainASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            // Eight bytes at a time: a high bit anywhere, or a byte equal to `\r` (a zero byte of
            // `word ^ 0x0D0D…`, found by the classic has-zero-byte test).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let carriage = word ^ (ones &* 0x0D)
                if word & highs != 0 || (carriage &- ones) & ~carriage & highs != 0 { return false }
                offset += 8
            }
            while offset < raw.count {
                if raw[offset] >= 0x80 || raw[offset] == 0x0D { return false }
                offset += 1
            }
            return true
        }
    }

    /// The location of a libyaml mark.
    private func location(_ mark: (line: Int, column: Int)) -> SourceLocation {
        let starts = source.lineStarts
        guard isPlainASCII, mark.line < starts.count else { return source.location(line: mark.line, column: mark.column) }
        let offset = starts[mark.line] + mark.column
        // Past the line's `\n` (never seen from libyaml): let the walk decide.
        let lineEnd = mark.line + 1 < starts.count ? starts[mark.line + 1] - 1 : source.bytes.count
        guard offset <= lineEnd else { return source.location(line: mark.line, column: mark.column) }
        return SourceLocation(line: mark.line + 1, column: mark.column + 1, offset: offset)
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
        isFinished = true
    }

    mutating func handle(_ event: YAMLEvent) {
        let start = location(event.start)
        let end = location(event.end)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let text = String(decoding: event.value, as: UTF8.self)
            var node = YAMLNode(kind: .scalar(text, isQuoted: event.isQuoted), start: start, end: end,
                                tag: Self.string(event.tag), fileName: fileName)
            node.mayContainDollar = Self.containsDollar(event.value)
            deliver(consume node, anchor: Self.string(event.anchor), subtreeSize: 1, expansion: 1)
        case YAML_SEQUENCE_START_EVENT:
            open(isMapping: false, start: start, tag: Self.string(event.tag), anchor: Self.string(event.anchor))
        case YAML_MAPPING_START_EVENT:
            open(isMapping: true, start: start, tag: Self.string(event.tag), anchor: Self.string(event.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: end)
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.anchor) ?? ""
            guard let anchored = anchors[name] else {
                fail(YAMLProblem(kind: .unknownAlias, message: "Alias *\(name) refers to no anchor", location: start))
                return
            }
            var node = anchored.node
            node.start = start
            node.end = end
            deliver(node, anchor: nil, subtreeSize: anchored.count, expansion: anchored.count)
        default:
            break
        }
    }

    private mutating func open(isMapping: Bool, start: SourceLocation, tag: String?, anchor: String?) {
        guard stack.count < YAMLLoader.maximumDepth else {
            fail(YAMLProblem(kind: .nesting, message: "Nesting deeper than \(YAMLLoader.maximumDepth) levels", location: start))
            return
        }
        stack.append(Frame(isMapping: isMapping, base: isMapping ? pairs.count : items.count, start: start, tag: tag,
                           anchor: anchor))
    }

    private mutating func close(end: SourceLocation) {
        guard !isFinished, let frame = stack.popLast() else { return }
        let kind: YAMLNode.Kind = frame.isMapping
            ? .mapping(frame.hasMergeKey ? resolveMerges(pairs.removeAll(from: frame.base)) : pairs.removeAll(from: frame.base))
            : .sequence(items.removeAll(from: frame.base))
        var node = YAMLNode(kind: kind, start: frame.start, end: end, tag: frame.tag, fileName: fileName)
        node.mayContainDollar = frame.containsDollar
        // The children were counted as they arrived: the container itself adds one.
        deliver(consume node, anchor: frame.anchor, subtreeSize: frame.subtreeSize, expansion: 1)
    }

    /// Adds a finished node to its parent. `subtreeSize` is what an alias of it would expand to;
    /// `expansion` is how many nodes it adds to the document now (1, or a whole aliased subtree).
    private mutating func deliver(_ node: consuming YAMLNode, anchor: String?, subtreeSize: Int, expansion: Int) {
        guard !isFinished else { return }
        expandedNodes += expansion
        if expandedNodes > YAMLLoader.maximumNodes {
            fail(YAMLProblem(kind: .aliasExpansion,
                             message: "The document expands to more than \(YAMLLoader.maximumNodes) nodes (alias bomb?)",
                             location: node.start))
            return
        }
        if let anchor { anchors[anchor] = (node, subtreeSize) }
        guard !stack.isEmpty else {
            roots.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].subtreeSize += subtreeSize
        if node.mayContainDollar { stack[top].containsDollar = true }
        guard stack[top].isMapping else {
            var item = consume node
            if entryVisitor != nil { visitEntry(&item, key: nil, index: items.count - stack[top].base) }
            items.append(consume item)
            return
        }
        // Moved out of the frame, not copied.
        guard let key = stack[top].pendingKey.take() else {
            if !node.isQuoted, node.isScalar("<<") { stack[top].hasMergeKey = true }
            stack[top].pendingKey = consume node
            return
        }
        if let text = key.scalar, text != "<<" {
            guard Self.insertKey(text, into: &stack[top], pairs: pairs) else {
                problems.append(YAMLProblem(kind: .duplicateKey, message: "Key \(text) is already defined in this mapping",
                                            location: key.start))
                return
            }
        }
        var value = consume node
        // A `<<` value is not an entry: its pairs join the mapping when it closes.
        if entryVisitor != nil, !(key.scalar == "<<" && !key.isQuoted) { visitEntry(&value, key: key, index: 0) }
        pairs.append((consume key, consume value))
    }

    /// Shows `entryVisitor` a node about to join its parent when that parent is a top-level
    /// entry's value and the node is kept (not a duplicate). Not when that value has an anchor:
    /// an alias of it must copy its entries as they were written.
    private mutating func visitEntry(_ node: inout YAMLNode, key: YAMLNode?, index: Int) {
        guard stack.count == 2, stack[0].isMapping, stack[1].anchor == nil, let topLevelKey = stack[0].pendingKey else { return }
        entryVisitor?.visit(&node, topLevelKey: topLevelKey, key: key, index: index)
    }

    /// Records a key of the open mapping `frame` (the top one); false when the mapping already has
    /// it. A small mapping's pairs are scanned; from 16 pairs on, its keys are kept in a set.
    private static func insertKey(_ text: String, into frame: inout Frame,
                                  pairs: YAMLChildStack<(key: YAMLNode, value: YAMLNode)>) -> Bool {
        guard frame.keys.isEmpty else { return frame.keys.insert(text).inserted }
        let count = pairs.count - frame.base
        for index in frame.base..<pairs.count {
            let isDuplicate = pairs.withElement(at: index) { pair in
                if case .scalar(let name, _) = pair.key.kind { return name.isSameKey(as: text) }
                return false
            }
            if isDuplicate { return false }
        }
        if count + 1 >= 16 {
            var keys: Set<String> = [text]
            keys.reserveCapacity(32)
            for index in frame.base..<pairs.count {
                pairs.withElement(at: index) { pair in
                    if case .scalar(let name, _) = pair.key.kind { keys.insert(name) }
                }
            }
            frame.keys = keys
        }
        return true
    }

    /// Replaces `<<` pairs by the pairs of the merged mappings that are not set explicitly.
    private mutating func resolveMerges(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> [(key: YAMLNode, value: YAMLNode)] {
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

    private static func containsDollar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "$")), bytes.count) != nil
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
        bytes.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Sees each entry of each top-level entry of a document (`services.web`, `volumes.data`,
/// `include[0]`) the moment the composer has it whole, before it joins its parent, and may rewrite
/// it. Compose files are interpolated there, one service at a time, while libyaml is still
/// parsing the rest of the file. Anchors keep the node as it was written.
protocol YAMLEntryVisitor {
    /// Sees `node`, the entry `key` (or, in a list, item `index`) of the top-level entry `topLevelKey`.
    mutating func visit(_ node: inout YAMLNode, topLevelKey: YAMLNode, key: YAMLNode?, index: Int)
}

extension YAMLNode {
    /// Whether the node is a quoted scalar.
    var isQuoted: Bool {
        if case .scalar(_, let quoted) = kind { return quoted }
        return false
    }
}
