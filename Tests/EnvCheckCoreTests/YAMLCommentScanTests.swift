@testable import EnvCheckCore
import Testing

/// The comments `SuppressionComments(yaml:)` reads directives from: a `#` at the start of a line
/// or after a space or a tab, up to the end of the line without its `\r`.
struct YAMLCommentScanTests {
    /// The definition, line by line and byte by byte.
    static func reference(_ source: SourceFile) -> [Range<Int>] {
        var comments: [Range<Int>] = []
        for number in 1...max(1, source.lineStarts.count) where number <= source.lineStarts.count {
            let line = source.lineContentRange(number)
            for index in line where source.bytes[index] == UInt8(ascii: "#") {
                let before = index == line.lowerBound ? UInt8(ascii: " ") : source.bytes[index - 1]
                if before == UInt8(ascii: " ") || before == UInt8(ascii: "\t") {
                    comments.append(index..<line.upperBound)
                    break
                }
            }
        }
        return comments
    }

    @Test(arguments: [
        "", "#", "#\n", "# a\r\n#b\r\n", "a: 1 # c\nb: x#y # z\n", "\t# tab\n  #indented", "x#y\n#\r", "#\r\n",
        "url: http://h/#frag\nkey: 'v # not a comment to YAML, but a directive place to envcheck'\n",
        "a: 1\n\n# last line without newline", "\r#\n", "a:\u{00A0}# after a non-breaking space\n",
    ])
    func commentsAreFoundAsDefined(text: String) {
        let source = SourceFile(path: "c.yaml", text: text)
        #expect(SuppressionComments.yamlComments(in: source.bytes) == Self.reference(source))
    }

    @Test func aLargeGeneratedFileToo() {
        var text = ""
        for index in 0..<2_000 {
            text += index % 3 == 0 ? "  k\(index): v # note \(index)\r\n" : "  k\(index): \"a#b\"  #\(index)\n"
        }
        let source = SourceFile(path: "c.yaml", text: text)
        let found = SuppressionComments.yamlComments(in: source.bytes)
        #expect(found.count == 2_000)
        #expect(found == Self.reference(source))
    }
}
