/// Finds the known key an unknown one was probably meant to be, by edit distance.
enum KeySuggestion {
    /// The closest of `candidates` to `name`, when close enough to be a typo: at most one edit for
    /// short keys, up to three for long ones; case and `-`/`_` differences count as nothing.
    static func closest<Candidates: Sequence>(to name: String, among candidates: Candidates) -> String?
    where Candidates.Element == String {
        let target = normalized(name)
        let limit = min(3, max(1, target.count / 4))
        var best: (distance: Int, key: String)?
        for candidate in candidates {
            let distance = editDistance(target, normalized(candidate))
            guard distance <= limit else { continue }
            if best == nil || (distance, candidate) < (best!.distance, best!.key) {
                best = (distance, candidate)
            }
        }
        return best?.key
    }

    private static func normalized(_ key: String) -> [Character] {
        Array(key.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one.
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous2 = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[rhs.count]
    }
}
