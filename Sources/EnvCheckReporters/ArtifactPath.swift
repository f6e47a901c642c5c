/// Paths as CI services want them: relative to the checkout, without a leading `./`.
enum ArtifactPath {
    /// `path` without leading `./` segments.
    static func relative(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") {
            result = result.dropFirst(2).drop(while: { $0 == "/" })
        }
        return result.isEmpty ? path : String(result)
    }

    /// `path` as a URI reference for SARIF: relative paths percent-encoded as they are,
    /// absolute ones as `file://` URIs.
    static func uri(_ path: String) -> String {
        let relativePath = relative(path)
        let encoded = percentEncoded(relativePath)
        return relativePath.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
