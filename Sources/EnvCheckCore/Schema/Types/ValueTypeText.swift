/// Small text helpers shared by the value types' messages.
enum ValueTypeText {
    /// A number as a person writes it: `3` rather than `3.0`, otherwise Swift's shortest form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// "Must be between a and b" / "Must be at least a" / "Must be at most b".
    static func range(min: String?, max: String?) -> String {
        switch (min, max) {
        case let (min?, max?): "Must be between \(min) and \(max)"
        case let (min?, nil): "Must be at least \(min)"
        case let (nil, max?): "Must be at most \(max)"
        case (nil, nil): "Out of range"
        }
    }

    /// A list of allowed values for a message: `a, b or c`, at most `limit` items then `…`.
    static func choices(_ values: [String], limit: Int = 12) -> String {
        guard values.count > 1 else { return values.first ?? "" }
        if values.count > limit { return values.prefix(limit).joined(separator: ", ") + ", …" }
        return values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]
    }
}
