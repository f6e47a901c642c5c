/// Keys in order of last use, with O(1) append, touch, remove and pop of the oldest: a doubly
/// linked list threaded through a dictionary.
struct LRUOrder<Key: Hashable & Sendable>: Sendable {
    private struct Links: Sendable {
        var older: Key?
        var newer: Key?
    }

    private var links: [Key: Links] = [:]
    private var oldest: Key?
    private var newest: Key?

    /// The number of keys.
    var count: Int { links.count }

    /// Adds `key` as the most recently used (moving it if present).
    mutating func touch(_ key: Key) {
        if links[key] != nil { remove(key) }
        links[key] = Links(older: newest, newer: nil)
        if let newest { links[newest]?.newer = key }
        newest = key
        if oldest == nil { oldest = key }
    }

    /// Removes `key` if present.
    mutating func remove(_ key: Key) {
        guard let link = links.removeValue(forKey: key) else { return }
        if let older = link.older { links[older]?.newer = link.newer } else { oldest = link.newer }
        if let newer = link.newer { links[newer]?.older = link.older } else { newest = link.older }
    }

    /// Removes and returns the least recently used key.
    mutating func popOldest() -> Key? {
        guard let key = oldest else { return nil }
        remove(key)
        return key
    }

    /// The keys, least recently used first.
    var keysOldestFirst: [Key] {
        var keys: [Key] = []
        var cursor = oldest
        while let key = cursor {
            keys.append(key)
            cursor = links[key]?.newer
        }
        return keys
    }
}
