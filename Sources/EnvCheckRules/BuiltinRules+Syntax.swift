import EnvCheckCore

extension BuiltinRules {
    /// Rules about what compose reads: syntax, keys, interpolation, dialects.
    static let syntaxRules: [any Rule] = [
        DuplicateKeyRule(),
        InvalidKeyRule(),
        LowercaseKeyRule(),
        UnterminatedQuoteRule(),
        TextAfterQuoteRule(),
        InvalidInterpolationRule(),
        UndefinedVariableRule(),
        RequiredVariableRule(),
        UnintendedInterpolationRule(),
        DialectDivergenceRule(),
    ]
}
