import NIOConcurrencyHelpers

/// The items, in memory, in creation order. Thread-safe.
public final class ItemStore: Sendable {
    private let items = NIOLockedValueBox<[Item]>([])

    /// Creates an empty store.
    public init() {}

    /// Creates an item named `name`.
    public func create(name: String) -> Item {
        items.withLockedValue { items in
            let item = Item(id: String(items.count + 1), name: name)
            items.append(item)
            return item
        }
    }

    /// Every item.
    public var all: [Item] { items.withLockedValue { $0 } }

    /// The item with `id`, if any.
    public func item(id: String) -> Item? {
        items.withLockedValue { items in items.first { $0.id == id } }
    }
}
