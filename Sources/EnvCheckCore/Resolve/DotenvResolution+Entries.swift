extension DotenvResolution {
    /// What each statement produced, in file order: made from the file and the expansions when an
    /// entry is read, so resolving a large file keeps no value or entry per statement.
    public struct Entries: RandomAccessCollection, Sendable {
        /// The resolved file.
        let file: EnvFile
        /// The environment it was resolved against (the values of bare keys).
        let environment: ProcessEnvironment
        /// Per statement, its index in `expansions`, or -1 when its template has no `$` to expand.
        let expansionOf: [Int32]
        /// The interpolation of each statement whose template was expanded.
        let expansions: [Interpolator.Result]

        /// The index of the first entry.
        public var startIndex: Int { 0 }
        /// One past the index of the last entry.
        public var endIndex: Int { expansionOf.count }

        /// The entry of statement `index`.
        public subscript(index: Int) -> Entry {
            let expansion = expansionOf[index]
            if expansion >= 0 {
                let result = expansions[Int(expansion)]
                let interpolated = !result.references.isEmpty || !result.errors.isEmpty
                return Entry(statementIndex: index, value: result.value, interpolation: interpolated ? result : nil)
            }
            return Entry(statementIndex: index, value: value(setBy: index), interpolation: nil)
        }

        /// The references met expanding statement `index` (empty when it was not interpolated):
        /// `self[index].interpolation?.references ?? []`, without making the entry.
        public func references(at index: Int) -> [VariableReference] {
            let expansion = expansionOf[index]
            return expansion >= 0 ? expansions[Int(expansion)].references : []
        }

        /// The value statement `index` set: its template, its expansion, or for a bare key the
        /// environment's value (`nil` when unset).
        func value(setBy index: Int) -> [UInt8]? {
            if expansionOf[index] >= 0 { return expansions[Int(expansionOf[index])].value }
            if !file.summaries[index].isAssignment { return environment[file.key(at: index)] }
            return Array(file.template(at: index))
        }
    }
}
