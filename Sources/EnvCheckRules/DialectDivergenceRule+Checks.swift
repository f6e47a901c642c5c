import EnvCheckCore

/// The individual checks of `dialect-divergence`. Every claim about python-dotenv 1.2 was checked
/// by running it; the claims about Node's dotenv follow its v16 `parse` (the `LINE` pattern).
extension DialectDivergenceRule {
    /// `KEY: value`: compose reads it; Node only with a space after the colon; python-dotenv never.
    func separator(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic? {
        guard assignment.separator == UInt8(ascii: ":") else { return nil }
        let bytes = context.source.bytes
        let colon = assignment.separatorOffset
        let nodeReads = assignment.keyRange.upperBound == colon && colon + 1 < bytes.count
            && (bytes[colon + 1] == SyntaxSupport.space || bytes[colon + 1] == SyntaxSupport.tab)
        let key = assignment.key
        let message = nodeReads
            ? "Key \(key) is set with a colon: compose and Node's dotenv read it, python-dotenv does not set \(key)"
            : "Key \(key) is set with a colon: compose reads it, Node's dotenv and python-dotenv do not set \(key)"
        let end = max(colon + 1, min(assignment.valueRange.lowerBound, SyntaxSupport.lineEnd(bytes, from: colon)))
        return context.diagnostic(
            description, message, at: colon..<colon + 1, help: "Use = instead, which every tool reads; the value stays the same",
            fix: Fix(title: "Use = instead of :", edits: [TextEdit(range: colon..<end, replacement: "=")]))
    }

    /// Comments, `#` and backticks in an unquoted value.
    func unquoted(_ assignment: EnvAssignment, _ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        let value = assignment.valueRange
        guard let first = value.first else { return [] }
        let key = assignment.key
        var result: [Diagnostic] = []
        if bytes[first] == SyntaxSupport.backtick {
            result.append(context.diagnostic(
                description, "Value of \(key) starts with a backtick: compose and python-dotenv keep the backticks in "
                    + "the value, Node's dotenv reads them as quotes", at: first..<first + 1,
                help: "Use single or double quotes, which all three read as quotes"))
        }
        if bytes[first] == SyntaxSupport.hash {
            result.append(context.diagnostic(
                description, "Value of \(key) starts with #: compose and python-dotenv read it as the value, Node's "
                    + "dotenv reads an empty value", at: first..<first + 1,
                help: "For an empty value with a comment write \(key)=\"\" # comment; to keep the # in the value, quote it"))
        } else if let hash = value.first(where: { bytes[$0] == SyntaxSupport.hash }) {
            result.append(hashInside(hash, key, context))
        }
        return result
    }

    private func hashInside(_ hash: Int, _ key: String, _ context: LintContext) -> Diagnostic {
        let before = context.source.bytes[hash - 1]
        if SyntaxSupport.isInlineSpace(before) {
            let space = before == SyntaxSupport.tab ? "a tab" : "whitespace other than a space"
            return context.diagnostic(
                description, "Value of \(key) has \(space) before #: compose keeps the # and the rest of the line in the "
                    + "value, Node's dotenv and python-dotenv cut it off as a comment", at: hash - 1..<hash + 1,
                help: "Put a space before # to make it a comment everywhere, or quote the value to keep the #")
        }
        return context.diagnostic(
            description, "Value of \(key) contains #: compose and python-dotenv keep it, Node's dotenv ends the value there",
            at: hash..<hash + 1, help: "Quote the value so every tool keeps the #")
    }

    /// `${…}` in single quotes: literal for compose and Node, expanded by python-dotenv.
    func singleQuoted(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic? {
        let bytes = context.source.bytes
        let inner = assignment.innerRange
        guard let dollar = inner.first(where: { index in
            bytes[index] == SyntaxSupport.dollar && index + 2 < inner.upperBound
                && bytes[index + 1] == SyntaxSupport.openBrace && SyntaxSupport.isNameStart(bytes[index + 2])
        }) else { return nil }
        return context.diagnostic(
            description, "Single-quoted value of \(assignment.key) contains ${…}: compose and Node's dotenv keep it "
                + "literally, python-dotenv expands it", at: dollar..<dollar + 2,
            help: "If python-dotenv reads this file, load it with interpolate=False, or avoid ${ in the value")
    }

    /// `\$` in double quotes: compose reads `$`, the others keep the backslash.
    func doubleQuoted(_ assignment: EnvAssignment, _ context: LintContext) -> Diagnostic? {
        let bytes = context.source.bytes
        var index = assignment.innerRange.lowerBound
        while index + 1 < assignment.innerRange.upperBound {
            if bytes[index] == SyntaxSupport.backslash {
                if bytes[index + 1] == SyntaxSupport.dollar {
                    return context.diagnostic(
                        description, "Double-quoted value of \(assignment.key) contains \\$: compose reads it as $, "
                            + "Node's dotenv and python-dotenv keep the backslash", at: index..<index + 2,
                        help: "For a literal $ that all three read the same, use single quotes (without ${ inside)")
                }
                index += 2
                continue
            }
            index += 1
        }
        return nil
    }
}
