/// A hand-written description of the Compose Specification's JSON schema as Docker Compose v2.40
/// (compose-go v2.9) applies it, tightened where compose itself refuses a value later (a string
/// where it needs a boolean, a size or a duration, a plain date anywhere, `pid: null`).
///
/// Top level, the shared definitions and the top-level resources are here; services are in
/// `ComposeSchema+Service.swift` and their nested objects in `ComposeSchema+ServiceObjects.swift`.
enum ComposeSchema {
    /// The whole file.
    static let root = ComposeShape.object([
        "version": .string,
        "name": .string,
        "include": ComposeShape.list(include).orNull,
        "services": .dictionary(service, names: .resource),
        "models": .dictionary(model, names: .resourceLoose),
        "networks": .dictionary(network.orNull, names: .resourceLoose),
        "volumes": .dictionary(volume.orNull, names: .resource),
        "secrets": .dictionary(secret, names: .resource),
        "configs": .dictionary(config, names: .resource),
    ])

    /// An `include` entry: a path, or a mapping.
    static let include = ComposeShape.union(.string, .object([
        "path": .stringOrList,
        "env_file": .stringOrList,
        "project_directory": .string,
    ], extensions: false))

    /// `driver_opts`: names to strings or numbers.
    static let driverOptions = ComposeShape.dictionary(.scalar([.string, .number]))

    /// `external`: a boolean, or (deprecated) a mapping with a name.
    static let external = ComposeShape.union(.boolean, .object(["name": .string]))

    /// `external` of secrets and configs, whose mapping form compose does not close.
    static let openExternal = ComposeShape.union(.boolean, ComposeShape(object: .init(
        fields: ["name": .string], entries: .any)))

    /// A top-level network.
    static let network = ComposeShape.object([
        "name": .string,
        "driver": .string,
        "driver_opts": driverOptions,
        "ipam": .object([
            "driver": .string,
            "config": .list(.object([
                "subnet": .string,
                "ip_range": .string,
                "gateway": .string,
                "aux_addresses": .dictionary(.string),
            ])),
            "options": .dictionary(.string),
        ]),
        "external": external,
        "internal": .boolean,
        "enable_ipv4": .boolean,
        "enable_ipv6": .boolean,
        "attachable": .boolean,
        "labels": .listOrDict,
    ])

    /// A top-level volume.
    static let volume = ComposeShape.object([
        "name": .string,
        "driver": .string,
        "driver_opts": driverOptions,
        "external": external,
        "labels": .listOrDict,
    ])

    /// A top-level secret.
    static let secret = ComposeShape.object([
        "name": .string,
        "environment": .string,
        "file": .string,
        "external": openExternal,
        "labels": .listOrDict,
        "driver": .string,
        "driver_opts": driverOptions,
        "template_driver": .string,
    ])

    /// A top-level config.
    static let config = ComposeShape.object([
        "name": .string,
        "content": .string,
        "environment": .string,
        "file": .string,
        "external": openExternal,
        "labels": .listOrDict,
        "template_driver": .string,
    ])

    /// A top-level model.
    static let model = ComposeShape.object([
        "name": .string,
        "model": .string,
        "context_size": .scalar(.integer),
        "runtime_flags": .listOfStrings,
    ], required: ["model"])
}
