/// The values a `.env` file gives, computed as docker compose computes them: statements in order,
/// each interpolated with the process environment first, then the keys set earlier in the file.
public struct DotenvResolution: Sendable {
    /// What one statement produced.
    public struct Entry: Sendable {
        /// The index of the statement in `EnvFile.statements`.
        public var statementIndex: Int
        /// The value it set, or `nil` (an inherited key that is not in the environment).
        public var value: [UInt8]?
        /// The interpolation, for unquoted and double-quoted values that contain `$`.
        public var interpolation: Interpolator.Result?
    }

    /// Why compose refuses the file: the first error in file order.
    public struct Failure: Sendable, Hashable {
        /// What went wrong (no value inside).
        public var message: String
        /// Where, in file bytes.
        public var range: Range<Int>
    }

    /// One entry per statement, made when it is read.
    public let entries: Entries
    /// The first error compose would stop at, if any.
    public private(set) var failure: Failure?
    /// The indices of the statements whose entry has an `interpolation`, in file order (rules
    /// about substitutions look at these only).
    public private(set) var interpolatedStatements: [Int] = []
    /// The indices of the statements whose key (empty keys included) is also the key of another
    /// statement of the file, set or not, in file order.
    public private(set) var statementsWithRepeatedKeys: [Int] = []
    /// Every key of the file and its slot.
    let keySlots: KeySlots
    /// The slot of each statement's key.
    let statementSlots: [Int32]
    /// Per slot, the last statement that gave it a value, or -1.
    let slotSetters: [Int32]
    /// `variables`, once made.
    let variablesCache = MadeOnce<[ResolvedVariable]>()

    /// Resolves `file` against `environment`. `earlier` holds values set before this file (by
    /// earlier `env_file`s of a service): interpolation sees them after the environment, and the
    /// file's own keys replace them as it goes, as compose's shared map does.
    public init(file: EnvFile, environment: ProcessEnvironment, earlier: [String: [UInt8]] = [:]) {
        let count = file.summaries.count
        // Every key of the file gets a slot (one hash of its bytes per statement): the statement
        // that last set it, and how many statements name it.
        var slots = KeySlots(file: file)
        let statementSlots = slots.statementSlots
        var setters = [Int32](repeating: -1, count: slots.count)
        var slotStatements = [Int32](repeating: 0, count: slots.count)
        for slot in statementSlots { slotStatements[Int(slot)] += 1 }
        var expansionOf = [Int32](repeating: -1, count: count)
        var expansions: [Interpolator.Result] = []
        var interpolated: [Int] = []
        var failure: Failure?
        let hasEnvironment = !environment.variables.isEmpty
        let environmentNames = EnvironmentNameFilter(environment)
        // The value a statement set: a slice of the file (or of an escaped template), an expansion,
        // or the environment's value for a bare key.
        // The slice is not copied: interpolation appends it to its output.
        func value(setBy statement: Int) -> ArraySlice<UInt8>? {
            if expansionOf[statement] >= 0 { return expansions[Int(expansionOf[statement])].value[...] }
            if !file.summaries[statement].isAssignment { return environment[file.key(at: statement)]?[...] }
            return file.template(at: statement)
        }
        for (position, summary) in file.summaries.enumerated() {
            let keySlot = Int(statementSlots[position])
            defer { slots.noteRecent(statement: position) }
            guard summary.isAssignment else {
                if environment[file.key(at: position)] != nil { setters[keySlot] = Int32(position) }
                continue
            }
            if summary.quote != .single, file.templateMayContainDollar(at: position),
               case let template = file.template(at: position), template.contains(Ascii.dollar) {
                // The process environment first, then this file's earlier keys, then earlier files.
                let result = Interpolator.expand(Array(template), sliceLookup: { name -> ArraySlice<UInt8>? in
                    let hash = KeySlots.asciiHash(of: name)
                    if hasEnvironment, environmentNames.maySet(asciiHash: hash), let value = environment[name] { return value[...] }
                    if let slot = slots.slot(named: name, asciiHash: hash), case let setter = setters[slot], setter >= 0 {
                        return value(setBy: Int(setter))
                    }
                    return earlier[name]?[...]
                })
                if !result.references.isEmpty || !result.errors.isEmpty {
                    interpolated.append(position)
                }
                if failure == nil, let error = result.errors.first, let assignment = file.statements[position].assignment {
                    failure = Failure(message: Self.describe(error, key: assignment.key),
                                      range: Self.fileRange(of: error.range, in: assignment))
                }
                expansionOf[position] = Int32(expansions.count)
                expansions.append(result)
            }
            setters[keySlot] = Int32(position)
        }
        self.entries = Entries(file: file, environment: environment, expansionOf: expansionOf, expansions: expansions)
        self.keySlots = slots
        self.statementSlots = statementSlots
        self.slotSetters = setters
        self.interpolatedStatements = interpolated
        self.statementsWithRepeatedKeys = statementSlots.indices.filter { slotStatements[Int(statementSlots[$0])] > 1 }
        self.failure = failure
        if let syntax = file.syntaxErrors.first, failure.map({ $0.range.lowerBound > syntax.range.lowerBound }) ?? true {
            self.failure = Failure(message: syntax.message, range: syntax.range)
        }
    }

    /// The file bytes that a template range maps to.
    public static func fileRange(of templateRange: Range<Int>, in assignment: EnvAssignment) -> Range<Int> {
        let start = assignment.sourceOffset(ofTemplateIndex: templateRange.lowerBound)
        let last = assignment.sourceOffset(ofTemplateIndex: max(templateRange.lowerBound, templateRange.upperBound - 1))
        return start..<max(start + 1, last + 1)
    }

    private static func describe(_ error: InterpolationError, key: String) -> String {
        switch error.kind {
        case .invalidTemplate: "Invalid interpolation in the value of \(key)"
        case .requiredMissing: "Required variable \(error.variable ?? "") is missing a value (in \(key))"
        case .nestedTooDeeply: "Interpolation in the value of \(key) is nested too deeply"
        }
    }
}
