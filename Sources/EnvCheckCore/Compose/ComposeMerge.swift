/// Merges the trees of several compose files (`-f a -f b`) the way compose does: mappings merge
/// key by key, later files win for scalars; `command`, `entrypoint` and `healthcheck.test` are
/// replaced; `environment`, `labels` and similar lists-or-mappings merge by name; other lists append.
enum ComposeMerge {
    /// The merged tree, or `nil` when there is none.
    static func merge(_ roots: [YAMLNode]) -> YAMLNode? {
        guard var merged = roots.first else { return nil }
        for next in roots.dropFirst() { merged = merge(merged, next, path: []) }
        return merged
    }

    /// A service's mapping merged over the service it `extends` (the extending one wins).
    static func mergeService(_ base: YAMLNode, _ override: YAMLNode) -> YAMLNode {
        merge(base, override, path: ["services", "service"])
    }

    private static let replaced: Set<String> = ["command", "entrypoint", "test"]
    private static let mergedByName: Set<String> = ["environment", "labels", "annotations", "args", "sysctls", "extra_hosts"]

    private static func merge(_ base: YAMLNode, _ override: YAMLNode, path: [String]) -> YAMLNode {
        let key = path.last ?? ""
        if replaced.contains(key) { return override }
        if mergedByName.contains(key), path.count >= 3 {
            return mergeByName(base, override)
        }
        switch (base.kind, override.kind) {
        case (.mapping(let left), .mapping(let right)):
            var pairs = left
            for pair in right {
                if let index = pairs.firstIndex(where: { $0.key.scalar == pair.key.scalar }) {
                    pairs[index].value = merge(pairs[index].value, pair.value, path: path + [pair.key.scalar ?? ""])
                } else {
                    pairs.append(pair)
                }
            }
            var result = base
            result.kind = .mapping(pairs)
            return result
        case (.sequence(let left), .sequence(let right)):
            var items = left
            for item in right where item.scalar == nil || !items.contains(where: { $0.scalar == item.scalar }) {
                items.append(item)
            }
            var result = base
            result.kind = .sequence(items)
            return result
        default:
            return override
        }
    }

    /// `KEY=value` lists and `KEY: value` mappings merged by key, as a mapping.
    private static func mergeByName(_ base: YAMLNode, _ override: YAMLNode) -> YAMLNode {
        var pairs = asPairs(base)
        for pair in asPairs(override) {
            if let index = pairs.firstIndex(where: { $0.key.scalar == pair.key.scalar }) {
                pairs[index] = pair
            } else {
                pairs.append(pair)
            }
        }
        var result = base
        result.kind = .mapping(pairs)
        return result
    }

    private static func asPairs(_ node: YAMLNode) -> [(key: YAMLNode, value: YAMLNode)] {
        if let pairs = node.mapping { return pairs }
        return (node.sequence ?? []).compactMap { item in
            guard let text = item.scalar else { return nil }
            var key = item, value = item
            if let equals = text.firstIndex(ofASCII: UInt8(ascii: "=")) {
                key.kind = .scalar(String(text[..<equals]), isQuoted: false)
                value.kind = .scalar(String(text[text.index(after: equals)...]), isQuoted: true)
            } else {
                key.kind = .scalar(text, isQuoted: false)
                value.kind = .scalar("", isQuoted: false)
            }
            return (key, value)
        }
    }
}
