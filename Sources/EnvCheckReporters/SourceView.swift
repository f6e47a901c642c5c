import EnvCheckCore

/// What reporters may show of one checked file: masked, printable lines, and anchors that
/// identify a line without its value (for SARIF fingerprints).
struct SourceView {
    /// The file.
    let source: SourceFile
    /// The whole-file masker of a `.env` file; `nil` for other files, which are masked one line at
    /// a time when a line is shown (a large compose file is never masked whole for one frame).
    private let masker: SecretMasker?
    /// For `.env` files: the parsed file, to find the statement covering a line.
    private let file: EnvFile?

    /// A view of `source`; `lines` are the 1-based lines that will be shown (only they are masked).
    init(source: SourceFile, lines: Set<Int>? = nil, parsed: EnvFile? = nil) {
        self.source = source
        if SecretMasker.isDotenvPath(source.path) {
            let file = parsed.flatMap { $0.source.bytes == source.bytes ? $0 : nil } ?? EnvFile(source: source)
            masker = SecretMasker(file: file, lines: lines)
            self.file = file
        } else {
            masker = nil
            file = nil
        }
    }

    /// The key of the `.env` statement that covers 1-based line `number` (binary search).
    private func statementKey(coveringLine number: Int) -> String? {
        guard let file, number >= 1, number <= source.lineStarts.count else { return nil }
        let lineStart = source.lineStarts[number - 1]
        let lineEnd = number < source.lineStarts.count ? source.lineStarts[number] : source.bytes.count
        let statements = file.statements
        var low = 0, high = statements.count
        while low < high {
            let middle = (low + high) / 2
            if statements[middle].statementRange.upperBound <= lineStart { low = middle + 1 } else { high = middle }
        }
        guard low < statements.count, statements[low].statementRange.lowerBound < max(lineEnd, lineStart + 1) else { return nil }
        return statements[low].key
    }

    /// The masker for line `number` and the line number to ask it for.
    private func masker(for number: Int) -> (SecretMasker, Int) {
        if let masker { return (masker, number) }
        let line = source.lineContentRange(number)
        return (SecretMasker(unparsed: SourceFile(path: source.path, bytes: Array(source.bytes[line]))), 1)
    }

    /// Line `number`, masked and made printable; `nil` when the file has no such line.
    func displayLine(_ number: Int) -> String? {
        guard number >= 1, number <= source.lineStarts.count else { return nil }
        let (lineMasker, line) = masker(for: number)
        return Self.printable(lineMasker.maskedLine(line))
    }

    /// The column of `displayLine(line)` that shows column `column` of the file.
    func displayColumn(line: Int, column: Int, atEnd: Bool = false) -> Int {
        guard line >= 1, line <= source.lineStarts.count else { return column }
        let (lineMasker, maskerLine) = masker(for: line)
        return lineMasker.displayColumn(line: maskerLine, column: column, atEnd: atEnd)
    }

    /// What identifies line `number` without its value: the key of the statement that covers
    /// it in a `.env` file, the text before `:`/`=` in other files, else the masked line.
    func anchor(line number: Int) -> String {
        if let key = statementKey(coveringLine: number) {
            return "key:" + key
        }
        guard number >= 1, number <= source.lineStarts.count else { return "line:" }
        let (lineMasker, line) = masker(for: number)
        let text = lineMasker.maskedLine(line)
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "-" })
        if !SecretMasker.isDotenvPath(source.path),
           let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "=" }) {
            return "key:" + trimmed[..<separator].trimmingSuffix()
        }
        return "line:" + trimmed.trimmingSuffix()
    }

    /// `text` with every scalar that could move the cursor or reorder the line replaced, one
    /// scalar for one so columns do not move: C0 controls (not tab) and DEL by their control
    /// pictures (`␍`), C1 controls and bidirectional overrides by U+FFFD.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case _ where isUnprintable(scalar): out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// The views of a report's files, made on first use.
struct SourceViews {
    private let files: [String: SourceFile]
    private let parsed: [String: EnvFile]
    private let lines: [String: Set<Int>]
    private var cache: [String: SourceView] = [:]

    init(_ report: LintReport) {
        files = Dictionary(report.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        parsed = report.parsedFiles
        var lines: [String: Set<Int>] = [:]
        for diagnostic in report.diagnostics { lines[diagnostic.path, default: []].insert(diagnostic.line) }
        self.lines = lines
    }

    /// The view of the file at `path`, if it was checked.
    mutating func view(for path: String) -> SourceView? {
        if let view = cache[path] { return view }
        guard let source = files[path] else { return nil }
        let view = SourceView(source: source, lines: lines[path] ?? [], parsed: parsed[path])
        cache[path] = view
        return view
    }
}

extension Substring {
    /// The text without trailing spaces and tabs.
    fileprivate func trimmingSuffix() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
