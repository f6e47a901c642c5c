/// A strict JSON parser (RFC 8259) without Foundation: one value and nothing after it but
/// whitespace, numbers exactly as the grammar spells them, strings of valid UTF-8 with every
/// escape including `\uXXXX` surrogate pairs (a lone surrogate is an error), no duplicate keys,
/// and a nesting limit so hostile input cannot exhaust the stack.
public struct JSONReader {
    /// Why a text is not JSON, and where.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong (sentence case, no trailing period).
        public var message: String
        /// The 0-based byte offset where it was found.
        public var offset: Int

        /// "Invalid JSON at byte N: message".
        public var description: String { "Invalid JSON at byte \(offset): \(message)" }
    }

    /// The default nesting limit (arrays and objects).
    public static let defaultDepthLimit = 64

    private let bytes: [UInt8]
    private let depthLimit: Int
    private var position = 0

    /// Parses `bytes` as exactly one JSON value.
    public static func parse(_ bytes: [UInt8], depthLimit: Int = defaultDepthLimit) throws(ParseError) -> JSONValue {
        var reader = JSONReader(bytes: bytes, depthLimit: depthLimit)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        if reader.position < bytes.count { throw reader.error("Unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], depthLimit: Int) {
        self.bytes = bytes
        self.depthLimit = depthLimit
    }

    private func error(_ message: String, at offset: Int? = nil) -> ParseError {
        ParseError(message: message, offset: offset ?? position)
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private mutating func value(depth: Int) throws(ParseError) -> JSONValue {
        guard let byte = current else { throw error("Unexpected end of input; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("Unexpected character; expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(ParseError) {
        let start = position
        for expected in word.utf8 {
            guard current == expected else { throw error("Invalid literal; expected \(word)", at: start) }
            position += 1
        }
    }

    private mutating func object(depth: Int) throws(ParseError) -> JSONValue {
        if depth > depthLimit { throw error("Nesting is deeper than \(depthLimit) levels") }
        position += 1
        var members: [JSONMember] = []
        var keys: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object([]) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("Expected a string key") }
            let keyOffset = position
            let key = try string()
            guard keys.insert(key).inserted else { throw error("Duplicate key \(JSONText.quote(key))", at: keyOffset) }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("Expected ':' after the key") }
            position += 1
            skipWhitespace()
            members.append(JSONMember(key, try value(depth: depth)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(members)
            case nil: throw error("Unexpected end of input; expected ',' or '}'")
            default: throw error("Expected ',' or '}'")
            }
        }
    }

    private mutating func array(depth: Int) throws(ParseError) -> JSONValue {
        if depth > depthLimit { throw error("Nesting is deeper than \(depthLimit) levels") }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array([]) }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            case nil: throw error("Unexpected end of input; expected ',' or ']'")
            default: throw error("Expected ',' or ']'")
            }
        }
    }

    private mutating func number() throws(ParseError) -> JSONValue {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, isDigit(first) else { throw error("Expected a digit") }
        position += 1
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) { throw error("Leading zeros are not allowed", at: start) }
        if first != UInt8(ascii: "0") { skipDigits() }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let digit = current, isDigit(digit) else { throw error("Expected a digit after the decimal point") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let digit = current, isDigit(digit) else { throw error("Expected a digit in the exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { throw error("Number is out of range", at: start) }
        return .number(double)
    }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func string() throws(ParseError) -> String {
        let start = position
        position += 1
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw error("Unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                let text = String(decoding: out, as: UTF8.self)
                guard text.utf8.elementsEqual(out) else { throw error("Invalid UTF-8 in a string", at: start) }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &out)
            case 0x00..<0x20:
                throw error("Control character in a string; it must be escaped")
            default:
                out.append(byte)
                position += 1
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(ParseError) {
        guard let byte = current else { throw error("Unterminated escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): out += Array(String(Character(try unicodeEscape())).utf8)
        default: throw error("Invalid escape", at: position - 2)
        }
    }

    /// The scalar of `\uXXXX` (after the `\u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws(ParseError) -> Unicode.Scalar {
        let start = position - 2
        let first = try hexQuad()
        if (0xDC00...0xDFFF).contains(first) { throw error("Lone low surrogate", at: start) }
        guard (0xD800...0xDBFF).contains(first) else { return Unicode.Scalar(first)! }
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
            throw error("High surrogate without a low surrogate", at: start)
        }
        position += 2
        let second = try hexQuad()
        guard (0xDC00...0xDFFF).contains(second) else { throw error("High surrogate without a low surrogate", at: start) }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
    }

    private mutating func hexQuad() throws(ParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else { throw error("Expected four hex digits after \\u") }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
