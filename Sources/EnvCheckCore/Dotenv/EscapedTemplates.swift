/// The templates of the values whose bytes differ from what is written between the quotes (a
/// backslash escape in a quoted value), all in one buffer, with the file offset of each byte.
/// Every other value's template is its inner bytes in the file, so the parser copies nothing for it.
struct EscapedTemplates: Sendable {
    /// Where one template lies in `bytes`, and its offsets in `offsets` (`nil` when each byte
    /// comes from the inner bytes in order).
    private struct Span: Sendable {
        var start: UInt32
        var count: UInt32
        var offsetsStart: Int32
    }

    private var spans: [Span] = []
    private var bytes: [UInt8] = []
    private var offsets: [UInt32] = []

    /// Adds a template; returns its index.
    mutating func append(_ template: [UInt8], offsets templateOffsets: [Int]?) -> Int32 {
        var span = Span(start: UInt32(bytes.count), count: UInt32(template.count), offsetsStart: -1)
        bytes += template
        if let templateOffsets {
            span.offsetsStart = Int32(offsets.count)
            for offset in templateOffsets { offsets.append(UInt32(truncatingIfNeeded: offset)) }
        }
        spans.append(span)
        return Int32(spans.count - 1)
    }

    /// The bytes of template `index`.
    func template(_ index: Int32) -> ArraySlice<UInt8> {
        let span = spans[Int(index)]
        return bytes[Int(span.start)..<Int(span.start) + Int(span.count)]
    }

    /// The file offset of each byte of template `index`, or `nil` when they follow the inner bytes.
    func offsets(_ index: Int32) -> [Int]? {
        let span = spans[Int(index)]
        guard span.offsetsStart >= 0 else { return nil }
        return offsets[Int(span.offsetsStart)..<Int(span.offsetsStart) + Int(span.count)].map { Int($0) }
    }
}
