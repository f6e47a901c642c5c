extension DotenvResolution {
    /// The final variables, in the order they were first set, each with every place that set it.
    /// Made on first use (checks never need it) and kept.
    public var variables: [ResolvedVariable] {
        variablesCache.value { variables(inSlot: nil) }
    }

    /// The final value of each variable, by name: what `variables` holds, without where each value
    /// came from (compose's project environment needs only the values).
    public var finalValues: [String: [UInt8]] {
        let file = entries.file
        var values = [String: [UInt8]](minimumCapacity: slotSetters.count)
        for index in file.summaries.indices {
            guard let value = entries.value(setBy: index) else { continue }
            values[file.key(at: index)] = value
        }
        return values
    }

    /// The final value of `name`, if the file sets it.
    public func value(of name: String) -> ResolvedVariable? {
        var slots = keySlots
        guard let slot = slots.slot(named: name), slotSetters[slot] >= 0 else { return nil }
        return variables(inSlot: slot).first
    }

    /// The variables of every slot (`nil`) or of one, replaying the statements in order as compose
    /// does: each statement that gives its key a value replaces the value and adds its provenance.
    private func variables(inSlot only: Int?) -> [ResolvedVariable] {
        let file = entries.file
        let path = file.source.path
        let lineStarts = file.source.lineStarts
        var position = [Int32](repeating: -1, count: slotSetters.count)
        var result: [ResolvedVariable] = []
        var line = 0
        for (index, summary) in file.summaries.enumerated() {
            let slot = Int(statementSlots[index])
            if let only, slot != only { continue }
            let provenance: Provenance
            if summary.isAssignment {
                // Statements come in file order, so the line moves forward only.
                let offset = summary.keyRange.lowerBound
                while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
                provenance = .file(path: path, line: line + 1)
            } else {
                provenance = .processEnvironment
            }
            guard let value = entries.value(setBy: index) else { continue }
            if position[slot] >= 0 {
                result[Int(position[slot])].value = value
                result[Int(position[slot])].appendProvenance(provenance)
            } else {
                position[slot] = Int32(result.count)
                result.append(ResolvedVariable(name: file.key(at: index), value: value, provenance: provenance))
            }
        }
        return result
    }
}
