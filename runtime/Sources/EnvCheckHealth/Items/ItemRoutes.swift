import EnvCheckCore
import Hummingbird

/// `/v1/items`: `POST` creates an item from `{"name": "…"}` (201 with the item and its
/// `Location`), `GET` lists them, `GET /v1/items/{id}` reads one. `POST` goes through the
/// idempotency middleware.
struct ItemRoutes {
    /// The longest name accepted.
    static let maximumNameLength = 200

    let store: ItemStore

    func add(to router: Router<HealthRequestContext>, idempotency: IdempotencyMiddleware) {
        let group = router.group("v1/items")
        group.get { _, _ in listResponse() }
        group.get(":id") { _, context in
            guard let id = context.parameters.get("id"), let item = store.item(id: id) else {
                return JSONResponse.problem(.notFound, "No such item")
            }
            return JSONResponse.make(item.json, status: .ok)
        }
        router.group("v1/items").add(middleware: idempotency).post { request, context in
            try await create(request, context)
        }
    }

    private func listResponse() -> Response {
        let items = store.all
        return JSONResponse.make(.object([JSONMember("count", .integer(items.count)),
                                          JSONMember("items", .array(items.map(\.json)))]), status: .ok)
    }

    private func create(_ request: Request, _ context: HealthRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let json = try? JSONReader.parse(Array(body.readableBytesView)),
              let name = json["name"]?.stringValue else {
            return JSONResponse.problem(.badRequest, "Invalid item", detail: "Send a JSON object with a string \"name\"")
        }
        guard !name.isEmpty, name.count <= Self.maximumNameLength else {
            return JSONResponse.problem(.badRequest, "Invalid item", detail: "name must have 1–\(Self.maximumNameLength) characters")
        }
        let item = store.create(name: name)
        context.logger.info("Created item", metadata: ["item.id": .string(item.id)])
        return JSONResponse.make(item.json, status: .created, headers: [.location: "/v1/items/\(item.id)"])
    }
}
