extension Interpolator {
    /// Expands the template most values hold: one reference with text around it —
    /// `$NAME`, `${NAME}` or `${NAME<op>argument}` — with no other `$`, and after it no other brace
    /// and no line break; nil for any other template (the general expansion handles it). The result is exactly
    /// the general expansion's: compose's brace rules have nothing to decide with one `{` and one
    /// `}`, and an argument without `$` expands to itself. (`InterpolatorTests` holds the two to
    /// the same results over thousands of generated templates.)
    static func expandSingleReference(_ template: UnsafeBufferPointer<UInt8>, sliceLookup lookup: SliceLookup) -> Result? {
        guard let dollar = uniqueDollar(in: template) else { return nil }
        let count = template.count
        let nameStart = dollar + (dollar + 1 < count && template[dollar + 1] == Ascii.openBrace ? 2 : 1)
        guard nameStart < count, Ascii.isNameStart(template[nameStart]) else { return nil }
        var nameEnd = nameStart + 1
        while nameEnd < count, Ascii.isNameContinue(template[nameEnd]) { nameEnd += 1 }
        // A non-ASCII byte may continue the name (Go's case folding): the general path decides.
        guard nameEnd == count || template[nameEnd] < 0x80 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: template[nameStart..<nameEnd]), as: UTF8.self)

        guard nameStart == dollar + 2 else {
            // `$NAME`: braces and line breaks elsewhere play no part.
            let value = lookup(name)
            return single(template, replacing: dollar..<nameEnd, with: value ?? [],
                          reference: VariableReference(name: name, range: dollar..<nameEnd, isBraced: false, op: nil,
                                                       isDefined: value != nil))
        }
        // `${…`: the rest must hold one `}` and no `{` or line break.
        var closing = -1
        for index in nameEnd..<count {
            switch template[index] {
            case Ascii.closeBrace:
                guard closing < 0 else { return nil }
                closing = index
            case Ascii.openBrace, Ascii.newline: return nil
            default: continue
            }
        }
        guard closing >= nameEnd else { return nil }
        let range = dollar..<closing + 1
        let value = lookup(name)
        guard closing > nameEnd else {
            return single(template, replacing: range, with: value ?? [],
                          reference: VariableReference(name: name, range: range, isBraced: true, op: nil, isDefined: value != nil))
        }
        let hasColon = template[nameEnd] == Ascii.colon
        let opIndex = nameEnd + (hasColon ? 1 : 0)
        guard opIndex < closing, let op = op(template[opIndex], colon: hasColon) else { return nil }
        let argument = UnsafeBufferPointer(rebasing: template[(opIndex + 1)..<closing])
        let reference = VariableReference(name: name, range: range, isBraced: true, op: op, isDefined: value != nil)
        switch op {
        case .defaultIfUnsetOrEmpty:
            if let value, !value.isEmpty { return single(template, replacing: range, with: value, reference: reference) }
            return single(template, replacing: range, with: argument, reference: reference)
        case .defaultIfUnset:
            if let value { return single(template, replacing: range, with: value, reference: reference) }
            return single(template, replacing: range, with: argument, reference: reference)
        case .alternativeIfSetAndNotEmpty:
            if let value, !value.isEmpty { return single(template, replacing: range, with: argument, reference: reference) }
            return single(template, replacing: range, with: [], reference: reference)
        case .alternativeIfSet:
            if value != nil { return single(template, replacing: range, with: argument, reference: reference) }
            return single(template, replacing: range, with: [], reference: reference)
        case .requiredNotEmpty, .required:
            if let value, op == .required || !value.isEmpty {
                return single(template, replacing: range, with: value, reference: reference)
            }
            var result = single(template, replacing: range, with: [], reference: reference)
            result.errors = [InterpolationError(kind: .requiredMissing, range: range, variable: name)]
            return result
        }
    }

    /// The index of the template's only `$`; nil when it has none or several.
    private static func uniqueDollar(in template: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = template.firstIndex(of: Ascii.dollar),
              !template[(first + 1)...].contains(Ascii.dollar) else { return nil }
        return first
    }

    /// The template with `range` replaced by `replacement`, and its one reference.
    private static func single<Replacement: Collection<UInt8>>(
        _ template: UnsafeBufferPointer<UInt8>, replacing range: Range<Int>, with replacement: Replacement,
        reference: VariableReference
    ) -> Result {
        var value: [UInt8] = []
        value.reserveCapacity(template.count - range.count + replacement.count)
        value.append(contentsOf: template[..<range.lowerBound])
        value.append(contentsOf: replacement)
        value.append(contentsOf: template[range.upperBound...])
        return Result(value: value, references: [reference], errors: [])
    }
}
