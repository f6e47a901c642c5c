/// Edit distance over Unicode scalars (Levenshtein plus adjacent transpositions, the
/// "optimal string alignment" variant), for "did you mean" suggestions.
enum EditDistance {
    /// The number of single-scalar insertions, deletions, substitutions and swaps of two
    /// neighbours that turn `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars)
        let target = Array(b.unicodeScalars)
        if source.isEmpty { return target.count }
        var beforePrevious = Array(0...target.count)
        var previous = beforePrevious
        var current = previous
        for i in source.indices {
            current[0] = i + 1
            for j in target.indices {
                var cost = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (source[i] == target[j] ? 0 : 1))
                if i > 0, j > 0, source[i] == target[j - 1], source[i - 1] == target[j] {
                    cost = Swift.min(cost, beforePrevious[j - 1] + 1)
                }
                current[j + 1] = cost
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[target.count]
    }

    /// The candidate closest to `text` when it is close enough to be a likely typo: at most a
    /// third of the candidate's length (at least 1, at most 3) edits away, compared
    /// case-insensitively. Ties go to the earlier candidate.
    static func suggestion(for text: String, among candidates: [String]) -> String? {
        let folded = text.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = between(folded, candidate.lowercased())
            let limit = Swift.max(1, Swift.min(3, candidate.unicodeScalars.count / 3))
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The length of the common prefix of `a` and `b`, in Unicode scalars.
    static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
    }
}
