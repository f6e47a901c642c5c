import EnvCheckCore

/// Decides which `$NAME` references compose will expand although they look like literal text
/// (a password hash, a `$` inside a password). `unintended-interpolation` reports exactly these;
/// `undefined-variable` skips them, so the two rules never report the same `$`.
enum UnintendedDollar {
    /// Words in a key that mark its value as a secret.
    static let secretWords = ["PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "SALT", "HASH", "CREDENTIAL"]

    /// Whether compose's expansion of `reference` in `assignment` is probably a mistake.
    static func isUnintended(_ reference: VariableReference, in assignment: EnvAssignment) -> Bool {
        guard mayBeUnintended(reference) else { return false }
        let template = assignment.template
        if looksLikeCryptHash(template) { return true }
        let start = reference.range.lowerBound
        guard start > 0 else { return false }
        let before = template[start - 1]
        if !reference.isDefined, SyntaxSupport.isWordByte(before) { return true }
        return isSecretKey(assignment.key) && !looksLikeURL(template) && isGlue(before)
    }

    /// Whether `isUnintended` can hold for `reference` at all: only a bare `$NAME` can be a mistake.
    static func mayBeUnintended(_ reference: VariableReference) -> Bool {
        !reference.isBraced && reference.op == nil
    }

    /// The references of a statement that `unintended-interpolation` reports.
    static func references(of entry: DotenvResolution.Entry, in assignment: EnvAssignment) -> [VariableReference] {
        (entry.interpolation?.references ?? []).filter { isUnintended($0, in: assignment) }
    }

    /// `$2b$12$…`, `$6$…`, `$apr1$…`, `$argon2id$…`: a crypt-style hash somewhere in the value.
    static func looksLikeCryptHash(_ template: [UInt8]) -> Bool {
        var index = 0
        while index < template.count {
            guard template[index] == SyntaxSupport.dollar else { index += 1; continue }
            var end = index + 1
            while end < template.count, end - index <= 17, isHashIDByte(template[end]) { end += 1 }
            if end > index + 1, end < template.count, template[end] == SyntaxSupport.dollar,
               index == 0 || template[index - 1] != SyntaxSupport.dollar {
                return true
            }
            index = end
        }
        return false
    }

    /// Whether a key names a secret (`DB_PASSWORD`, `API_TOKEN`, `SECRET_KEY`…).
    static func isSecretKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        return upper.hasSuffix("KEY") || secretWords.contains { upper.contains($0) }
    }

    /// Edits that escape every `$` compose would treat specially, except the `${…}` references
    /// and the `$NAME` references that look intended: the value then reads as written.
    static func escapeEdits(_ assignment: EnvAssignment, flagged: [VariableReference], all: [VariableReference]) -> [TextEdit] {
        let template = assignment.template
        var edits: [TextEdit] = []
        var index = 0
        while index < template.count {
            guard template[index] == SyntaxSupport.dollar else { index += 1; continue }
            if index + 1 < template.count, template[index + 1] == SyntaxSupport.dollar { index += 2; continue }
            if let reference = all.first(where: { $0.range.lowerBound == index }), !flagged.contains(reference) {
                index = max(reference.range.upperBound, index + 1)
                continue
            }
            if index + 1 < template.count, template[index + 1] == SyntaxSupport.openBrace { index += 2; continue }
            let offset = assignment.sourceOffset(ofTemplateIndex: index)
            edits.append(TextEdit(range: offset..<offset, replacement: "$"))
            index += 1
        }
        return edits
    }

    private static func isHashIDByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }

    private static func looksLikeURL(_ template: [UInt8]) -> Bool {
        let marker = Array("://".utf8)
        guard template.count >= marker.count else { return false }
        return (0...template.count - marker.count).contains { template[$0..<$0 + marker.count].elementsEqual(marker) }
    }

    /// A byte that glues a `$` to the text before it, in a password: not a space, not a separator.
    private static func isGlue(_ byte: UInt8) -> Bool {
        !SyntaxSupport.isInlineSpace(byte) && byte != SyntaxSupport.newline && !"/:={(,;".utf8.contains(byte)
    }
}
