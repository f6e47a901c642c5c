/// Writes a `JSONValue` as pretty JSON: two-space indentation, members in their given order, a
/// container of scalars on one line when it fits, and a final newline. The same value always
/// gives the same bytes.
public enum JSONWriter {
    /// The widest a container may be to stay on one line.
    static let inlineWidth = 80

    /// `value` as pretty JSON text ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    /// `value` as compact JSON text (no spaces, no newline).
    public static func compact(_ value: JSONValue) -> String {
        switch value {
        case .array(let elements):
            return "[" + elements.map(compact).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { JSONText.quote($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        default:
            return scalar(value)
        }
    }

    /// A number as JSON: whole values without a fraction, others in Swift's shortest form;
    /// `null` for infinities and NaN, which JSON cannot spell.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .array(let elements):
            if let line = inline(value, indent: indent) { return out += line }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += spaces(indent + 1)
                write(element, indent: indent + 1, into: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += spaces(indent) + "]"
        case .object(let members):
            if let line = inline(value, indent: indent) { return out += line }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += spaces(indent + 1) + JSONText.quote(member.key) + ": "
                write(member.value, indent: indent + 1, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += spaces(indent) + "}"
        default:
            out += scalar(value)
        }
    }

    /// A container on one line (`[]`, `{}`, or scalars and containers of scalars, short enough), else nil.
    private static func inline(_ value: JSONValue, indent: Int) -> String? {
        guard let line = oneLine(value, nested: true) else { return nil }
        return line.count <= 2 || fits(line, indent: indent) ? line : nil
    }

    /// The one-line spelling of a scalar, or of a container whose elements are scalars (or, when
    /// `nested`, containers of scalars).
    private static func oneLine(_ value: JSONValue, nested: Bool) -> String? {
        switch value {
        case .array(let elements):
            var parts: [String] = []
            for element in elements {
                guard let part = isScalar(element) ? scalar(element) : nested ? oneLine(element, nested: false) : nil else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let members):
            var parts: [String] = []
            for member in members {
                let value = member.value
                guard let part = isScalar(value) ? scalar(value) : nested ? oneLine(value, nested: false) : nil else { return nil }
                parts.append(JSONText.quote(member.key) + ": " + part)
            }
            return "{" + parts.joined(separator: ", ") + "}"
        default:
            return scalar(value)
        }
    }

    private static func fits(_ line: String, indent: Int) -> Bool {
        indent * 2 + line.unicodeScalars.count <= inlineWidth
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let integer): String(integer)
        case .number(let double): number(double)
        case .string(let text): JSONText.quote(text)
        case .array, .object: compact(value)
        }
    }

    private static func spaces(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }
}
