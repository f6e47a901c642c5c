import CLibYAML

/// Loads the first document of a YAML file through the system libyaml's event API into
/// `YAMLNode`s that keep their positions. Anchors, aliases and `<<` merge keys are resolved;
/// duplicate keys, alias bombs and absurd nesting become problems, never crashes.
public enum YAMLLoader {
    /// The most nodes a document may expand to, aliases included.
    public static let maximumNodes = 2_000_000
    /// The deepest nesting followed.
    public static let maximumDepth = 256

    /// The loaded stream: its first document's root (nil when empty or unreadable), every
    /// document's root, and every problem found.
    public struct Document: Sendable {
        /// The root node of the first document.
        public var root: YAMLNode? { roots.first }
        /// The root of each document of the stream, in order (`---` separates them).
        public var roots: [YAMLNode]
        /// Problems, in document order; a syntax error ends loading.
        public var problems: [YAMLProblem]
    }

    /// Loads every document of `source`, with libyaml on a second thread when the file is large
    /// enough for that to pay off.
    public static func load(_ source: SourceFile) -> Document {
        load(source, parsedAhead: YAMLParseAhead(source: source), alongsideParser: false, entryVisitor: nil).document
    }

    /// Loads every document of a file whose parse has already started (see `YAMLParseAhead`).
    /// Once only for each.
    public static func load(_ ahead: YAMLParseAhead) -> Document {
        load(ahead.source, parsedAhead: ahead, alongsideParser: false, entryVisitor: nil).document
    }

    /// Loads every document of `source` (parsed ahead or not) with `visitor` seeing each
    /// top-level entry's entries as they are composed (see `YAMLEntryVisitor`).
    static func load<Visitor: YAMLEntryVisitor>(_ source: SourceFile, parsedAhead: YAMLParseAhead?,
                                                visitor: inout Visitor) -> Document {
        let loaded = load(source, parsedAhead: parsedAhead ?? YAMLParseAhead(source: source), alongsideParser: false,
                          entryVisitor: visitor)
        if let seen = loaded.visitor as? Visitor { visitor = seen }
        return loaded.document
    }

    /// Loads every document of `source`, with libyaml on a second thread or not (the same
    /// result either way; tests compare them).
    static func load(_ source: SourceFile, alongsideParser: Bool) -> Document {
        load(source, parsedAhead: nil, alongsideParser: alongsideParser, entryVisitor: nil).document
    }

    /// The one loading path: composes the events of `parsedAhead`, of a parser started here on a
    /// second thread (`alongsideParser`), or of a parser run in turn on this one.
    private static func load(_ source: SourceFile, parsedAhead: YAMLParseAhead?, alongsideParser: Bool,
                             entryVisitor: (any YAMLEntryVisitor)?) -> (document: Document, visitor: (any YAMLEntryVisitor)?) {
        var composer = YAMLComposer(source: source)
        composer.entryVisitor = entryVisitor
        if let ahead = parsedAhead ?? (alongsideParser ? YAMLParseAhead(startingOn: source) : nil) {
            ahead.compose(into: &composer)
            return (Document(roots: composer.roots, problems: composer.problems), composer.entryVisitor)
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return (Document(roots: [], problems: [YAMLProblem(kind: .syntax, message: "Cannot start the YAML parser",
                                                               location: SourceLocation(line: 1, column: 1))]),
                    composer.entryVisitor)
        }
        defer { yaml_parser_delete(parser) }
        return source.bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
            yaml_parser_set_input_string(parser, base, buffer.count)
            composeInTurn(parser, source: source, into: &composer)
            return (Document(roots: composer.roots, problems: composer.problems), composer.entryVisitor)
        }
    }

    /// Parses and composes one event after the other.
    private static func composeInTurn(_ parser: UnsafeMutablePointer<yaml_parser_t>, source: SourceFile,
                                      into composer: inout YAMLComposer) {
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                composer.fail(syntaxProblem(parser.pointee, source: source))
                break
            }
            let done = event.pointee.type == YAML_STREAM_END_EVENT
            composer.handle(YAMLEvent(event.pointee))
            yaml_event_delete(event)
            if done || composer.isFinished { break }
        }
    }

    static func syntaxProblem(_ parser: yaml_parser_t, source: SourceFile) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) + ": " } ?? ""
        // Reader errors (bad encoding) carry a byte offset, not a mark.
        if parser.error == YAML_READER_ERROR {
            return YAMLProblem(kind: .syntax, message: "YAML syntax error: \(context)\(problem)",
                               location: source.location(of: parser.problem_offset))
        }
        let mark = parser.problem_mark
        return YAMLProblem(kind: .syntax, message: "YAML syntax error: \(context)\(problem)",
                           location: source.location(line: mark.line, column: mark.column))
    }
}

extension SourceFile {
    /// The location of a 0-based line and character column, as libyaml reports them.
    func location(line: Int, column: Int) -> SourceLocation {
        guard line < lineStarts.count else { return location(of: bytes.count) }
        var offset = lineStarts[line]
        var remaining = column
        while remaining > 0, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return SourceLocation(line: line + 1, column: column + 1, offset: offset)
    }
}
