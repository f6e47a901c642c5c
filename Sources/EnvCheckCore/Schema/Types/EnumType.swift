/// `enum`: one of a fixed list of values.
///
/// The value must equal one of `values` exactly (or ignoring letter case when
/// `caseSensitive: false`; the typed value is then the spelling declared in the schema). No
/// trimming. A near miss — a different letter case, or a typo at most a third of the value's
/// length (1–3 edits) away — gets "did you mean", pointing at the first differing character.
///
/// Options: `values` (a YAML list, required, non-empty, no duplicates; a single scalar is a list
/// of one, and one with a comma is refused as a likely `values: a, b`), `caseSensitive` (`true`/`false`,
/// default `true`). → `.string`.
public struct EnumType: ValueType {
    /// `enum`.
    public static let name = "enum"
    /// `values`, `caseSensitive`.
    public static let optionKeys: Set<String> = ["values", "caseSensitive"]

    /// The allowed values, in declaration order.
    public var values: [String]
    /// Whether letter case matters.
    public var caseSensitive: Bool

    /// Creates the type from `values` and `caseSensitive`.
    public init(options: TypeOptions) throws(TypeOptionError) {
        guard let values = options.list("values"), !values.isEmpty else {
            throw TypeOptionError(key: "values", message: "values must list at least one value")
        }
        if options.lists["values"] == nil, values[0].contains(",") {
            throw TypeOptionError(key: "values", message: "values must be a YAML list (values: [a, b]), not one comma-separated string")
        }
        caseSensitive = try options.boolean("caseSensitive") ?? true
        var seen: Set<String> = []
        for value in values where !seen.insert(caseSensitive ? value : value.lowercased()).inserted {
            throw TypeOptionError(key: "values", message: "values lists \(value) twice" + (caseSensitive ? "" : " (ignoring case)"))
        }
        self.values = values
    }

    /// Matches the value against the list.
    public func parse(_ text: String) -> ValueParseResult {
        if let match = values.first(where: { caseSensitive ? $0 == text : $0.lowercased() == text.lowercased() }) {
            return .valid(.string(match))
        }
        let allowed = "Expected one of " + ValueTypeText.choices(values)
        if caseSensitive, let match = values.first(where: { $0.lowercased() == text.lowercased() }) {
            return .invalid("\(allowed); did you mean \(match) (letter case differs)", at: firstDifference(text, match))
        }
        if let suggestion = EditDistance.suggestion(for: text, among: values) {
            return .invalid("\(allowed); did you mean \(suggestion)", at: firstDifference(text, suggestion))
        }
        return .invalid(allowed, at: text.isEmpty ? nil : 0)
    }

    private func firstDifference(_ text: String, _ candidate: String) -> Int {
        caseSensitive
            ? EditDistance.commonPrefixLength(text, candidate)
            : EditDistance.commonPrefixLength(text.lowercased(), candidate.lowercased())
    }
}
