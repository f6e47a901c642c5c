import EnvCheckCore

extension BuiltinRules {
    /// Rules about layout and style: whitespace, quoting, order, line endings.
    static let styleRules: [any Rule] = [
        SpacesAroundEqualsRule(),
        TrailingWhitespaceRule(),
        KeyWithoutValueRule(),
        QuoteCharacterRule(),
        UnorderedKeyRule(),
        ExtraBlankLineRule(),
        EndingBlankLineRule(),
        MixedLineEndingsRule(),
        ByteOrderMarkRule(),
    ]
}
