extension String {
    /// The index of the first character `ascii` (an ASCII byte), exactly as
    /// `firstIndex(of: Character(ascii))` finds it, but found by scanning bytes: when every byte
    /// before the match and the byte after it are ASCII, the match is a character of its own (no
    /// grapheme rule joins two ASCII characters but CR LF). Otherwise the character search decides.
    package func firstIndex(ofASCII ascii: UInt8) -> String.Index? {
        // The byte offset of the match; `nil` for no match in an ASCII string; -1 to let the
        // character search decide.
        let scan: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte >= 0x80 { return -1 }
                if byte == ascii { return offset + 1 == bytes.count || bytes[offset + 1] < 0x80 ? offset : -1 }
            }
            return nil
        }
        switch scan {
        case .some(.none): return nil
        case .some(.some(let offset)) where offset >= 0: return utf8.index(utf8.startIndex, offsetBy: offset)
        default: return firstIndex(of: Character(Unicode.Scalar(ascii)))
        }
    }
}
