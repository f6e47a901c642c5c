/// Variables collected from several sources in order, each later value overriding an earlier one
/// while its provenance chain grows: the one way envcheck layers values (env files of a service,
/// `.env` layers, files given to `print`).
public struct VariableAccumulator: Sendable {
    /// The variables, in the order their names first appeared.
    public private(set) var variables: [ResolvedVariable] = []
    private var index: [String: Int] = [:]

    /// An empty accumulator.
    public init() {}

    /// The current value of `name`.
    public subscript(name: String) -> [UInt8]? {
        index[name].map { variables[$0].value }
    }

    /// Every name with its current value (for interpolation lookups).
    public var values: [String: [UInt8]] {
        Dictionary(variables.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }

    /// Sets `name` to `value`, recording where it came from after what set it before.
    public mutating func set(_ name: String, to value: [UInt8], from provenance: [Provenance]) {
        if let existing = index[name] {
            variables[existing].value = value
            variables[existing].provenance += provenance
        } else {
            index[name] = variables.count
            variables.append(ResolvedVariable(name: name, value: value, provenance: provenance))
        }
    }

    /// Takes `variable`'s value and appends its provenance.
    public mutating func add(_ variable: ResolvedVariable) {
        set(variable.name, to: variable.value, from: variable.provenance)
    }

    /// Forgets `name` (an `environment: [NAME]` entry with nothing to inherit unsets it).
    public mutating func remove(_ name: String) {
        guard let position = index.removeValue(forKey: name) else { return }
        variables.remove(at: position)
        for (other, slot) in index where slot > position { index[other] = slot - 1 }
    }
}
