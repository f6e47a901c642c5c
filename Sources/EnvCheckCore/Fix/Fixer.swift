/// Applies the safe fixes of a file until nothing more changes, and proves that no value the
/// app sees changed.
public struct Fixer: Sendable {
    /// The result of fixing one file.
    public struct Outcome: Sendable {
        /// The fixed bytes (equal to the input when nothing applied).
        public var bytes: [UInt8]
        /// How many fixes were applied in all rounds.
        public var appliedCount: Int
        /// The findings left after fixing.
        public var remaining: [Diagnostic]
        /// Whether the bytes changed.
        public var changed: Bool
    }

    /// A fix was refused because it would change what the app sees.
    public struct UnsafeChange: Error, Sendable, CustomStringConvertible {
        /// The variable whose value would change.
        public var key: String
        /// The file.
        public var path: String
        public var description: String {
            "\(path): not fixed: the fixes would change the value of \(key); fix it by hand"
        }
    }

    /// The engine whose safe fixes are applied.
    public let engine: LintEngine
    /// How many lint-and-fix rounds run at most.
    public static let maximumRounds = 8

    /// Creates a fixer.
    public init(engine: LintEngine) {
        self.engine = engine
    }

    /// Fixes a file; throws when the result would change any resolved value.
    public func fix(_ source: SourceFile, environment: ProcessEnvironment) throws(UnsafeChange) -> Outcome {
        let original = LintContext(file: EnvFile(source: source), environment: environment)
        var bytes = source.bytes
        var context = original
        var diagnostics = engine.lint(context)
        var applied = 0
        for _ in 0..<Self.maximumRounds {
            let edits = Self.nonOverlappingEdits(of: diagnostics)
            guard edits.fixes > 0 else { break }
            bytes = TextEdit.apply(edits.edits, to: bytes)
            applied += edits.fixes
            context = LintContext(file: EnvFile(source: SourceFile(path: source.path, bytes: bytes)), environment: environment)
            diagnostics = engine.lint(context)
        }
        if bytes != source.bytes, let key = Self.changedKey(from: original.resolution, to: context.resolution) {
            throw UnsafeChange(key: key, path: source.path)
        }
        return Outcome(bytes: bytes, appliedCount: applied, remaining: diagnostics, changed: bytes != source.bytes)
    }

    /// The safe fixes' edits, first come first served, skipping any that overlap one taken.
    static func nonOverlappingEdits(of diagnostics: [Diagnostic]) -> (edits: [TextEdit], fixes: Int) {
        var taken: [TextEdit] = []
        var count = 0
        for fix in diagnostics.compactMap(\.fix) where fix.isSafe && !fix.edits.isEmpty {
            let overlaps = fix.edits.contains { edit in taken.contains { conflict(edit.range, $0.range) } }
            let sorted = fix.edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
            let selfOverlapping = zip(sorted, sorted.dropFirst()).contains { conflict($0.range, $1.range) }
            guard !overlaps, !selfOverlapping else { continue }
            taken += fix.edits
            count += 1
        }
        return (taken, count)
    }

    /// Two edits conflict when their ranges overlap, when an insertion falls strictly inside a
    /// replaced range, or when both insert at the same place (their order would be a guess).
    static func conflict(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.overlaps(b)
    }

    /// The first key whose final value differs, or that appears or disappears.
    static func changedKey(from before: DotenvResolution, to after: DotenvResolution) -> String? {
        if before.failure == nil, after.failure != nil { return "the file (compose would reject it)" }
        let old = Dictionary(before.variables.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        let new = Dictionary(after.variables.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        for (key, value) in old where new[key] != value { return key }
        for key in new.keys where old[key] == nil { return key }
        return nil
    }
}
