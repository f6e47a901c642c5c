/// Where a resolved value came from.
public enum Provenance: Sendable, Hashable {
    /// A statement of a file: its path and 1-based line.
    case file(path: String, line: Int)
    /// The process environment (a bare `KEY` line inherits it).
    case processEnvironment
}

/// A variable's final value and where it was set.
public struct ResolvedVariable: Sendable {
    /// The provenance chain, kept inline while it has a single entry (nearly every variable), so
    /// resolving a file does not allocate an array per variable.
    private enum Chain: Sendable {
        case one(Provenance)
        case many([Provenance])
    }

    /// The variable's name.
    public var name: String
    /// Its value, as the app would see it.
    public var value: [UInt8]
    private var chain: Chain

    /// Where it was set; the last entry is the one that wins.
    public var provenance: [Provenance] {
        get {
            switch chain {
            case .one(let single): [single]
            case .many(let all): all
            }
        }
        set { chain = newValue.count == 1 ? .one(newValue[0]) : .many(newValue) }
    }

    /// Creates a resolved variable.
    public init(name: String, value: [UInt8], provenance: [Provenance]) {
        self.name = name
        self.value = value
        self.chain = provenance.count == 1 ? .one(provenance[0]) : .many(provenance)
    }

    /// Creates a resolved variable set once.
    init(name: String, value: [UInt8], provenance: Provenance) {
        self.name = name
        self.value = value
        self.chain = .one(provenance)
    }

    /// Adds a later setting of the variable.
    mutating func appendProvenance(_ later: Provenance) {
        switch chain {
        case .one(let single): chain = .many([single, later])
        case .many(var all):
            chain = .one(later)  // drops the array's other reference, so the append below is in place
            all.append(later)
            chain = .many(all)
        }
    }

    /// The value as text (invalid UTF-8 repaired).
    public var text: String { String(decoding: value, as: UTF8.self) }
}
