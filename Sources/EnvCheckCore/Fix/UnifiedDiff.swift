/// A unified diff of two versions of a file, by lines, with three lines of context.
public enum UnifiedDiff {
    /// The diff text (`--- a/path`, `+++ b/path`, hunks); empty when the versions are equal.
    /// `mask` turns each line into what may be shown (secret values hidden).
    public static func render(
        path: String, before: [UInt8], after: [UInt8], mask: (String) -> String = { $0 }
    ) -> String {
        guard before != after else { return "" }
        let old = lines(before), new = lines(after)
        let script = editScript(old, new)
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(script, context: 3) {
            out += "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@\n"
            for (tag, text) in hunk.lines { out += tag + mask(text) + "\n" }
        }
        return out
    }

    private enum Step { case same(Int, Int), delete(Int), insert(Int) }

    private struct Hunk {
        var oldStart = 0, oldCount = 0, newStart = 0, newCount = 0
        var lines: [(String, String)] = []
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var result = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self).replacingCRLFMarker() }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Longest-common-subsequence edit script after trimming the common prefix and suffix
    /// (fixes are local, so the middle is small).
    private static func editScript(_ a: [String], _ b: [String]) -> [(Step, String)] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<a.count - suffix]), midB = Array(b[prefix..<b.count - suffix])
        var steps: [Step] = (0..<prefix).map { .same($0, $0) }
        if midA.count * midB.count > 4_000_000 {
            steps += midA.indices.map { .delete(prefix + $0) } + midB.indices.map { .insert(prefix + $0) }
        } else {
            var table = Array(repeating: Array(repeating: 0, count: midB.count + 1), count: midA.count + 1)
            for i in stride(from: midA.count - 1, through: 0, by: -1) {
                for j in stride(from: midB.count - 1, through: 0, by: -1) {
                    table[i][j] = midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < midA.count || j < midB.count {
                if i < midA.count, j < midB.count, midA[i] == midB[j] {
                    steps.append(.same(prefix + i, prefix + j)); i += 1; j += 1
                } else if j < midB.count, i == midA.count || table[i][j + 1] >= table[i + 1][j] {
                    steps.append(.insert(prefix + j)); j += 1
                } else {
                    steps.append(.delete(prefix + i)); i += 1
                }
            }
        }
        steps += (0..<suffix).map { .same(a.count - suffix + $0, b.count - suffix + $0) }
        return steps.map { step in
            switch step {
            case .same(let i, _), .delete(let i): (step, a[i])
            case .insert(let j): (step, b[j])
            }
        }
    }

    private static func hunks(_ script: [(Step, String)], context: Int) -> [Hunk] {
        let changed = script.indices.filter { if case .same = script[$0].0 { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(script.count - 1, index + context)
            if let last = groups.last, range.lowerBound <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                groups.append(range)
            }
        }
        return groups.map { group in
            var hunk = Hunk()
            var oldLine = 0, newLine = 0
            for (offset, (step, _)) in script.enumerated() where offset < group.lowerBound {
                switch step {
                case .same: oldLine += 1; newLine += 1
                case .delete: oldLine += 1
                case .insert: newLine += 1
                }
            }
            hunk.oldStart = oldLine + 1
            hunk.newStart = newLine + 1
            for (step, text) in script[group] {
                switch step {
                case .same: hunk.lines.append((" ", text)); hunk.oldCount += 1; hunk.newCount += 1
                case .delete: hunk.lines.append(("-", text)); hunk.oldCount += 1
                case .insert: hunk.lines.append(("+", text)); hunk.newCount += 1
                }
            }
            if hunk.oldCount == 0 { hunk.oldStart -= 1 }
            if hunk.newCount == 0 { hunk.newStart -= 1 }
            return hunk
        }
    }
}

private extension String {
    /// Shows a carriage return at the end of a line as `␍`, so CRLF changes are visible.
    func replacingCRLFMarker() -> String {
        hasSuffix("\r") ? String(dropLast()) + "␍" : self
    }
}

