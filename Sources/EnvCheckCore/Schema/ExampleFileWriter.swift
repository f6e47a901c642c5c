/// Writes a `.env.example` from a schema: every variable in declaration order with its
/// description as a comment, what it needs (required, secret, type), and its example or default
/// value; aliases follow their variable with the same value. Secrets without an example are left
/// empty, never invented.
public enum ExampleFileWriter {
    /// The file's text.
    public static func render(_ schema: Schema) -> String {
        var out = "# Generated from schemas/ by `envcheck init --example`: edit the schema, then regenerate.\n"
        for spec in schema.variables where spec.deprecation == nil {
            out += "\n"
            var notes = [spec.typeName]
            switch spec.required {
            case .always: notes.append("required")
            case .environments(let names): notes.append("required in " + names.sorted().joined(separator: ", "))
            case .never: break
            }
            if spec.isSecret, spec.typeName != "secret" { notes.append("secret") }
            if let description = spec.description { out += "# \(description)\n" }
            out += "# (\(notes.joined(separator: ", ")))\n"
            let value = spec.example ?? spec.defaultValue ?? ""
            out += "\(spec.name)=\(value.isEmpty ? "" : DotenvFormatter.quote(value))\n"
            for alias in spec.aliases {
                out += "# Alias of \(spec.name): must agree with it\n"
                out += "\(alias)=\(value.isEmpty ? "" : DotenvFormatter.quote(value))\n"
            }
        }
        return out
    }
}
