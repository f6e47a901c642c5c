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

    /// Resolves `file` against `environment`. `earlier` holds values set before this file (by
    /// earlier `env_file`s of a service): interpolation sees them after the environment, and the
    /// file's own keys replace them as it goes, as compose's shared map does.
    public init(file: EnvFile, environment: ProcessEnvironment, earlier: [String: [UInt8]] = [:]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(file.statements.count)
        var variables: [ResolvedVariable] = []
        var entries: [Entry] = []
        entries.reserveCapacity(file.statements.count)
        let path = file.source.path
        func record(_ key: String, _ value: [UInt8], _ provenance: Provenance) {
            if let existing = index[key] {
                variables[existing].value = value
                variables[existing].provenance.append(provenance)
            } else {
                index[key] = variables.count
                variables.append(ResolvedVariable(name: key, value: value, provenance: [provenance]))
            }
        }
        for (position, statement) in file.statements.enumerated() {
            var entry = Entry(statementIndex: position, value: nil, interpolation: nil)
            switch statement {
            case .inherited(let inherited):
                if let value = environment[inherited.key] {
                    entry.value = value
                    record(inherited.key, value, .processEnvironment)
                }
            case .assignment(let assignment):
                var value = assignment.template
                if assignment.isInterpolated, value.contains(Ascii.dollar) {
                    // The process environment first, then this file's earlier keys, then earlier files.
                    let result = Interpolator.expand(value) { name in
                        environment[name] ?? index[name].map { variables[$0].value } ?? earlier[name]
                    }
                    if !result.references.isEmpty || !result.errors.isEmpty { entry.interpolation = result }
                    value = result.value
                    if failure == nil, let error = result.errors.first {
                        failure = Failure(message: Self.describe(error, key: assignment.key),
                                          range: Self.fileRange(of: error.range, in: assignment))
                    }
                }
                entry.value = value
                let line = file.source.lineIndex(of: assignment.keyRange.lowerBound) + 1
                record(assignment.key, value, .file(path: path, line: line))
            }
            entries.append(entry)
        }
        self.entries = entries
        self.variables = variables
        if let syntax = file.syntaxErrors.first, failure.map({ $0.range.lowerBound > syntax.range.lowerBound }) ?? true {
            failure = Failure(message: syntax.message, range: syntax.range)
        }
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
