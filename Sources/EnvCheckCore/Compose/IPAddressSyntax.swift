/// IPv4 and IPv6 address syntax, as Go's `net.ParseIP` accepts it.
public enum IPAddressSyntax {
    /// Whether `text` is an IPv4 or IPv6 address.
    public static func isValid(_ text: String) -> Bool {
        ipv4(text) != nil || ipv6(text) != nil
    }

    /// The four octets of a dotted-quad IPv4 address (no leading zeros, as Go requires).
    public static func ipv4(_ text: String) -> [UInt8]? {
        // On bytes: any byte but a digit or a dot refuses the text (as it refuses the part it
        // would fall in when splitting by characters).
        var octets: [UInt8] = []
        octets.reserveCapacity(4)
        var value = 0, digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, octets.count < 3 else { return nil }
                octets.append(UInt8(value))
                value = 0
                digits = 0
                continue
            }
            // At most three digits, no leading zero, at most 255.
            guard byte >= 48, byte <= 57, digits < 3, !(digits == 1 && value == 0) else { return nil }
            value = value * 10 + Int(byte - 48)
            digits += 1
            guard value <= 255 else { return nil }
        }
        guard digits > 0, octets.count == 3 else { return nil }
        octets.append(UInt8(value))
        return octets
    }

    /// The sixteen bytes of an IPv6 address (`::` compression and an IPv4 tail allowed).
    public static func ipv6(_ text: String) -> [UInt8]? {
        guard text.contains(":"), !text.contains(":::") else { return nil }
        let halves = text.components(separatedByDoubleColon: ())
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            if part.isEmpty { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = ipv4(String(piece)) {
                    bytes += v4
                    continue
                }
                guard !piece.isEmpty, piece.count <= 4, piece.allSatisfy(\.isHexDigit),
                      let value = UInt16(piece, radix: 16) else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + Array(repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}

private extension String {
    /// Splits at `::` (at most the first occurrence matters; a second one makes three parts).
    func components(separatedByDoubleColon: ()) -> [String] {
        var parts: [String] = []
        var current = ""
        var index = startIndex
        while index < endIndex {
            let next = self.index(after: index)
            if self[index] == ":", next < endIndex, self[next] == ":" {
                parts.append(current)
                current = ""
                index = self.index(after: next)
                continue
            }
            current.append(self[index])
            index = next
        }
        parts.append(current)
        return parts
    }
}
