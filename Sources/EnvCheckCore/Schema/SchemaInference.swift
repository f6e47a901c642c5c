/// Guesses a starter schema from an existing `.env.example`: one variable per key, in file
/// order, with a type guessed from the value and the name, the example value as `example`
/// (never for secrets), and the comment above the key as `description`. Every guess is marked
/// for review: a schema is a contract, and a guess is not one.
public enum SchemaInference {
    /// The schema file's text.
    public static func schemaText(from file: EnvFile, environment: ProcessEnvironment = ProcessEnvironment()) -> String {
        let resolution = DotenvResolution(file: file, environment: environment)
        var out = "# yaml-language-server: $schema=./envcheck-schema.json\n"
        out += "# Inferred from \(file.source.path) by `envcheck init --schema`: review every type, then remove the\n"
        out += "# \"review\" comments. Reference: the Schemas section of envcheck's README.\n"
        out += "variables:\n"
        var seen: Set<String> = []
        for (index, statement) in file.statements.enumerated() where !statement.key.isEmpty && seen.insert(statement.key).inserted {
            let value = resolution.entries[index].value.map { String(decoding: $0, as: UTF8.self) } ?? ""
            let secret = SecretPolicy.isSecretKey(statement.key) || SecretPolicy.maskURLPassword(value) != value
            let type = guessType(name: statement.key, value: value, secret: secret)
            out += "  \(statement.key):\n"
            out += "    type: \(type)  # review: guessed from the example value\n"
            if secret { out += "    secret: true\n" }
            if let description = comment(above: statement, in: file) { out += "    description: \(yamlQuoted(description))\n" }
            if !value.isEmpty, !secret { out += "    example: \(yamlQuoted(value))\n" }
        }
        return out
    }

    /// The type a value and a name suggest.
    static func guessType(name: String, value: String, secret: Bool) -> String {
        let lower = value.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") { return "postgres-url" }
        if lower.hasPrefix("redis://") || lower.hasPrefix("rediss://") { return "redis-url" }
        if lower.contains("://") { return "url" }
        if secret { return "secret" }
        if ["true", "false", "yes", "no", "on", "off"].contains(lower) { return "boolean" }
        if !value.isEmpty, value.allSatisfy(\.isNumber) {
            return name.hasSuffix("PORT") && Int(value).map { $0 > 0 && $0 <= 65535 } == true ? "port" : "integer"
        }
        if name.contains("TRUST_PROXY") { return "trust-proxy" }
        if name.hasSuffix("HOST") { return "host" }
        if isDuration(lower) { return "duration" }
        if IPAddressSyntax.isValid(value) { return "ip" }
        if value.contains("/"), IPAddressSyntax.isValid(String(value.prefix { $0 != "/" })) { return "cidr" }
        if value.contains("@"), !value.contains(" ") { return "email" }
        return "string"
    }

    private static func isDuration(_ value: String) -> Bool {
        guard let last = value.last, "smhd".contains(last), value.first?.isNumber == true else { return false }
        return value.allSatisfy { $0.isNumber || "msdh".contains($0) }
    }

    /// The `#` comment lines directly above a statement, joined.
    private static func comment(above statement: EnvStatement, in file: EnvFile) -> String? {
        let source = file.source
        var line = source.location(of: statement.statementRange.lowerBound).line - 1
        var lines: [String] = []
        while line >= 1 {
            let text = source.lineText(line).trimmingSpaces()
            guard text.hasPrefix("#") else { break }
            lines.insert(String(text.dropFirst()).trimmingSpaces(), at: 0)
            line -= 1
        }
        // Skip the "(type, required…)" notes that `init --example` writes.
        let joined = lines.filter { !$0.isEmpty && !($0.hasPrefix("(") && $0.hasSuffix(")")) }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// A YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
