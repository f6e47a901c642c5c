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

    /// One entry per statement.
    public private(set) var entries: [Entry] = []
    /// The final variables, in the order their keys first appear.
    public private(set) var variables: [ResolvedVariable] = []
    /// The first error compose would stop at, if any.
    public private(set) var failure: Failure?
    /// The indices of the statements whose entry has an `interpolation`, in file order (rules
    /// about substitutions look at these only).
    public private(set) var interpolatedStatements: [Int] = []
    /// The indices of the statements whose key (empty keys included) is also the key of another
    /// statement of the file, set or not, in file order.
    public private(set) var statementsWithRepeatedKeys: [Int] = []
    /// Every key of the file to its slot. Kept, not used after `init`: a command that exits
    /// right after linting then never pays for freeing it.
    private let keySlots: [String: Int]

    /// Resolves `file` against `environment`. `earlier` holds values set before this file (by
    /// earlier `env_file`s of a service): interpolation sees them after the environment, and the
    /// file's own keys replace them as it goes, as compose's shared map does.
    public init(file: EnvFile, environment: ProcessEnvironment, earlier: [String: [UInt8]] = [:]) {
        // Every key of the file gets a slot (one hash per statement): its variable, once set,
        // and how many statements name it.
        var slots: [String: Int] = [:]
        slots.reserveCapacity(file.statements.count)
        var slotVariable: [Int] = []
        slotVariable.reserveCapacity(file.statements.count)
        var slotStatements: [Int32] = []
        slotStatements.reserveCapacity(file.statements.count)
        var statementSlots: [Int] = []
        statementSlots.reserveCapacity(file.statements.count)
        var variables: [ResolvedVariable] = []
        variables.reserveCapacity(file.statements.count)
        var entries: [Entry] = []
        entries.reserveCapacity(file.statements.count)
        var interpolated: [Int] = []
        let path = file.source.path
        let hasEnvironment = !environment.variables.isEmpty
        let lineStarts = file.source.lineStarts
        var line = 0
        func slot(of key: String) -> Int {
            let next = slotVariable.count
            var found = next
            Self.update(&slots[key, default: next]) { found = $0 }
            if found == next {
                slotVariable.append(-1)
                slotStatements.append(0)
            }
            slotStatements[found] += 1
            return found
        }
        func record(_ slot: Int, _ key: String, _ value: [UInt8], _ provenance: Provenance) {
            let existing = slotVariable[slot]
            if existing >= 0 {
                variables[existing].value = value
                variables[existing].appendProvenance(provenance)
            } else {
                slotVariable[slot] = variables.count
                variables.append(ResolvedVariable(name: key, value: value, provenance: provenance))
            }
        }
        for (position, summary) in file.summaries.enumerated() {
            var entry = Entry(statementIndex: position, value: nil, interpolation: nil)
            let key = file.key(at: position)
            guard summary.isAssignment else {
                let keySlot = slot(of: key)
                statementSlots.append(keySlot)
                if let value = environment[key] {
                    entry.value = value
                    record(keySlot, key, value, .processEnvironment)
                }
                entries.append(entry)
                continue
            }
            let template = file.template(at: position)
            var value = Array(template)
            if summary.quote != .single, template.contains(Ascii.dollar) {
                // The process environment first, then this file's earlier keys, then earlier files.
                let result = Interpolator.expand(value) { name in
                    if hasEnvironment, let value = environment[name] { return value }
                    if let slot = slots[name], case let variable = slotVariable[slot], variable >= 0 {
                        return variables[variable].value
                    }
                    return earlier[name]
                }
                if !result.references.isEmpty || !result.errors.isEmpty {
                    entry.interpolation = result
                    interpolated.append(position)
                }
                value = result.value
                if failure == nil, let error = result.errors.first, let assignment = file.statements[position].assignment {
                    failure = Failure(message: Self.describe(error, key: key),
                                      range: Self.fileRange(of: error.range, in: assignment))
                }
            }
            entry.value = value
            // Statements come in file order, so the line moves forward only.
            let offset = summary.keyRange.lowerBound
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
            let keySlot = slot(of: key)
            statementSlots.append(keySlot)
            record(keySlot, key, value, .file(path: path, line: line + 1))
            entries.append(entry)
        }
        self.keySlots = slots
        self.entries = entries
        self.variables = variables
        self.interpolatedStatements = interpolated
        self.statementsWithRepeatedKeys = statementSlots.indices.filter { slotStatements[statementSlots[$0]] > 1 }
        if let syntax = file.syntaxErrors.first, failure.map({ $0.range.lowerBound > syntax.range.lowerBound }) ?? true {
            failure = Failure(message: syntax.message, range: syntax.range)
        }
    }

    /// Runs `body` on a value in place (with `Dictionary`'s defaulted subscript: one lookup).
    private static func update<Value>(_ value: inout Value, _ body: (Value) -> Void) {
        body(value)
    }

    /// The final value of `name`, if the file sets it.
    public func value(of name: String) -> ResolvedVariable? {
        variables.first { $0.name == name }
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
