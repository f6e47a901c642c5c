extension ComposeSchema {
    /// A service: every key of the spec's `service` definition.
    static let service = ComposeShape.object([
        "annotations": .listOrDict,
        "attach": .boolean,
        "blkio_config": blkioConfig,
        "build": build,
        "cap_add": .listOfStrings,
        "cap_drop": .listOfStrings,
        "cgroup": .choice("host", "private"),
        "cgroup_parent": .string,
        "command": .command,
        "configs": fileReferences,
        "container_name": .scalar(.string, format: .containerName),
        "cpu_count": .scalar([.string, .integer], format: .integer, range: 0...Int.max),
        "cpu_percent": .scalar([.string, .integer], format: .number, range: 0...100),
        "cpu_period": .scalar([.number, .string], format: .integer),
        "cpu_quota": .scalar([.number, .string], format: .integer),
        "cpu_rt_period": .scalar([.number, .string], format: .integer),
        "cpu_rt_runtime": .scalar([.number, .string], format: .integer),
        "cpu_shares": .scalar([.number, .string], format: .integer),
        "cpus": .number,
        "cpuset": .string,
        "credential_spec": .object(["config": .string, "file": .string, "registry": .string]),
        "depends_on": dependsOn,
        "deploy": deploy.orNull,
        "develop": develop.orNull,
        "device_cgroup_rules": .listOfStrings,
        "devices": .list(.union(.string, .object([
            "source": .string, "target": .string, "permissions": .string,
        ], required: ["source"]))),
        "dns": .stringOrList,
        "dns_opt": .listOfStrings,
        "dns_search": .stringOrList,
        "domainname": .string,
        "entrypoint": .command,
        "env_file": envFile,
        "environment": .listOrDict,
        "expose": .list(.scalar([.string, .integer])),
        "extends": .union(.string, .object(["service": .string, "file": .string],
                                           required: ["service"], extensions: false)),
        "external_links": .listOfStrings,
        "extra_hosts": extraHosts,
        "gpus": .union(.choice("all"), .list(ComposeShape(object: .init(fields: gpuDevice, entries: .any)))),
        "group_add": .list(.scalar([.string, .integer])),
        "healthcheck": healthcheck,
        "hostname": .string,
        "image": .string,
        "init": .boolean,
        "ipc": .string,
        "isolation": .string,
        "label_file": .stringOrList,
        "labels": .listOrDict,
        "links": .listOfStrings,
        "logging": .object([
            "driver": .string,
            "options": .dictionary(.scalar([.string, .number, .null])),
        ]),
        "mac_address": .string,
        "mem_limit": .byteSize,
        "mem_reservation": .integerByteSize,
        "mem_swappiness": .integerByteSize,
        "memswap_limit": .byteSize,
        "models": .union(.listOfStrings, .dictionary(ComposeShape.object([
            "endpoint_var": .string, "model_var": .string,
        ]).orNull, names: .resourceLoose)),
        "network_mode": .string,
        "networks": .union(.listOfStrings, .dictionary(serviceNetwork.orNull, names: .resource)),
        "oom_kill_disable": .boolean,
        "oom_score_adj": .scalar([.string, .integer], format: .integer, range: -1000...1000),
        "pid": .string,
        "pids_limit": .scalar([.number, .string], format: .integer),
        "platform": .string,
        "ports": .list(.union(.scalar([.integer, .string]), port)),
        "post_start": .list(serviceHook),
        "pre_stop": .list(serviceHook),
        "privileged": .boolean,
        "profiles": .listOfStrings,
        "provider": .object([
            "type": .string,
            "options": .dictionary(.union(.scalar([.string, .number, .boolean]),
                                          .list(.scalar([.string, .number, .boolean])))),
        ], required: ["type"]),
        "pull_policy": .scalar(.string, format: .pullPolicy),
        "pull_refresh_after": .string,
        "read_only": .boolean,
        "restart": .scalar(.string, format: .restartPolicy),
        "runtime": .string,
        "scale": .integer,
        "secrets": fileReferences,
        "security_opt": .listOfStrings,
        "shm_size": .byteSize,
        "stdin_open": .boolean,
        "stop_grace_period": .duration,
        "stop_signal": .string,
        "storage_opt": .dictionary(.scalar([.string, .number, .null])),
        "sysctls": .listOrDict,
        "tmpfs": .stringOrList,
        "tty": .boolean,
        "ulimits": ulimits,
        "use_api_socket": .strictBoolean,
        "user": .string,
        "userns_mode": .string,
        "uts": .string,
        "volumes": .list(.union(.string, serviceVolume)),
        "volumes_from": .listOfStrings,
        "working_dir": .string,
    ])

    /// `depends_on`: a list of services, or services to conditions.
    static let dependsOn = ComposeShape.union(.listOfStrings, .dictionary(.object([
        "condition": .choice("service_started", "service_healthy", "service_completed_successfully"),
        "required": .strictBoolean,
        "restart": .boolean,
    ], required: ["condition"]), names: .resource))

    /// `env_file`: a path, or a list of paths and `{path, required, format}` mappings.
    static let envFile = ComposeShape.union(.string, .list(.union(.string, .object([
        "path": .string, "format": .string, "required": .boolean,
    ], required: ["path"], extensions: false))))

    /// `extra_hosts`: `host: ip` (or a list of IPs), or a list of `host=ip` strings.
    static let extraHosts = ComposeShape.union(.dictionary(.stringOrList), .listOfStrings)

    /// `secrets` and `configs` of a service: names, or `{source, target, uid, gid, mode}`.
    static let fileReferences = ComposeShape.list(.union(.string, .object([
        "source": .string,
        "target": .string,
        "uid": .string,
        "gid": .string,
        "mode": .scalar([.integer, .string], format: .integer),
    ])))

    /// `ulimits`: a name to a limit, or to `{soft, hard}`.
    static let ulimits = ComposeShape.dictionary(.union(.integer, .object([
        "soft": .integer, "hard": .integer,
    ], required: ["soft", "hard"])), names: .lowercaseLoose)

    /// A device request (`gpus`, `deploy.resources.reservations.devices`).
    static let gpuDevice: [String: ComposeShape] = [
        "capabilities": .listOfStrings,
        "count": .scalar([.string, .integer], format: .countOrAll),
        "device_ids": .listOfStrings,
        "driver": .string,
        "options": .listOrDict,
    ]

    /// `post_start` and `pre_stop` hooks.
    static let serviceHook = ComposeShape.object([
        "command": .command,
        "user": .string,
        "privileged": .boolean,
        "working_dir": .string,
        "environment": .listOrDict,
    ], required: ["command"])
}
