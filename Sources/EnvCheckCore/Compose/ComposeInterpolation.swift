/// A `${VAR}` met while interpolating a compose file, where it was written.
public struct ComposeVariableReference: Sendable, Hashable {
    /// The variable's name.
    public var name: String
    /// The operator, if any (`:-`, `?`, …).
    public var op: SubstitutionOperator?
    /// Whether the project environment had the variable.
    public var isDefined: Bool
    /// Where the reference starts.
    public var location: SourceLocation
    /// The YAML path of the value, e.g. `services.web.ports[0]`.
    public var path: String
    /// The compose file.
    public var file: String
}

/// An interpolation error in a compose file: compose refuses the whole file.
public struct ComposeInterpolationError: Sendable, Hashable {
    /// The kind (invalid template, required variable missing, nesting).
    public var kind: InterpolationError.Kind
    /// The variable, for required ones.
    public var variable: String?
    /// Where.
    public var location: SourceLocation
    /// The YAML path of the value.
    public var path: String
}

/// Interpolates every scalar value (not keys) of a compose file's YAML tree exactly as compose
/// does, recording each reference and error with its place.
struct ComposeInterpolation: YAMLEntryVisitor {
    let source: SourceFile
    let lookup: (String) -> [UInt8]?
    private(set) var references: [ComposeVariableReference] = []
    /// For each reference, where the top-level entry it was met under (`services`, `x-base`)
    /// starts: an alias repeats the references of its anchor, and of those the one met under the
    /// earliest entry (where the text is written) is kept, whatever the order of the walk.
    private(set) var referenceEntryOffsets: [Int] = []
    private(set) var errors: [ComposeInterpolationError] = []
    /// Where the top-level entry being interpolated starts.
    private var entryOffset = 0

    init(source: SourceFile, lookup: @escaping (String) -> [UInt8]?) {
        self.source = source
        self.lookup = lookup
    }

    /// The YAML path of the node being interpolated, in UTF-8 (`services.web.ports[0]`): it grows
    /// and shrinks as the walk descends, and a `String` is only made for the scalars that hold a
    /// reference or an error.
    private var pathBytes: [UInt8] = []

    /// Interpolates every scalar value of the tree in place. A subtree that is not shared (the
    /// loaded tree, taken out of its document) is rewritten without being copied.
    mutating func interpolate(_ node: inout YAMLNode) {
        // Nothing to expand below (and a subtree shared with an anchor is not copied).
        guard node.mayContainDollar else { return }
        switch node.kind {
        case .scalar(let text, _):
            let hasDollar = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "$")) }
                ?? text.utf8.contains(UInt8(ascii: "$"))
            guard hasDollar else { return }
            let expanded = Interpolator.expand(text, lookup: lookup)
            if !expanded.references.isEmpty || !expanded.errors.isEmpty {
                let path = currentPath()
                for reference in expanded.references {
                    referenceEntryOffsets.append(entryOffset)
                    references.append(ComposeVariableReference(
                        name: reference.name, op: reference.op, isDefined: reference.isDefined,
                        location: location(in: node, templateOffset: reference.range.lowerBound, text: text), path: path,
                        file: source.path))
                }
                for error in expanded.errors {
                    errors.append(ComposeInterpolationError(
                        kind: error.kind, variable: error.variable,
                        location: location(in: node, templateOffset: error.range.lowerBound, text: text), path: path))
                }
            }
            // An interpolated value is a string to compose, whatever it looks like: mark it quoted.
            node.kind = .scalar(String(decoding: expanded.value, as: UTF8.self), isQuoted: true)
        case .sequence(var items):
            // Drop the node's reference to the array so that `items` is unique (no copy on write).
            node.kind = .sequence([])
            let count = pathBytes.count
            for index in items.indices {
                if count == 0 { entryOffset = items[index].start.offset }
                pathBytes.appendYAMLPathIndex(index)
                interpolate(&items[index])
                pathBytes.removeLast(pathBytes.count - count)
            }
            node.kind = .sequence(items)
        case .mapping(var pairs):
            node.kind = .mapping([])
            let count = pathBytes.count
            // Through the buffer: `pairs[index].key` would copy the whole pair (two nodes) first.
            pairs.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices {
                    if count == 0 { entryOffset = buffer[index].key.start.offset }
                    appendKey(of: buffer[index].key)
                    interpolate(&buffer[index].value)
                    pathBytes.removeLast(pathBytes.count - count)
                }
            }
            node.kind = .mapping(pairs)
        }
    }

    /// Interpolates a top-level entry's entry (`services.web`) as soon as the composer has it,
    /// and marks it done (`mayContainDollar` false) for the pass over the whole tree, which then
    /// skips it: services are expanded one by one while libyaml parses the rest of the file.
    mutating func visit(_ node: inout YAMLNode, topLevelKey: YAMLNode, key: YAMLNode?, index: Int) {
        guard node.mayContainDollar else { return }
        pathBytes.removeAll(keepingCapacity: true)
        entryOffset = topLevelKey.start.offset
        appendKey(of: topLevelKey)
        if let key { appendKey(of: key) } else { pathBytes.appendYAMLPathIndex(index) }
        interpolate(&node)
        pathBytes.removeAll(keepingCapacity: true)
        node.mayContainDollar = false
    }

    /// The YAML path of the node being interpolated: `services.web.ports[0]`.
    private func currentPath() -> String {
        String(decoding: pathBytes, as: UTF8.self)
    }

    /// Extends the path by a mapping key (`a.b`, or `b` at the top; `?` for a key that is not a scalar).
    private mutating func appendKey(of key: borrowing YAMLNode) {
        if case .scalar(let name, _) = key.kind {
            pathBytes.appendYAMLPathKey(name)
        } else {
            pathBytes.appendYAMLPathKey("?")
        }
    }

    /// The place of a byte of a scalar's text: exact for one-line plain and quoted scalars
    /// without escapes, the scalar's start otherwise.
    private func location(in node: YAMLNode, templateOffset: Int, text: String) -> SourceLocation {
        guard node.start.line == node.end.line else { return node.start }
        let quoteWidth = node.isQuoted ? 1 : 0
        // ASCII up to the reference (the usual case): a byte is a column.
        let isASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            templateOffset <= bytes.count && !bytes[..<templateOffset].contains { $0 >= 0x80 }
        }
        if isASCII == true {
            let start = node.start
            return SourceLocation(line: start.line, column: start.column + quoteWidth + templateOffset,
                                  offset: start.offset + quoteWidth + templateOffset)
        }
        let prefix = text.utf8.prefix(templateOffset)
        // A string's UTF-8 is valid: up to a scalar boundary, its scalars are its lead bytes.
        var columns = 0
        for byte in prefix where byte & 0xC0 != 0x80 { columns += 1 }
        if prefix.endIndex < text.utf8.endIndex, text.utf8[prefix.endIndex] & 0xC0 == 0x80 {
            columns = String(decoding: prefix, as: UTF8.self).unicodeScalars.count
        }
        let offset = node.start.offset + quoteWidth + prefix.count
        return SourceLocation(line: node.start.line, column: node.start.column + quoteWidth + columns, offset: offset)
    }
}
