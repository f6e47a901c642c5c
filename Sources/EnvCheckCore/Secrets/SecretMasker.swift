/// A display copy of a parsed `.env` file in which no secret value can be read.
///
/// The value of every statement whose key looks secret (`SecretPolicy.isSecretKey`) becomes
/// `****` (quotes kept; each line of a multi-line value masked; an empty value left empty),
/// URL passwords in the other values become `****`, and lines compose cannot parse are masked
/// by their `KEY=` prefix. Line breaks are never touched, so line *n* of the masked text is
/// line *n* of the file, and `displayColumn(line:column:)` maps a column of the file onto it.
public struct SecretMasker: Sendable {
    /// A byte range of the file and what it shows as.
    private struct Replacement: Sendable {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    /// The original file.
    public let source: SourceFile
    /// The whole masked file, made up front only when a masked range is empty or holds a line
    /// break (then line *n* of the file need not be line *n* of the masked text). Otherwise each masked line
    /// is made when it is asked for, so a reporter showing a few lines of a large file does not
    /// copy the whole file.
    private let wholeMasked: SourceFile?
    /// The masked ranges of the original, sorted and disjoint.
    private let replacements: [Replacement]

    /// Masks a parsed `.env` file.
    public init(file: EnvFile) {
        self.init(file: file, lines: nil)
    }

    /// Masks a parsed `.env` file, but only what lies on the given 1-based lines (a reporter
    /// that shows a few lines of a large file need not mask the rest); `nil` masks everything.
    public init(file: EnvFile, lines: Set<Int>?) {
        let wanted: [Range<Int>]? = lines.map { numbers in
            numbers.sorted().filter { $0 >= 1 && $0 <= file.source.lineStarts.count }.map { number in
                let start = file.source.lineStarts[number - 1]
                let end = number < file.source.lineStarts.count ? file.source.lineStarts[number] : file.source.bytes.count
                return start..<max(end, start + 1)
            }
        }
        var next = 0
        var ranges: [Range<Int>] = []
        for segment in file.segments {
            if let wanted {
                while next < wanted.count, wanted[next].upperBound <= segment.range.lowerBound { next += 1 }
                guard next < wanted.count, wanted[next].lowerBound < segment.range.upperBound else { continue }
            }
            switch segment.kind {
            case .statement(let index):
                if let assignment = file.statements[index].assignment {
                    ranges += Self.maskedRanges(of: assignment, in: file.source.bytes)
                }
            case .invalid:
                ranges += Self.looseRanges(in: file.source.bytes, segment: segment.range)
            case .byteOrderMark, .whitespace, .comment:
                break
            }
        }
        self.init(source: file.source, ranges: ranges)
    }

    /// Masks a file that is not parsed as `.env` (a compose file, say) line by line: the value
    /// of a secret-looking `KEY: value` or `- KEY=value`, and URL passwords anywhere.
    public init(unparsed source: SourceFile) {
        self.init(source: source, ranges: Self.looseRanges(in: source.bytes, segment: 0..<source.bytes.count))
    }

    /// A masker for any checked file: YAML and JSON paths line by line, anything else parsed as `.env`.
    public static func automatic(for source: SourceFile) -> SecretMasker {
        isDotenvPath(source.path) ? SecretMasker(file: EnvFile(source: source)) : SecretMasker(unparsed: source)
    }

    /// Whether a path is read as `.env`: anything but `.yml`, `.yaml` and `.json` (so `.env`,
    /// `.env.local`, `prod.env` and standard input `-` are).
    public static func isDotenvPath(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return ![".yml", ".yaml", ".json"].contains { lowered.hasSuffix($0) }
    }

    private init(source: SourceFile, ranges: [Range<Int>]) {
        self.source = source
        let mask = Array(SecretPolicy.mask.utf8)
        replacements = ranges.map { Replacement(range: $0, bytes: mask) }
        // Non-empty ranges without a line break each lie inside one line, so lines can be masked alone.
        let keepsLines = ranges.allSatisfy { !$0.isEmpty && !source.bytes[$0].contains(UInt8(ascii: "\n")) }
        wholeMasked = keepsLines ? nil : SourceFile(path: source.path, bytes: Self.masking(replacements, source.bytes))
    }

    /// `bytes[region]` with the replacements that lie inside it applied (`replacements` sorted).
    private static func masking(_ replacements: [Replacement], _ bytes: [UInt8], in region: Range<Int>? = nil) -> [UInt8] {
        let region = region ?? 0..<bytes.count
        // The first replacement that ends after the region starts (binary search).
        var low = 0, high = replacements.count
        while low < high {
            let middle = (low + high) / 2
            if replacements[middle].range.upperBound <= region.lowerBound { low = middle + 1 } else { high = middle }
        }
        var out: [UInt8] = []
        out.reserveCapacity(region.count)
        var cursor = region.lowerBound
        for replacement in replacements[low...] {
            guard replacement.range.upperBound <= region.upperBound else { break }
            out += bytes[cursor..<replacement.range.lowerBound]
            out += replacement.bytes
            cursor = replacement.range.upperBound
        }
        out += bytes[cursor..<region.upperBound]
        return out
    }

    /// The masked bytes of 1-based line `number` (a valid line), its terminator included, and
    /// where they start in the masked file.
    private func maskedLineBytes(_ number: Int) -> (bytes: ArraySlice<UInt8>, start: Int) {
        if let wholeMasked {
            let start = wholeMasked.lineStarts[number - 1]
            let end = number < wholeMasked.lineStarts.count ? wholeMasked.lineStarts[number] : wholeMasked.bytes.count
            return (wholeMasked.bytes[start..<end], start)
        }
        let start = source.lineStarts[number - 1]
        let end = number < source.lineStarts.count ? source.lineStarts[number] : source.bytes.count
        let bytes = Self.masking(replacements, source.bytes, in: start..<end)
        return (bytes[...], maskedOffset(of: start, atEnd: false))
    }

    /// Line `number` (1-based) of the file, masked, without its terminator; empty past the end.
    public func maskedLine(_ number: Int) -> String {
        guard number >= 1, number <= (wholeMasked ?? source).lineStarts.count else { return "" }
        if let wholeMasked { return wholeMasked.lineText(number) }
        var line = maskedLineBytes(number).bytes
        // As `SourceFile.lineContentRange`: without the `\n`, and a `\r` before it.
        if number < source.lineStarts.count {
            line.removeLast()
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// The whole file, masked (invalid UTF-8 repaired for display).
    public func maskedText() -> String {
        String(decoding: maskedBytes, as: UTF8.self)
    }

    /// The masked file's bytes, line breaks and invalid UTF-8 kept as they are.
    public var maskedBytes: [UInt8] { wholeMasked?.bytes ?? Self.masking(replacements, source.bytes) }

    /// The column of `maskedLine(line)` that shows column `column` of the file's line `line`.
    ///
    /// A column inside a masked value maps to the start of its `****`, or, when `atEnd` is true
    /// (the end of a range), to just past it, so an underline covers the whole mask.
    public func displayColumn(line: Int, column: Int, atEnd: Bool = false) -> Int {
        guard line >= 1, line <= source.lineStarts.count else { return column }
        let offset = maskedOffset(of: originalOffset(line: line, column: column), atEnd: atEnd)
        let (bytes, lineStart) = maskedLineBytes(line)
        var result = 1
        for index in lineStart..<max(lineStart, offset) where !Self.isContinuation(bytes[bytes.startIndex + index - lineStart]) {
            result += 1
        }
        return result
    }

    // MARK: - What to mask

    private static func maskedRanges(of assignment: EnvAssignment, in bytes: [UInt8]) -> [Range<Int>] {
        let inner = assignment.innerRange
        guard !inner.isEmpty else { return [] }
        if SecretPolicy.isSecretKey(assignment.key) {
            return lineRanges(of: inner, in: bytes).filter { !$0.isEmpty }
        }
        return URLPasswordScanner.passwordRanges(in: Array(bytes[inner])).map {
            $0.lowerBound + inner.lowerBound..<$0.upperBound + inner.lowerBound
        }
    }

    private static func looseRanges(in bytes: [UInt8], segment: Range<Int>) -> [Range<Int>] {
        lineRanges(of: segment, in: bytes).flatMap { LooseLineMasker.ranges(in: bytes, line: $0) }
    }

    /// The pieces of `range` between line breaks, each without a trailing `\r`.
    private static func lineRanges(of range: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while start <= range.upperBound {
            let newline = bytes[start..<range.upperBound].firstIndex(of: UInt8(ascii: "\n")) ?? range.upperBound
            var end = newline
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            pieces.append(start..<end)
            start = newline + 1
        }
        return pieces
    }

    // MARK: - Column mapping

    /// The byte offset of a 1-based line and column of the original, clamped to the line.
    private func originalOffset(line: Int, column: Int) -> Int {
        let bytes = source.bytes
        let limit = line < source.lineStarts.count ? source.lineStarts[line] - 1 : bytes.count
        var index = source.lineStarts[line - 1]
        var remaining = column - 1
        while index < limit, remaining > 0 {
            index += 1
            while index < limit, Self.isContinuation(bytes[index]) { index += 1 }
            remaining -= 1
        }
        return index
    }

    /// Where an offset of the original lands in the masked bytes.
    private func maskedOffset(of offset: Int, atEnd: Bool) -> Int {
        var delta = 0
        for replacement in replacements {
            if replacement.range.upperBound <= offset {
                delta += replacement.bytes.count - replacement.range.count
            } else if replacement.range.lowerBound < offset {
                return replacement.range.lowerBound + delta + (atEnd ? replacement.bytes.count : 0)
            } else {
                break
            }
        }
        return offset + delta
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
