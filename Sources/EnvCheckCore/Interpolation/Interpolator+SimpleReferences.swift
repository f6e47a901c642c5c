extension Interpolator {
    /// Expands the templates most values hold: text with references that are each `$NAME`,
    /// `${NAME}` or `${NAME<op>argument}` with an argument free of `$`, `{` and line breaks (and
    /// no `$$`); nil for any other template (the general expansion handles it). The result is
    /// exactly the general expansion's: with such arguments, compose's brace rules close each
    /// reference at its own `}`, and an argument without `$` expands to itself.
    /// (`InterpolatorSimpleReferencesTests` holds the two to the same results over thousands of
    /// generated templates.)
    static func expandSimpleReferences(_ template: UnsafeBufferPointer<UInt8>, sliceLookup lookup: SliceLookup) -> Result? {
        let count = template.count
        var value: [UInt8] = []
        value.reserveCapacity(count + 16)
        var references: [VariableReference] = []
        var errors: [InterpolationError] = []
        var index = 0
        while index < count {
            guard let dollar = template[index...].firstIndex(of: Ascii.dollar) else {
                value.append(contentsOf: template[index...])
                break
            }
            value.append(contentsOf: template[index..<dollar])
            guard let reference = simpleReference(in: template, at: dollar) else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: template[reference.name]), as: UTF8.self)
            let found = lookup(name)
            references.append(VariableReference(name: name, range: dollar..<reference.end,
                                                isBraced: reference.isBraced, op: reference.op, isDefined: found != nil))
            if !appendExpansion(of: reference.op, value: found, argument: template[reference.argument], to: &value) {
                errors.append(InterpolationError(kind: .requiredMissing, range: dollar..<reference.end, variable: name))
            }
            index = reference.end
        }
        return Result(value: value, references: references, errors: errors)
    }

    /// Where the parts of a simple reference are in its template.
    private struct SimpleReference {
        var name: Range<Int>
        var op: SubstitutionOperator?
        var argument: Range<Int>
        var isBraced: Bool
        var end: Int
    }

    /// The simple reference at `dollar` (see `expandSimpleReferences`); nil for anything else.
    private static func simpleReference(in template: UnsafeBufferPointer<UInt8>, at dollar: Int) -> SimpleReference? {
        let count = template.count
        let isBraced = dollar + 1 < count && template[dollar + 1] == Ascii.openBrace
        let nameStart = dollar + (isBraced ? 2 : 1)
        guard nameStart < count, Ascii.isNameStart(template[nameStart]) else { return nil }
        var nameEnd = nameStart + 1
        while nameEnd < count, Ascii.isNameContinue(template[nameEnd]) { nameEnd += 1 }
        // A non-ASCII byte may continue the name (Go's case folding): the general path decides.
        guard nameEnd == count || template[nameEnd] < 0x80 else { return nil }
        let name = nameStart..<nameEnd
        guard isBraced else { return SimpleReference(name: name, op: nil, argument: nameEnd..<nameEnd, isBraced: false, end: nameEnd) }
        guard nameEnd < count else { return nil }
        if template[nameEnd] == Ascii.closeBrace {
            return SimpleReference(name: name, op: nil, argument: nameEnd..<nameEnd, isBraced: true, end: nameEnd + 1)
        }
        let hasColon = template[nameEnd] == Ascii.colon
        let opIndex = nameEnd + (hasColon ? 1 : 0)
        guard opIndex < count, let op = op(template[opIndex], colon: hasColon) else { return nil }
        var closing = opIndex + 1
        while closing < count {
            switch template[closing] {
            case Ascii.closeBrace:
                return SimpleReference(name: name, op: op, argument: (opIndex + 1)..<closing, isBraced: true, end: closing + 1)
            case Ascii.openBrace, Ascii.dollar, Ascii.newline: return nil
            default: closing += 1
            }
        }
        return nil
    }
}
