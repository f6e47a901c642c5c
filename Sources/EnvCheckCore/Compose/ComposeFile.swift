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
        self.init(source: source, document: YAMLLoader.load(source), lookup: lookup)
    }

    /// Loads and interpolates a compose file whose parse has already started.
    public init(parsedAhead: YAMLParseAhead, lookup: (String) -> [UInt8]?) {
        self.init(source: parsedAhead.source, document: YAMLLoader.load(parsedAhead), lookup: lookup)
    }

    private init(source: SourceFile, document loaded: YAMLLoader.Document, lookup: (String) -> [UInt8]?) {
        PhaseTimings.end("compose YAML")
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
        var (references, errors) = withoutActuallyEscaping(lookup) { lookup in
            var interpolation = ComposeInterpolation(source: source, lookup: lookup)
            interpolation.interpolate(&interpolated)
            return (interpolation.references, interpolation.errors)
        }
        root = interpolated
        // In document order, each place once (an alias repeats the nodes of its anchor): the first
        // of each run of equal places is kept, moved forward in place rather than copied.
        references.sort { ($0.location.offset, $0.name) < ($1.location.offset, $1.name) }
        var kept = 0
        for index in references.indices {
            if kept > 0, references[kept - 1].location.offset == references[index].location.offset,
               references[kept - 1].name == references[index].name { continue }
            references.swapAt(kept, index)
            kept += 1
        }
        references.removeLast(references.count - kept)
        self.references = references
        interpolationErrors = errors
        PhaseTimings.end("compose interpolation")
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
