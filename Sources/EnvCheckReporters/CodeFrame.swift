import EnvCheckCore

/// The source line of a diagnostic and the caret line under it, aligned for a terminal.
///
/// Columns are counted in Unicode scalars, as `SourceLocation` counts them. Before the carets,
/// the caret line repeats every tab of the source line, so both lines expand tabs alike on any
/// terminal; under the carets, a tab becomes as many carets as cells it takes with 8-cell tab
/// stops. Wide characters (CJK, emoji) take two cells and combining marks none.
struct CodeFrame {
    /// The most columns of a line a frame shows.
    static let maximumWidth = 160

    /// The 1-based line shown.
    let lineNumber: Int
    /// The line, masked and printable.
    let text: String
    /// Spaces and tabs up to the start column, then the carets (no colour).
    let indent: String
    /// The carets, at least one.
    let carets: String

    /// The frame of `diagnostic` in `view`; `nil` when the file has no such line. A range that
    /// runs over several lines is underlined to the end of its first line.
    init?(_ diagnostic: Diagnostic, in view: SourceView) {
        let range = diagnostic.range
        guard let fullText = view.displayLine(range.start.line) else { return nil }
        var scalars = Array(fullText.unicodeScalars)
        var start = max(1, view.displayColumn(line: range.start.line, column: range.start.column))
        var end = range.end.line == range.start.line
            ? view.displayColumn(line: range.start.line, column: range.end.column, atEnd: true)
            : scalars.count + 1
        end = max(end, start + 1)
        // A very long line (minified JSON, a 10 MB value) is shown as a window around the column.
        if scalars.count > Self.maximumWidth {
            let first = max(0, min(start - 1 - Self.maximumWidth / 3, scalars.count - Self.maximumWidth))
            let last = min(scalars.count, first + Self.maximumWidth)
            let prefix: [Unicode.Scalar] = first > 0 ? ["…"] : []
            scalars = prefix + Array(scalars[first..<last]) + (last < scalars.count ? ["…"] : [])
            start = start - first + prefix.count
            end = min(end - first + prefix.count, scalars.count + 1)
            end = max(end, start + 1)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)

        // Cells from the left edge of the terminal, to know where a tab inside the underline
        // ends: the gutter `12 | ` comes first, and tab stops are every 8 cells.
        var cell = String(range.start.line).count + 3
        var indent = ""
        for index in 0..<start - 1 {
            let scalar: Unicode.Scalar = index < scalars.count ? scalars[index] : " "
            indent += Self.blank(for: scalar)
            cell = Self.advance(cell, over: scalar)
        }
        var carets = ""
        for index in start - 1..<end - 1 {
            let scalar: Unicode.Scalar = index < scalars.count ? scalars[index] : " "
            let next = Self.advance(cell, over: scalar)
            carets += String(repeating: "^", count: next - cell)
            cell = next
        }
        if !carets.contains("^") { carets += "^" }
        self.lineNumber = range.start.line
        self.text = text
        self.indent = indent
        self.carets = carets
    }

    /// What stands under a scalar before the carets start: a tab under a tab, else spaces.
    private static func blank(for scalar: Unicode.Scalar) -> String {
        scalar == "\t" ? "\t" : String(repeating: " ", count: width(of: scalar))
    }

    /// The cell after `scalar` when it starts at `cell`.
    private static func advance(_ cell: Int, over scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? (cell / 8 + 1) * 8 : cell + width(of: scalar)
    }

    /// How many terminal cells a scalar takes: 0 for combining marks and format characters,
    /// 2 for East Asian wide and full-width characters and emoji, else 1.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
