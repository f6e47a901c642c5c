/// A quick "certainly not set" test for the process environment, so that interpolating a file
/// does not hash each referenced name a second time for a dictionary lookup that mostly misses.
/// It holds the `KeySlots` hashes of the environment's names; when a name is not ASCII (on either
/// side) it cannot decide, as strings compare by canonical equivalence, and says "maybe".
struct EnvironmentNameFilter {
    /// The hashes of the names, or `nil` when some name is not ASCII.
    private let hashes: Set<UInt32>?

    /// A filter for the names of `environment`.
    init(_ environment: ProcessEnvironment) {
        var hashes = Set<UInt32>()
        for name in environment.variables.keys {
            guard let hash = KeySlots.asciiHash(of: name) else {
                self.hashes = nil
                return
            }
            hashes.insert(hash)
        }
        self.hashes = hashes
    }

    /// Whether the environment may set the name whose `KeySlots.asciiHash` is `asciiHash`.
    func maySet(asciiHash: UInt32?) -> Bool {
        guard let hashes, let asciiHash else { return true }
        return hashes.contains(asciiHash)
    }
}
