extension TextEdit {
    /// Applies non-overlapping edits to bytes (edits are sorted here; overlapping ones are a bug).
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            precondition(edit.range.lowerBound >= cursor, "overlapping edits")
            result += bytes[cursor..<edit.range.lowerBound]
            result += edit.replacement
            cursor = edit.range.upperBound
        }
        result += bytes[cursor...]
        return result
    }
}
