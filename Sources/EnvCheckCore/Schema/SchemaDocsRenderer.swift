/// Renders a schema's variables as a Markdown table — name, type (with its main constraint),
/// default (and per-environment defaults), when required, whether secret, description — for
/// `envcheck docs` and the README. A secret's default is never printed.
public enum SchemaDocsRenderer {
    /// The table, one row per variable in declaration order; a line break ends every row.
    public static func markdown(_ schema: Schema) -> String {
        var out = "| Variable | Type | Default | Required | Secret | Description |\n|---|---|---|---|---|---|\n"
        for spec in schema.variables {
            let cells = [code(spec.name), typeCell(spec), defaultCell(spec), requiredCell(spec.required),
                         spec.isSecret ? "yes" : "", descriptionCell(spec)]
            out += "| " + cells.map(escapingPipes).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// When a variable is required, in words: `always`, `in production`, `no`.
    public static func requiredCell(_ requirement: VariableSpec.Requirement) -> String {
        switch requirement {
        case .always: "always"
        case .never: "no"
        case .environments(let names): "in " + names.sorted().joined(separator: ", ")
        }
    }

    private static func typeCell(_ spec: VariableSpec) -> String {
        let constraint = constraintText(spec.type)
        return code(spec.typeName) + (constraint.map { " (\($0))" } ?? "")
    }

    /// The one constraint worth a reader's eye: enum values, a range, a minimum length, schemes.
    private static func constraintText(_ type: any ValueType) -> String? {
        switch type {
        case let type as EnumType:
            return type.values.joined(separator: ", ")
        case let type as IntegerType:
            return range(type.min.map(String.init), type.max.map(String.init))
        case let type as DurationType:
            return range(type.min?.text, type.max?.text)
        case let type as PortType:
            let lowest = type.allowZero ? 0 : 1
            return range(type.minimum == lowest ? nil : String(type.minimum), type.maximum == 65535 ? nil : String(type.maximum))
        case let type as StringType:
            return range(type.minLength.map { "\($0) characters" }, type.maxLength.map { "\($0) characters" })
        case let type as SecretType:
            return "≥ \(type.minLength) characters"
        case let type as URLType:
            return type.schemes.map { $0.joined(separator: ", ") }
        default:
            return nil
        }
    }

    private static func range(_ low: String?, _ high: String?) -> String? {
        switch (low, high) {
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): "≥ \(low)"
        case let (nil, high?): "≤ \(high)"
        case (nil, nil): nil
        }
    }

    private static func defaultCell(_ spec: VariableSpec) -> String {
        var parts: [String] = []
        if let value = spec.defaultValue { parts.append(spec.isSecret ? "(secret)" : code(value)) }
        let perEnvironment = spec.environmentDefaults.sorted { $0.key < $1.key }.map { environment, value in
            "\(environment): " + (spec.isSecret ? "(secret)" : code(value))
        }
        if !perEnvironment.isEmpty { parts.append("(" + perEnvironment.joined(separator: "; ") + ")") }
        return parts.joined(separator: " ")
    }

    private static func descriptionCell(_ spec: VariableSpec) -> String {
        var text = spec.description ?? ""
        func add(_ sentence: String) {
            if !text.isEmpty { text += text.hasSuffix(".") ? " " : ". " }
            text += sentence
        }
        if !spec.aliases.isEmpty { add("Alias: " + spec.aliases.map(code).joined(separator: ", ")) }
        if let service = spec.service { add("Service: \(code(service))" + (spec.isCritical ? "" : " (not critical)")) }
        if let reason = spec.deprecation { add("Deprecated: \(reason)") }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A Markdown code span; an empty value shows as `""`.
    private static func code(_ text: String) -> String {
        if text.isEmpty { return "`\"\"`" }
        let fence = text.contains("`") ? "``" : "`"
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// A `|` ends a table cell even inside a code span, so every one is escaped.
    private static func escapingPipes(_ cell: String) -> String {
        cell.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
