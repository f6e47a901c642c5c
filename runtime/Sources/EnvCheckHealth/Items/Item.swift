import EnvCheckCore

/// A resource of the small demonstration route `/v1/items`.
public struct Item: Sendable, Equatable {
    /// Its id (decimal, in creation order).
    public var id: String
    /// Its name.
    public var name: String

    /// The item as JSON.
    var json: JSONValue {
        .object([JSONMember("id", .string(id)), JSONMember("name", .string(name))])
    }
}
