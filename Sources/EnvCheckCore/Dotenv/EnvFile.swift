/// A parsed `.env` file: its source, the statements compose reads, and a lossless segment list.
public struct EnvFile: Sendable {
    /// One contiguous piece of the file. Concatenating every segment's bytes gives the file back.
    public struct Segment: Sendable, Hashable {
        /// What the bytes are.
        public enum Kind: Sendable, Hashable {
            /// A UTF-8 byte order mark.
            case byteOrderMark
            /// Spaces and line breaks between statements.
            case whitespace
            /// A `#` comment (a full line, or the tail after a value).
            case comment
            /// The statement at this index of `statements`.
            case statement(Int)
            /// Bytes compose cannot parse (after a syntax error, up to the end of the line).
            case invalid
        }

        // Kept in 12 bytes (a large file has two segments per line): 32-bit offsets, and the kind
        // as a tag with the statement index.
        private var start: UInt32, end: UInt32
        private var packedKind: UInt32

        /// What the bytes are.
        public var kind: Kind {
            get {
                switch packedKind {
                case Self.byteOrderMarkTag: .byteOrderMark
                case Self.whitespaceTag: .whitespace
                case Self.commentTag: .comment
                case Self.invalidTag: .invalid
                default: .statement(Int(packedKind))
                }
            }
            set { packedKind = Self.pack(newValue) }
        }

        /// Where they are.
        public var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set { (start, end) = (UInt32(newValue.lowerBound), UInt32(newValue.upperBound)) }
        }

        /// A segment of `kind` over `range` (offsets below 4 GiB, statement indices below 4 G - 4).
        init(kind: Kind, range: Range<Int>) {
            start = UInt32(range.lowerBound)
            end = UInt32(range.upperBound)
            packedKind = Self.pack(kind)
        }

        private static let byteOrderMarkTag = UInt32.max, whitespaceTag = UInt32.max - 1
        private static let commentTag = UInt32.max - 2, invalidTag = UInt32.max - 3

        private static func pack(_ kind: Kind) -> UInt32 {
            switch kind {
            case .byteOrderMark: byteOrderMarkTag
            case .whitespace: whitespaceTag
            case .comment: commentTag
            case .invalid: invalidTag
            case .statement(let index): UInt32(index)
            }
        }
    }

    /// The file's bytes and path.
    public let source: SourceFile
    /// The statements compose reads, in order (duplicates included), each made when it is read.
    public var statements: EnvStatements {
        EnvStatements(bytes: source.bytes, summaries: summaries)
    }
    /// Where the parts of each statement are, parallel to `statements` (see `EnvStatementSummary`).
    public internal(set) var summaries: [EnvStatementSummary] = []
    /// Whether every key is ASCII (keys can then be compared byte for byte).
    private(set) var hasOnlyASCIIKeys = true
    /// The lossless cover of the file.
    public internal(set) var segments: [Segment] = []
    /// The syntax errors found; compose stops at the first one.
    public internal(set) var syntaxErrors: [EnvSyntaxError] = []

    /// Whether the file starts with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool {
        source.bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// Parses a file with docker compose's dotenv semantics.
    public init(source: SourceFile) {
        self.source = source
        var parser = EnvParser(bytes: source.bytes, lineCount: source.lineStarts.count)
        parser.run()
        summaries = parser.summaries
        hasOnlyASCIIKeys = !parser.sawNonASCIIKeyByte
        segments = parser.segments
        syntaxErrors = parser.errors
    }

    /// Parses text (convenience for tests and examples).
    public init(path: String = ".env", text: String) {
        self.init(source: SourceFile(path: path, text: text))
    }

    /// The key of statement `index`.
    public func key(at index: Int) -> String {
        String(decoding: source.bytes[summaries[index].keyRange], as: UTF8.self)
    }

    /// The key of every statement, in order (duplicates included): `statements.map(\.key)`
    /// without making the statements.
    public var keys: [String] {
        summaries.indices.map(key(at:))
    }

    /// The template of statement `index`'s value (see `EnvAssignment.template`), without copying
    /// it unless the value is quoted with a backslash inside; empty for an inherited key.
    public func template(at index: Int) -> ArraySlice<UInt8> {
        EnvStatements.template(of: summaries[index], in: source.bytes).0
    }

    /// Whether the template of statement `index` may contain `$` (a superset test that makes no
    /// template: see `QuotedTemplate.mayContainDollar`).
    func templateMayContainDollar(at index: Int) -> Bool {
        let summary = summaries[index]
        return summary.hasBackslashInQuotes && summary.quote == .double
            ? QuotedTemplate.mayContainDollar(source.bytes, inner: summary.innerRange)
            : ByteSearch.contains(Ascii.dollar, in: source.bytes, summary.innerRange)
    }

    /// The file rebuilt from its segments: always equal to the original bytes.
    public func render() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.bytes.count)
        for segment in segments { out.append(contentsOf: source.bytes[segment.range]) }
        return out
    }
}
