extension String {
    /// The index of the first character `ascii` (an ASCII byte), exactly as
    /// `firstIndex(of: Character(ascii))` finds it, but found by scanning bytes: when every byte
    /// before the match and the byte after it are ASCII, the match is a character of its own (no
    /// grapheme rule joins two ASCII characters but CR LF). Otherwise the character search decides.
    package func firstIndex(ofASCII ascii: UInt8) -> String.Index? {
        let bytes = utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 { break }
            if byte == ascii {
                let next = bytes.index(after: index)
                if next == bytes.endIndex || bytes[next] < 0x80 { return index }
                break
            }
            bytes.formIndex(after: &index)
        }
        guard index < bytes.endIndex else { return nil }
        return firstIndex(of: Character(Unicode.Scalar(ascii)))
    }
}

extension Substring {
    /// The index of the last character `ascii` (an ASCII byte), exactly as
    /// `lastIndex(of: Character(ascii))` finds it, but found by scanning bytes from the end: when
    /// every byte after the match and the byte before it are ASCII, the match is a character of its
    /// own. Otherwise the character search decides.
    func lastIndex(ofASCII ascii: UInt8) -> String.Index? {
        let bytes = utf8
        var index = bytes.endIndex
        while index > bytes.startIndex {
            bytes.formIndex(before: &index)
            let byte = bytes[index]
            if byte >= 0x80 { break }
            if byte == ascii {
                if index == bytes.startIndex || bytes[bytes.index(before: index)] < 0x80 { return index }
                break
            }
            // All ASCII and no match.
            if index == bytes.startIndex { return nil }
        }
        return lastIndex(of: Character(Unicode.Scalar(ascii)))
    }
}
