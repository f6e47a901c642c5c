/// One compose file: its source, its YAML tree before and after interpolation, and what went
/// wrong while reading it.
public struct ComposeFile: Sendable {
    /// The file.
    public let source: SourceFile
    /// The tree after interpolation (what compose reasons about).
    public let root: YAMLNode?
    /// YAML problems: syntax, duplicate keys, aliases, nesting.
    public let yamlProblems: [YAMLProblem]
    /// Every `${VAR}` in the file's values.
    public let references: [ComposeVariableReference]
    /// Interpolation errors (compose refuses the file).
    public let interpolationErrors: [ComposeInterpolationError]

    /// Loads and interpolates a compose file; `lookup` answers with the project environment.
    public init(source: SourceFile, lookup: (String) -> [UInt8]?) {
        self = Self.load(source, parsedAhead: nil, lookup: lookup)
    }

    /// Loads and interpolates a compose file whose parse has already started.
    public init(parsedAhead: YAMLParseAhead, lookup: (String) -> [UInt8]?) {
        self = Self.load(parsedAhead.source, parsedAhead: parsedAhead, lookup: lookup)
    }

    /// Interpolation starts while the file is composed: each service (each entry of a top-level
    /// entry) is expanded the moment it is whole, while libyaml parses the rest on its own
    /// thread; what is left (top-level scalars, anchored or merged entries) is expanded after.
    private static func load(_ source: SourceFile, parsedAhead: YAMLParseAhead?, lookup: (String) -> [UInt8]?) -> ComposeFile {
        withoutActuallyEscaping(lookup) { lookup in
            var interpolation = ComposeInterpolation(source: source, lookup: lookup)
            var document = YAMLLoader.load(source, parsedAhead: parsedAhead, visitor: &interpolation)
            PhaseTimings.end("compose YAML")
            if document.roots.count > 1 {
                // compose merges the documents of one file before it interpolates: start again
                // from the tree as written.
                document = YAMLLoader.load(source)
                interpolation = ComposeInterpolation(source: source, lookup: lookup)
            }
            return ComposeFile(source: source, document: document, interpolation: interpolation)
        }
    }

    private init(source: SourceFile, document loaded: YAMLLoader.Document, interpolation early: ComposeInterpolation) {
        self.source = source
        var document = loaded
        yamlProblems = document.problems
        // Take the tree out of the document so that it is the only reference to its nodes:
        // interpolation then rewrites it in place instead of copying it.
        var roots = document.roots
        document.roots = []
        // compose reads the documents of one file as if they were files given in turn.
        var tree = roots.count > 1 ? ComposeMerge.merge(roots) : roots.first
        roots = []
        guard var interpolated = tree else {
            root = nil
            references = []
            interpolationErrors = []
            return
        }
        tree = nil
        var interpolation = early
        interpolation.interpolate(&interpolated)
        root = interpolated
        self.references = Self.eachPlaceOnce(interpolation.references, entryOffsets: interpolation.referenceEntryOffsets)
        interpolationErrors = interpolation.errors
        PhaseTimings.end("compose interpolation")
    }

    /// The references in document order, each place once (an alias repeats the nodes of its
    /// anchor): of equal places, the one met under the earliest top-level entry is kept, which is
    /// where the text is written (an anchor comes before its aliases), then the one met first.
    private static func eachPlaceOnce(_ references: [ComposeVariableReference], entryOffsets: [Int]) -> [ComposeVariableReference] {
        // Usually already in order, each place once (no alias repeats a reference): then as is.
        let isStrictlyOrdered = references.indices.dropFirst().allSatisfy { index in
            references[index - 1].location.offset < references[index].location.offset
        }
        if isStrictlyOrdered { return references }
        var ordered = Array(zip(references, entryOffsets))
        ordered.sort { ($0.0.location.offset, $0.0.name, $0.1) < ($1.0.location.offset, $1.0.name, $1.1) }
        var kept: [ComposeVariableReference] = []
        kept.reserveCapacity(ordered.count)
        for (reference, _) in ordered {
            if let last = kept.last, last.location.offset == reference.location.offset, last.name == reference.name { continue }
            kept.append(reference)
        }
        return kept
    }

    /// The tree as written, before interpolation. Only the interpolated tree is kept, so this
    /// loads the file again on each call (keys and places are the same in `root`).
    public var rawRoot: YAMLNode? {
        let document = YAMLLoader.load(source)
        return document.roots.count > 1 ? ComposeMerge.merge(document.roots) : document.root
    }

    /// The references written between two byte offsets of the file (binary search).
    public func references(in range: Range<Int>) -> ArraySlice<ComposeVariableReference> {
        var low = 0, high = references.count
        while low < high {
            let middle = (low + high) / 2
            if references[middle].location.offset < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < references.count, references[end].location.offset < range.upperBound { end += 1 }
        return references[low..<end]
    }
}
