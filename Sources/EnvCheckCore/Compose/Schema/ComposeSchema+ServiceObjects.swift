extension ComposeSchema {
    /// `build`: a context path, or the long form.
    static let build = ComposeShape.union(.string, .object([
        "context": .string,
        "dockerfile": .string,
        "dockerfile_inline": .string,
        "entitlements": .listOfStrings,
        "args": .listOrDict,
        "ssh": .listOrDict,
        "labels": .listOrDict,
        "cache_from": .listOfStrings,
        "cache_to": .listOfStrings,
        "no_cache": .boolean,
        "additional_contexts": .listOrDict,
        "network": .string,
        "provenance": .scalar([.string, .boolean]),
        "sbom": .scalar([.string, .boolean]),
        "pull": .boolean,
        "target": .string,
        "shm_size": .integerByteSize,
        "extra_hosts": extraHosts,
        "isolation": .string,
        "privileged": .boolean,
        "secrets": fileReferences,
        "tags": .listOfStrings,
        "ulimits": ulimits,
        "platforms": .listOfStrings,
    ]))

    /// `blkio_config` (no `x-*` keys).
    static let blkioConfig: ComposeShape = {
        let limit = ComposeShape.object(["path": .string, "rate": .integerByteSize], extensions: false)
        let weight = ComposeShape.object(["path": .string, "weight": .scalar(.integer)], extensions: false)
        return .object([
            "device_read_bps": .list(limit),
            "device_read_iops": .list(limit),
            "device_write_bps": .list(limit),
            "device_write_iops": .list(limit),
            "weight": .scalar(.integer),
            "weight_device": .list(weight),
        ], extensions: false)
    }()

    /// `healthcheck`.
    static let healthcheck = ComposeShape.object([
        "disable": .boolean,
        "interval": .duration,
        "retries": .scalar([.number, .string], format: .integer),
        "test": .stringOrList,
        "timeout": .duration,
        "start_period": .duration,
        "start_interval": .duration,
    ])

    /// `deploy`.
    static let deploy: ComposeShape = {
        let rollout = ComposeShape.object([
            "parallelism": .integer,
            "delay": .duration,
            "failure_action": .string,
            "monitor": .duration,
            "max_failure_ratio": .number,
            "order": .choice("start-first", "stop-first"),
        ])
        return .object([
            "mode": .string,
            "endpoint_mode": .string,
            "replicas": .integer,
            "labels": .listOrDict,
            "rollback_config": rollout,
            "update_config": rollout,
            "resources": .object([
                "limits": .object(["cpus": .number, "memory": .scalar(.string, format: .byteSize), "pids": .integer]),
                "reservations": .object([
                    "cpus": .number,
                    "memory": .scalar(.string, format: .byteSize),
                    "generic_resources": .list(.object([
                        "discrete_resource_spec": .object(["kind": .string, "value": .number]),
                    ])),
                    "devices": .list(.object(gpuDevice, required: ["capabilities"])),
                ]),
            ]),
            "restart_policy": .object([
                "condition": .string,
                "delay": .duration,
                "max_attempts": .integer,
                "window": .duration,
            ]),
            "placement": .object([
                "constraints": .listOfStrings,
                "preferences": .list(.object(["spread": .string])),
                "max_replicas_per_node": .integer,
            ]),
        ])
    }()

    /// `develop` (compose watch).
    static let develop = ComposeShape.object([
        "watch": .list(.object([
            "ignore": .stringOrList,
            "include": .stringOrList,
            "path": .string,
            "action": .choice("rebuild", "sync", "restart", "sync+restart", "sync+exec"),
            "target": .string,
            "exec": serviceHook,
            "initial_sync": .strictBoolean,
        ], required: ["path", "action"])),
    ])

    /// The long syntax of a `ports` entry. Compose leaves `protocol` unchecked in this form, but
    /// the engine only knows tcp, udp and sctp.
    static let port = ComposeShape.object([
        "name": .string,
        "mode": .string,
        "host_ip": .string,
        "target": .integer,
        "published": .scalar([.string, .integer]),
        "protocol": .scalar(.string, format: .choiceIgnoringCase(["tcp", "udp", "sctp"])),
        "app_protocol": .string,
    ])

    /// The long syntax of a service's `volumes` entry.
    static let serviceVolume = ComposeShape.object([
        "type": .choice("bind", "volume", "tmpfs", "cluster", "npipe", "image"),
        "source": .string,
        "target": .string,
        "read_only": .boolean,
        "consistency": .string,
        "bind": .object([
            "propagation": .string,
            "create_host_path": .boolean,
            "recursive": .choice("enabled", "disabled", "writable", "readonly"),
            "selinux": .choice("z", "Z"),
        ]),
        "volume": .object(["labels": .listOrDict, "nocopy": .boolean, "subpath": .string]),
        "tmpfs": .object([
            "size": .scalar([.integer, .string], format: .byteSize, range: 0...Int.max),
            "mode": .scalar(.number),
        ]),
        "image": .object(["subpath": .string]),
    ], required: ["type"])

    /// A network entry of a service's `networks` mapping.
    static let serviceNetwork = ComposeShape.object([
        "aliases": .listOfStrings,
        "interface_name": .string,
        "ipv4_address": .string,
        "ipv6_address": .string,
        "link_local_ips": .listOfStrings,
        "mac_address": .string,
        "driver_opts": driverOptions,
        "priority": .scalar(.number),
        "gw_priority": .scalar(.number),
    ])
}
