import EnvCheckCore

/// Helpers the schema rules share: where to report, which names are set, typed values of aliases.
extension SchemaContext {
    /// Whether the environment is `production` (the only name the production-only checks use).
    var isProduction: Bool { environment == "production" }

    /// Whether `name` has a value (in a layer or the process environment), empty or not.
    func isSet(_ name: String) -> Bool { value(of: name) != nil }

    /// The names of a variable (its own, then its aliases) that have a value.
    func setNames(of spec: VariableSpec) -> [String] {
        ([spec.name] + spec.aliases).filter(isSet)
    }

    /// A name's value parsed by `spec`'s type: the context's result for the variable itself,
    /// a fresh parse for an alias; nil when unset, or empty and not `allowEmpty`.
    func parseResult(of name: String, spec: VariableSpec) -> ValueParseResult? {
        if name == spec.name { return parsed[name] }
        guard let value = value(of: name), !value.value.isEmpty || spec.allowEmpty else { return nil }
        return spec.type.parse(value.text)
    }

    /// A diagnostic at a value, `offset` scalars into it. The offset is dropped (the whole value
    /// is marked) when the written text is not the value itself — escapes or `${…}` in it —
    /// because an offset into the value would then point at the wrong column of the file.
    func valueDiagnostic(_ rule: RuleDescription, _ message: String, variable name: String, offset: Int? = nil,
                         severity: Severity? = nil, help: String? = nil) -> Diagnostic {
        var usable = offset
        if offset != nil, let (file, range) = valueLocation(of: name),
           Array(file.source.bytes[range]) != value(of: name)?.value {
            usable = nil
        }
        var found = diagnostic(rule, message, variable: name, offset: usable, help: help)
        if let severity { found.severity = severity }
        return found
    }

    /// A diagnostic at the key of the statement whose value wins, or at the declaration in the
    /// schema when the value comes from the process environment.
    func keyDiagnostic(_ rule: RuleDescription, _ message: String, variable name: String, help: String? = nil)
        -> Diagnostic {
        guard let (file, range) = valueLocation(of: name),
              let statement = file.statements.last(where: { $0.key == name && ($0.assignment?.innerRange ?? $0.keyRange) == range })
        else { return declarationDiagnostic(rule, message, variable: name, help: help) }
        return Diagnostic(ruleID: rule.id, severity: rule.severity, message: message, path: file.source.path,
                          range: file.source.range(statement.keyRange), help: help)
    }

    /// A diagnostic at a key of a given file (a layer or `.env.example`).
    func keyDiagnostic(_ rule: RuleDescription, _ message: String, in file: EnvFile, statement: EnvStatement,
                       help: String? = nil) -> Diagnostic {
        Diagnostic(ruleID: rule.id, severity: rule.severity, message: message, path: file.source.path,
                   range: file.source.range(statement.keyRange), help: help)
    }

    /// Where a value is written, for help texts: `.env line 3`, or `the process environment`.
    func place(of name: String) -> String {
        guard let variable = value(of: name) else { return "nowhere" }
        switch variable.provenance.last {
        case .file(let path, let line)?: return "\(Self.fileName(path)) line \(line)"
        case .processEnvironment?, nil: return "the process environment"
        }
    }

    /// The last path component.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension String {
    /// The text with its first letter lowercased, unless it starts an acronym (`IPv4`, `URL`),
    /// to continue a sentence after a colon.
    var continuingSentence: String {
        let scalars = Array(unicodeScalars)
        guard scalars.count > 1, scalars[0].properties.isUppercase, !scalars[1].properties.isUppercase,
              scalars[1].properties.isLowercase else { return self }
        return String(scalars[0]).lowercased() + String(String.UnicodeScalarView(scalars[1...]))
    }
}
