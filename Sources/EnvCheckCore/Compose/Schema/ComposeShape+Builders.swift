/// The small vocabulary the compose schema is written in.
extension ComposeShape {
    /// Scalars of the given types, strings in the given spelling, integers in the given range.
    static func scalar(_ kinds: ComposeScalarKinds, format: ComposeValueFormat? = nil,
                       range: ClosedRange<Int>? = nil) -> ComposeShape {
        ComposeShape(scalar: ScalarRule(kinds: kinds, format: format, range: range))
    }

    /// A string.
    static let string = scalar(.string)
    /// A real boolean (`true`/`false`, no strings).
    static let strictBoolean = scalar(.boolean)
    /// A boolean, or a string compose reads as one (`"true"`, `yes`, `off`).
    static let boolean = scalar([.boolean, .string], format: .boolean)
    /// An integer, or a string compose reads as one.
    static let integer = scalar([.integer, .string], format: .integer)
    /// A number, or a string compose reads as one.
    static let number = scalar([.number, .string], format: .number)
    /// A number of bytes, or a string such as `512m`.
    static let byteSize = scalar([.number, .string], format: .byteSize)
    /// A whole number of bytes, or a string such as `512m`.
    static let integerByteSize = scalar([.integer, .string], format: .byteSize)
    /// A Go duration string such as `30s` (bare numbers are refused).
    static let duration = scalar(.string, format: .duration)
    /// Any value at all (extension fields).
    static let any = ComposeShape(isAny: true)

    /// A string that is one of `words`.
    static func choice(_ words: String...) -> ComposeShape {
        scalar(.string, format: .choice(words))
    }

    /// A list of `items`.
    static func list(_ items: ComposeShape) -> ComposeShape {
        ComposeShape(items: items)
    }

    /// A list of strings.
    static let listOfStrings = list(.string)
    /// A string or a list of strings.
    static let stringOrList = union(.string, .listOfStrings)
    /// A command: null, a string, or a list of strings.
    static let command = union(.scalar([.null, .string]), .listOfStrings)
    /// A mapping of names to scalars, or a list of `KEY=VALUE` strings (`environment`, `labels`...).
    static let listOrDict = union(.dictionary(.scalar([.string, .number, .boolean, .null])), .listOfStrings)

    /// A mapping with known keys.
    static func object(_ fields: [String: ComposeShape], required: [String] = [],
                       extensions: Bool = true) -> ComposeShape {
        ComposeShape(object: ObjectRule(fields: fields, required: required, allowsExtensions: extensions))
    }

    /// A mapping of names to values of one shape.
    static func dictionary(_ entries: ComposeShape, names: NamePattern = .any) -> ComposeShape {
        ComposeShape(object: ObjectRule(allowsExtensions: false, entries: entries, names: names))
    }

    /// A shape that allows what any of `shapes` allows, kind by kind (the first rule of each kind wins,
    /// scalar types are merged).
    static func union(_ shapes: ComposeShape...) -> ComposeShape {
        var scalar: ScalarRule?
        for rule in shapes.compactMap(\.scalar) {
            guard var merged = scalar else {
                scalar = rule
                continue
            }
            merged.kinds.formUnion(rule.kinds)
            merged.format = merged.format ?? rule.format
            merged.range = merged.range ?? rule.range
            scalar = merged
        }
        return ComposeShape(scalar: scalar, items: shapes.lazy.compactMap(\.items).first,
                            object: shapes.lazy.compactMap(\.object).first,
                            isAny: shapes.contains { $0.isAny })
    }

    /// The same shape, also allowing null.
    var orNull: ComposeShape {
        ComposeShape.union(self, .scalar(.null))
    }
}
