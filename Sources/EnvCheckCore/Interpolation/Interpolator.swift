/// Expands `$VAR`, `${VAR}` and `${VAR<op>arg}` exactly as docker compose's template package
/// does, over bytes, in one left-to-right pass.
///
/// compose's quirks are kept on purpose: names match `[_A-Za-z][_A-Za-z0-9]*`; a `$` before
/// anything else is literal; `$$` is one `$`; a braced substitution with an operator extends to
/// the last `}` of its line and is then cut at the first balanced brace (counting `{` skips the
/// byte after it); arguments are expanded even when unused, so an error inside an unused default
/// still fails.
public struct Interpolator {
    /// Looks a variable up: its bytes, or `nil` when unset.
    public typealias Lookup = (String) -> [UInt8]?
    /// Looks a variable up: its bytes as a slice of some array (no copy for the caller to make),
    /// or `nil` when unset.
    typealias SliceLookup = (String) -> ArraySlice<UInt8>?

    /// The result of expanding one template.
    public struct Result: Sendable {
        /// The expanded bytes (meaningless when `errors` is not empty: compose refuses the file).
        public var value: [UInt8]
        /// Every reference met, in order, nested ones included.
        public var references: [VariableReference]
        /// Every error met; compose reports the first.
        public var errors: [InterpolationError]
    }

    /// How deep nested defaults may go before envcheck gives up (compose has no limit, but a
    /// hostile file must not exhaust the stack).
    public static let maximumNesting = 64

    private let template: [UInt8]
    private let lookup: SliceLookup
    private var references: [VariableReference] = []
    private var errors: [InterpolationError] = []
    private var cachedLine: (start: Int, end: Int, lastBrace: Int?)?

    private init(template: [UInt8], lookup: @escaping SliceLookup) {
        self.template = template
        self.lookup = lookup
    }

    /// Expands `template`, looking variables up with `lookup`.
    public static func expand(_ template: [UInt8], lookup: Lookup) -> Result {
        expand(template, sliceLookup: { lookup($0).map { $0[...] } })
    }

    /// Expands the UTF-8 of `template`, read in place.
    public static func expand(_ template: String, lookup: Lookup) -> Result {
        var text = template
        let simple = text.withUTF8 { expandSimpleReferences($0, sliceLookup: { lookup($0).map { $0[...] } }) }
        return simple ?? expandInGeneral(Array(template.utf8), sliceLookup: { lookup($0).map { $0[...] } })
    }

    /// Expands `template`, looking variables up with `sliceLookup`.
    static func expand(_ template: [UInt8], sliceLookup lookup: SliceLookup) -> Result {
        guard template.contains(UInt8(ascii: "$")) else {
            return Result(value: template, references: [], errors: [])
        }
        if let simple = template.withUnsafeBufferPointer({ expandSimpleReferences($0, sliceLookup: lookup) }) { return simple }
        return expandInGeneral(template, sliceLookup: lookup)
    }

    /// Expands `template` with compose's full rules (any number of references, nesting, quirks).
    static func expandInGeneral(_ template: [UInt8], sliceLookup lookup: SliceLookup) -> Result {
        withoutActuallyEscaping(lookup) { lookup in
            var interpolator = Interpolator(template: template, lookup: lookup)
            let value = interpolator.substitute(0..<template.count, depth: 0)
            return Result(value: value, references: interpolator.references, errors: interpolator.errors)
        }
    }

    private mutating func substitute(_ range: Range<Int>, depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        let hi = range.upperBound
        while i < hi {
            // Copy the run of bytes up to the next `$` at once.
            let dollar = ByteSearch.firstIndex(of: Ascii.dollar, in: template, i..<hi)
            if dollar > i {
                out.append(contentsOf: template[i..<dollar])
                i = dollar
                if i == hi { break }
            }
            let byte = template[i]
            guard i + 1 < hi else {
                out.append(byte)
                i += 1
                continue
            }
            let next = template[i + 1]
            if next == Ascii.dollar {
                out.append(Ascii.dollar)
                i += 2
            } else if case let width = Ascii.nameWidth(template, at: i + 1, end: hi, digits: false), width > 0 {
                let end = nameEnd(from: i + 1 + width, hi: hi)
                resolveName(i + 1..<end, whole: i..<end, braced: false, into: &out)
                i = end
            } else if next == Ascii.openBrace {
                i = substituteBraced(at: i, hi: hi, depth: depth, into: &out)
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    /// Handles `${` at `start`; returns where scanning continues.
    private mutating func substituteBraced(at start: Int, hi: Int, depth: Int, into out: inout [UInt8]) -> Int {
        let nameStart = start + 2
        guard nameStart < hi, case let width = Ascii.nameWidth(template, at: nameStart, end: hi, digits: false), width > 0 else {
            return invalid(at: start)
        }
        let nameEnd = nameEnd(from: nameStart + width, hi: hi)
        if nameEnd < hi, template[nameEnd] == Ascii.closeBrace {
            resolveName(nameStart..<nameEnd, whole: start..<nameEnd + 1, braced: true, into: &out)
            return nameEnd + 1
        }
        var opEnd = nameEnd
        let hasColon = opEnd < hi && template[opEnd] == Ascii.colon
        if hasColon { opEnd += 1 }
        guard opEnd < hi, let op = Self.op(template[opEnd], colon: hasColon) else {
            return invalid(at: start)
        }
        let argStart = opEnd + 1
        guard let lastBrace = lastClosingBrace(from: argStart, below: hi, depth: depth) else {
            return invalid(at: start)
        }
        let closing = firstBalancedBrace(from: start, through: lastBrace)
        let argEnd = closing ?? lastBrace
        guard depth < Self.maximumNesting else {
            errors.append(InterpolationError(kind: .nestedTooDeeply, range: start..<argEnd + 1))
            return lastBrace + 1
        }
        let argument = substitute(argStart..<argEnd, depth: depth + 1)
        let name = String(decoding: template[nameStart..<nameEnd], as: UTF8.self)
        let value = lookup(name)
        references.append(VariableReference(
            name: name, range: start..<argEnd + 1, isBraced: true, op: op, isDefined: value != nil))
        apply(op, value: value, argument: argument, name: name, range: start..<argEnd + 1, into: &out)
        // compose expands the text after the balanced brace separately; scanning on is equivalent,
        // because no `}` lies between `lastBrace` and the end of the line.
        return closing.map { $0 + 1 } ?? lastBrace + 1
    }

    /// The end of a variable name whose first character ends at `index`.
    private func nameEnd(from index: Int, hi: Int) -> Int {
        var end = index
        while end < hi, case let width = Ascii.nameWidth(template, at: end, end: hi, digits: true), width > 0 { end += width }
        return end
    }

    /// Appends what `${name<op>argument}` expands to.
    private mutating func apply(
        _ op: SubstitutionOperator, value: ArraySlice<UInt8>?, argument: [UInt8], name: String, range: Range<Int>,
        into out: inout [UInt8]
    ) {
        if !Self.appendExpansion(of: op, value: value, argument: argument, to: &out) {
            errors.append(InterpolationError(kind: .requiredMissing, range: range, variable: name))
        }
    }

    /// Appends what a reference with `op` expands to, given its variable's `value` (nil when unset)
    /// and its expanded `argument`; false, appending nothing, when a required variable is missing.
    static func appendExpansion<Argument: Collection<UInt8>>(
        of op: SubstitutionOperator?, value: ArraySlice<UInt8>?, argument: Argument, to out: inout [UInt8]
    ) -> Bool {
        switch op {
        case nil:
            if let value { out += value }
        case .defaultIfUnsetOrEmpty?:
            if let value, !value.isEmpty { out += value } else { out += argument }
        case .defaultIfUnset?:
            if let value { out += value } else { out += argument }
        case .alternativeIfSetAndNotEmpty?:
            if let value, !value.isEmpty { out += argument }
        case .alternativeIfSet?:
            if value != nil { out += argument }
        case .requiredNotEmpty?, .required?:
            guard let value, op == .required || !value.isEmpty else { return false }
            out += value
        }
        return true
    }

    /// Appends the value of `$name` / `${name}` (nothing when unset).
    private mutating func resolveName(_ nameRange: Range<Int>, whole: Range<Int>, braced: Bool, into out: inout [UInt8]) {
        let name = String(decoding: template[nameRange], as: UTF8.self)
        let value = lookup(name)
        references.append(VariableReference(
            name: name, range: whole, isBraced: braced, op: nil, isDefined: value != nil))
        if let value { out += value }
    }

    private mutating func invalid(at start: Int) -> Int {
        errors.append(InterpolationError(kind: .invalidTemplate, range: start..<start + 2))
        return start + 2
    }

    static func op(_ byte: UInt8, colon: Bool) -> SubstitutionOperator? {
        switch byte {
        case UInt8(ascii: "-"): colon ? .defaultIfUnsetOrEmpty : .defaultIfUnset
        case UInt8(ascii: "+"): colon ? .alternativeIfSetAndNotEmpty : .alternativeIfSet
        case UInt8(ascii: "?"): colon ? .requiredNotEmpty : .required
        default: nil
        }
    }

    /// The last `}` at or after `from`, before the end of its line and before `hi`: where
    /// compose's greedy `(.*)}` stops.
    private mutating func lastClosingBrace(from: Int, below hi: Int, depth: Int) -> Int? {
        if depth == 0 {
            let line = lineInfo(containing: from, hi: hi)
            guard let last = line.lastBrace, last >= from else { return nil }
            return last
        }
        // Nested ranges never contain a line break: they lie inside one match.
        var index = hi - 1
        while index >= from {
            if template[index] == Ascii.closeBrace { return index }
            index -= 1
        }
        return nil
    }

    private mutating func lineInfo(containing offset: Int, hi: Int) -> (start: Int, end: Int, lastBrace: Int?) {
        if let cached = cachedLine, offset >= cached.start, offset < cached.end { return cached }
        var start = offset
        while start > 0, template[start - 1] != Ascii.newline { start -= 1 }
        var end = offset
        var lastBrace: Int?
        while end < hi, template[end] != Ascii.newline {
            if template[end] == Ascii.closeBrace { lastBrace = end }
            end += 1
        }
        let info = (start: start, end: max(end, offset + 1), lastBrace: lastBrace)
        cachedLine = info
        return info
    }

    /// compose's `getFirstBraceClosingIndex`: the `}` that balances the braces from `start`, where
    /// an opening `{` also skips the byte after it.
    private func firstBalancedBrace(from start: Int, through last: Int) -> Int? {
        var open = 0
        var index = start
        while index <= last {
            let byte = template[index]
            if byte == Ascii.closeBrace {
                open -= 1
                if open == 0 { return index }
            }
            if byte == Ascii.openBrace {
                open += 1
                index += 1
            }
            index += 1
        }
        return nil
    }
}
