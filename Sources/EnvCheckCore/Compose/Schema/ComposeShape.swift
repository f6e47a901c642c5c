/// One node of the compose schema: what a value may be, by YAML kind.
///
/// A JSON-schema `oneOf` in the compose spec always tells its branches apart by kind (a string
/// or a list, a string or a mapping), so a shape holds at most one rule per kind: for scalars,
/// for lists and for mappings. `nil` means that kind is not allowed here.
final class ComposeShape: Sendable {
    /// The rule for scalars, if scalars are allowed.
    let scalar: ScalarRule?
    /// The shape of the items, if lists are allowed.
    let items: ComposeShape?
    /// The rule for mappings, if mappings are allowed.
    let object: ObjectRule?
    /// Whether anything goes (extension values); only keys are still checked.
    let isAny: Bool

    init(scalar: ScalarRule? = nil, items: ComposeShape? = nil, object: ObjectRule? = nil, isAny: Bool = false) {
        self.scalar = scalar
        self.items = items
        self.object = object
        self.isAny = isAny
    }

    /// What scalars may be: their types, and for strings a spelling compose can read.
    struct ScalarRule: Sendable {
        /// The accepted types.
        var kinds: ComposeScalarKinds
        /// A spelling strings must have (a boolean, a size, a duration, one of some words...).
        var format: ComposeValueFormat?
        /// The range integers must be in.
        var range: ClosedRange<Int>?
    }

    /// What mappings may hold.
    struct ObjectRule: Sendable {
        /// The known keys and their shapes.
        var fields: [String: ComposeShape] = [:]
        /// Keys that must be present.
        var required: [String] = []
        /// Whether `x-*` keys are allowed (with any value).
        var allowsExtensions = true
        /// The shape of the values under other keys (a mapping of names), if any.
        var entries: ComposeShape?
        /// Which other keys are names (only with `entries`).
        var names: NamePattern = .any
    }

    /// Which keys of a mapping of names are allowed.
    enum NamePattern: Sendable {
        /// Any non-empty key.
        case any
        /// `^[a-zA-Z0-9._-]+$`, anything else is an error (services, volumes, secrets...).
        case resource
        /// `^[a-zA-Z0-9._-]+$`, other keys are left unchecked (compose does not check them).
        case resourceLoose
        /// `^[a-z]+$`, other keys are left unchecked (ulimits).
        case lowercaseLoose

        /// Whether `name` matches.
        func matches(_ name: String) -> Bool {
            switch self {
            case .any: !name.isEmpty
            // Byte by byte: every allowed character is ASCII, and no byte of another is.
            case .resource, .resourceLoose:
                Self.allBytes(of: name) {
                    switch $0 {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                         UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                        true
                    default: false
                    }
                }
            case .lowercaseLoose:
                Self.allBytes(of: name) { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
            }
        }

        /// Whether `name` is not empty and every byte of its UTF-8 passes `test`, read in place.
        private static func allBytes(of name: String, _ test: (UInt8) -> Bool) -> Bool {
            var name = name
            return name.withUTF8 { bytes in !bytes.isEmpty && bytes.allSatisfy(test) }
        }

        /// What a name must look like, for messages.
        var requirement: String {
            switch self {
            case .any: "a name cannot be empty"
            case .resource, .resourceLoose: "use only letters, digits, ., _ and -"
            case .lowercaseLoose: "use only lower-case letters"
            }
        }

        /// Whether a key that does not match is an error.
        var isStrict: Bool {
            switch self {
            case .any, .resource: true
            case .resourceLoose, .lowercaseLoose: false
            }
        }
    }
}
