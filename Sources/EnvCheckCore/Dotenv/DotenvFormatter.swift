/// Writes variables as JSON or as a `.env` that docker compose reads back to the same values.
public enum DotenvFormatter {
    /// A JSON object, keys in the given order.
    public static func json(_ variables: [(String, String)]) -> String {
        guard !variables.isEmpty else { return "{}\n" }
        let body = variables.map { "  \(JSONText.quote($0.0)): \(JSONText.quote($0.1))" }.joined(separator: ",\n")
        return "{\n" + body + "\n}\n"
    }

    /// A JSON object of services, each an object of variables.
    public static func json(services: [(String, [(String, String)])]) -> String {
        guard !services.isEmpty else { return "{}\n" }
        let body = services.map { name, variables in
            let inner = variables.map { "    \(JSONText.quote($0.0)): \(JSONText.quote($0.1))" }.joined(separator: ",\n")
            return "  \(JSONText.quote(name)): " + (variables.isEmpty ? "{}" : "{\n" + inner + "\n  }")
        }.joined(separator: ",\n")
        return "{\n" + body + "\n}\n"
    }

    /// `KEY=value` lines, quoted so compose reads exactly `value` back.
    public static func dotenv(_ variables: [(String, String)]) -> String {
        variables.map { "\($0.0)=\(quote($0.1))\n" }.joined()
    }

    /// The shortest spelling compose reads as `value`: bare when every character is plain,
    /// single quotes when there is no `'`, else double quotes with escapes.
    public static func quote(_ value: String) -> String {
        if !value.isEmpty, value.utf8.allSatisfy(isPlain) { return value }
        if !value.contains("'") && !value.contains("\\") { return "'" + value + "'" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "$": out += "\\$"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
             UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="):
            true
        default:
            false
        }
    }
}

/// Minimal JSON string quoting, without Foundation: the one JSON string escaper of the project.
public enum JSONText {
    /// `value` as a JSON string literal: `"` and `\` escaped, `\n \r \t` by name, other control
    /// characters, DEL, and U+2028 / U+2029 (which break JavaScript) as `\uXXXX`.
    public static func quote(_ value: String) -> String {
        // Fast path: nothing to escape (no quote, backslash, control byte, DEL, or E2 80 A8/A9).
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            return "\"" + value + "\""
        }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
