/// The YAML path of a node (`services.web.ports[0]`) built as UTF-8 bytes while a walk descends.
/// Interpolation records the paths of the values it expanded and the schema walk looks its own
/// paths up among them, so both build them here, the same way.
extension [UInt8] {
    /// Extends the path by a mapping key: `a.b`, or `b` at the top.
    mutating func appendYAMLPathKey(_ name: String) {
        if !isEmpty { append(UInt8(ascii: ".")) }
        append(contentsOf: name.utf8)
    }

    /// Extends the path by a list index: `a[3]`.
    mutating func appendYAMLPathIndex(_ index: Int) {
        append(UInt8(ascii: "["))
        let start = count
        var rest = index
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
        append(UInt8(ascii: "]"))
    }
}
