import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libyaml event as the composer reads it: its type, its marks and the bytes of its scalar
/// value, tag and anchor, read in place. The bytes are libyaml's own (`init(_:)`) or a copy the
/// parser thread made (`YAMLEventStream.Batch`); either way they live until the event is handled.
struct YAMLEvent {
    /// The event's type (`YAML_SCALAR_EVENT`, `YAML_MAPPING_START_EVENT`, …).
    var type: yaml_event_type_t
    /// Where the event starts, as libyaml counts (0-based line and character column).
    var start: (line: Int, column: Int)
    /// Where it ends.
    var end: (line: Int, column: Int)
    /// The scalar's text (empty for other events).
    var value: UnsafeBufferPointer<UInt8>
    /// Whether the scalar was written quoted or as a block (anything but plain).
    var isQuoted: Bool
    /// The explicit tag of a scalar, sequence or mapping.
    var tag: UnsafeBufferPointer<UInt8>?
    /// The anchor a scalar, sequence or mapping defines, or the one an alias names.
    var anchor: UnsafeBufferPointer<UInt8>?

    /// The event `event` refers to, read in libyaml's memory (valid until `yaml_event_delete`).
    init(_ event: yaml_event_t) {
        type = event.type
        start = (event.start_mark.line, event.start_mark.column)
        end = (event.end_mark.line, event.end_mark.column)
        value = UnsafeBufferPointer(start: nil, count: 0)
        isQuoted = false
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            isQuoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
            tag = Self.bytes(scalar.tag)
            anchor = Self.bytes(scalar.anchor)
        case YAML_SEQUENCE_START_EVENT:
            tag = Self.bytes(event.data.sequence_start.tag)
            anchor = Self.bytes(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            tag = Self.bytes(event.data.mapping_start.tag)
            anchor = Self.bytes(event.data.mapping_start.anchor)
        case YAML_ALIAS_EVENT:
            anchor = Self.bytes(event.data.alias.anchor)
        default:
            break
        }
    }

    /// An event whose bytes are elsewhere (a batch's copy).
    init(type: yaml_event_type_t, start: (line: Int, column: Int), end: (line: Int, column: Int), value: UnsafeBufferPointer<UInt8>,
         isQuoted: Bool, tag: UnsafeBufferPointer<UInt8>?, anchor: UnsafeBufferPointer<UInt8>?) {
        self.type = type
        self.start = start
        self.end = end
        self.value = value
        self.isQuoted = isQuoted
        self.tag = tag
        self.anchor = anchor
    }

    /// The bytes of one of libyaml's NUL-terminated strings (tags and anchors).
    private static func bytes(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer else { return nil }
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return UnsafeBufferPointer(start: pointer, count: count)
    }
}
