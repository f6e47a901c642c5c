import EnvCheckCore
import Foundation
import Testing

/// Table-driven tests of `ComposeSchemaValidator`. Every snippet's verdict was checked against the
/// real Docker Compose v2.40.3 (`docker-compose config -q`): the valid ones are accepted, the invalid
/// ones refused, except the two marked, which compose `config` accepts but the engine refuses.
struct ComposeSchemaValidatorTests {
    /// A compose file that must produce no problem.
    struct Snippet: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        var testDescription: String { name }

        init(_ name: String, _ yaml: String) {
            self.name = name
            self.yaml = yaml
        }
    }

    /// A compose file with exactly one problem: a fragment of its message and its place.
    struct Expectation: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let fragment: String
        let line: Int
        let column: Int
        var testDescription: String { name }

        init(_ name: String, _ yaml: String, _ fragment: String, line: Int, column: Int) {
            self.name = name
            self.yaml = yaml
            self.fragment = fragment
            self.line = line
            self.column = column
        }
    }

    /// The lines every `Expectation` built with `web +` starts with.
    static let web = "services:\n  web:\n    image: nginx\n"

    /// Loads, interpolates (with `environment` as the whole project environment) and validates.
    static func problems(_ yaml: String, environment: [String: String] = [:]) -> [ComposeSchemaProblem] {
        let file = ComposeFile(source: SourceFile(path: "compose.yml", text: yaml)) { name in
            environment[name].map { Array($0.utf8) }
        }
        guard let root = file.root else { return [] }
        return ComposeSchemaValidator.validate(root, interpolatedPaths: Set(file.references.map(\.path)))
    }

    static func describe(_ problems: [ComposeSchemaProblem]) -> String {
        problems.map { "\($0.location.line):\($0.location.column) \($0.message)" }.joined(separator: "; ")
    }

    @Test(arguments: valid)
    func validSnippetHasNoProblem(_ snippet: Snippet) {
        let found = Self.problems(snippet.yaml)
        #expect(found.isEmpty, "\(Self.describe(found))")
    }

    @Test(arguments: invalid)
    func invalidSnippetHasItsProblem(_ expectation: Expectation) throws {
        let found = Self.problems(expectation.yaml)
        #expect(found.count == 1, "\(Self.describe(found))")
        let problem = try #require(found.first)
        #expect(problem.message.contains(expectation.fragment), "\(problem.message)")
        #expect(problem.location.line == expectation.line && problem.location.column == expectation.column,
                "at \(problem.location.line):\(problem.location.column)")
        #expect(!problem.message.hasSuffix("."))
    }

    /// Plain and tagged scalars as compose types them, through `hostname` (a string-only key).
    @Test(arguments: [
        "yes", "on", "0x", "_1", "1e", "tRue", "!!str 5", "2001-13-01", "2001-02-30", "2001-12-14 21:59:43.10 -5",
        "\"2001-12-14\"", "!foo bar", "!!str", "1:2", "+", "2023-02-29",
    ])
    func scalarsComposeReadsAsStrings(_ spelling: String) {
        #expect(Self.problems(Self.web + "    hostname: \(spelling)\n").isEmpty)
    }

    @Test(arguments: [
        "0x1F", "1_000", "1e3", ".5", "017", "2001-12-14", ".inf", "+5", "0b11", "0o17", "1.", "null", "~", "08", "1_",
        "-.5", "0.5e+3", ".NaN", "True", "TRUE", "!!int \"5\"", "99999999999999999999", "2001-1-1T1:2:3Z",
        "2001-01-01 10:00:00", "2001-02-03t10:00:00+01:00", "0.", "-0", "1__0", "0_x1", "2024-02-29",
    ])
    func scalarsComposeReadsAsOtherTypes(_ spelling: String) {
        let found = Self.problems(Self.web + "    hostname: \(spelling)\n")
        #expect(found.count == 1 && found[0].message.hasPrefix("services.web.hostname must be a string, found"),
                "\(Self.describe(found))")
    }

    @Test func everyProblemIsReportedInOnePassInDocumentOrder() {
        let found = Self.problems("""
            servics: {}
            services:
              web:
                image: nginx
                enviroment: {A: 1}
                ports: {http: 80}
                restart: sometimes
                depends_on:
                  db:
                    condition: ready
              db:
                image: 5
            volumes:
              "bad name":
            """)
        #expect(found.map(\.path) == [
            "servics", "services.web.enviroment", "services.web.ports", "services.web.restart",
            "services.web.depends_on.db.condition", "services.db.image", "volumes.bad name",
        ])
        #expect(found.map(\.location.line) == [1, 5, 6, 7, 10, 12, 14])
    }

    @Test func pathsNameListItemsAndNestedKeys() {
        let found = Self.problems(Self.web + "    ports:\n      - 80\n      - target: 80\n        protocol: icmp\n")
        #expect(found.map(\.path) == ["services.web.ports[1].protocol"])
    }

    @Test func messagesNeverEchoValues() {
        let found = Self.problems(Self.web + """
                environment:
                  RELEASED: 2024-01-31
                  NESTED: [hunter2]
                restart: hunter2-policy
                tty: hunter2-bool
                secrets:
                  - source: token
                    uid: 424242
            secrets:
              token:
                environment: 7
            """)
        #expect(found.count == 6, "\(Self.describe(found))")
        for problem in found {
            for value in ["2024-01-31", "hunter2", "424242", "7"] {
                #expect(!problem.message.contains(value), "\(problem.message)")
            }
        }
    }

    @Test func interpolatedValuesAreStringsToCompose() {
        let yaml = Self.web + "    hostname: ${HOST}\n    tty: ${TTY}\n    cpus: ${CPUS}\n"
        #expect(Self.problems(yaml, environment: ["HOST": "123", "TTY": "true", "CPUS": "1.5"]).isEmpty)
        let found = Self.problems(yaml, environment: ["HOST": "web", "TTY": "perhaps", "CPUS": "many"])
        #expect(found.map(\.path) == ["services.web.tty", "services.web.cpus"])
        #expect(!Self.problems(Self.web + "    hostname: 123\n").isEmpty)
    }

    /// A tag does not change what an interpolated value is to compose (a string), while it
    /// does decide what a quoted literal is.
    @Test func aTaggedInterpolatedValueIsStillAString() {
        #expect(Self.problems(Self.web + "    hostname: !!int ${HOST}\n", environment: ["HOST": "web"]).isEmpty)
        let literal = Self.problems(Self.web + "    hostname: !!int \"5\"\n")
        #expect(literal.map(\.path) == ["services.web.hostname"])
    }

    @Test func unknownKeysGetASuggestionOnlyWhenClose() {
        let found = Self.problems(Self.web + "    helthcheck: {}\n    portz: []\n    volumez: []\n    zzz: 1\n")
        #expect(found.map(\.message) == [
            "Unknown key helthcheck in services.web (did you mean healthcheck?)",
            "Unknown key portz in services.web (did you mean ports?)",
            "Unknown key volumez in services.web (did you mean volumes?)",
            "Unknown key zzz in services.web",
        ])
    }

    // MARK: Real files

    /// The awesome-compose samples: `/work/shared/corpus/compose/*.yml` (with `<name>.env` as the
    /// project `.env`) and the in-tree copies in `Tests/Fixtures/compose-valid/*/compose.yml`.
    static let realFiles: [String] = {
        let shared = "/work/shared/corpus/compose"
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/compose-valid").path
        let manager = FileManager.default
        let samples = ((try? manager.contentsOfDirectory(atPath: shared)) ?? [])
            .filter { $0.hasSuffix(".yml") }.map { "\(shared)/\($0)" }
        let cases = ((try? manager.contentsOfDirectory(atPath: fixtures)) ?? [])
            .map { "\(fixtures)/\($0)/compose.yml" }.filter { manager.fileExists(atPath: $0) }
        return (samples + cases).sorted()
    }()

    @Test func realFilesArePresent() {
        #expect(Self.realFiles.count >= 39)
    }

    @Test(arguments: realFiles)
    func realFileHasNoProblem(_ path: String) throws {
        let sampleEnv = String(path.dropLast(4)) + ".env"
        let isSample = !path.hasSuffix("/compose.yml")
        let directory = (path as NSString).deletingLastPathComponent
        var environment: [String: String] = [:]
        let environmentJSON = (directory as NSString).appendingPathComponent("environment.json")
        if !isSample, let data = FileManager.default.contents(atPath: environmentJSON),
           let object = try JSONSerialization.jsonObject(with: data) as? [String: String] {
            environment = object
        }
        let project = try ComposeLoader.load(
            files: [path], projectDirectory: directory, environment: ProcessEnvironment(environment),
            envFile: isSample && FileManager.default.fileExists(atPath: sampleEnv) ? sampleEnv : nil)
        for file in project.files {
            let root = try #require(file.root)
            let found = ComposeSchemaValidator.validate(root, interpolatedPaths: Set(file.references.map(\.path)))
            #expect(found.isEmpty, "\(Self.describe(found))")
        }
    }

    // MARK: Tables

    static let valid: [Snippet] = [
        Snippet("minimal service", """
            services:
              web:
                image: nginx
            """),
        Snippet("version, name and extensions with anchors", """
            version: "3.8"
            name: shop
            x-defaults: &defaults
              restart: unless-stopped
              logging:
                driver: json-file
            services:
              web:
                <<: *defaults
                image: nginx
                x-notes: [anything, {goes: here}]
            """),
        Snippet("environment mapping with every scalar type", """
            services:
              web:
                image: nginx
                environment:
                  PORT: 8080
                  RATIO: 1.5
                  DEBUG: true
                  FLAG: yes
                  MODE: on
                  EMPTY:
                  NOTHING: ~
                  RELEASED: "2024-01-31"
                  NOT_A_DATE: 2023-02-30
                  HEX: 0x1F
            """),
        Snippet("environment and labels as lists, annotations as mapping", """
            services:
              web:
                image: nginx
                environment:
                  - A=1
                  - B
                labels:
                  - com.example.team=web
                annotations:
                  com.example.owner: ops
            """),
        Snippet("ports in every form", """
            services:
              web:
                image: nginx
                ports:
                  - 80
                  - "443:443"
                  - 8080:80
                  - "127.0.0.1:5000-5010:5000-5010/udp"
                  - target: 80
                    published: "8081"
                    protocol: tcp
                    mode: host
                    host_ip: 0.0.0.0
                    name: http
                    app_protocol: http
                    x-note: ok
                  - target: "53"
                    published: 5353
                    protocol: UDP
                expose:
                  - 3000
                  - "3001"
            """),
        Snippet("build as a path", """
            services:
              web:
                build: ./app
            """),
        Snippet("build long syntax", """
            services:
              web:
                build:
                  context: ./app
                  dockerfile: Dockerfile.prod
                  args:
                    - VERSION=1
                  ssh: [default]
                  labels:
                    team: web
                  cache_from: [type=registry,ref=app]
                  cache_to: [type=inline]
                  no_cache: "true"
                  pull: yes
                  target: runtime
                  shm_size: 2g
                  network: host
                  extra_hosts:
                    db: 10.0.0.2
                  secrets: [npmrc]
                  tags: [app:latest]
                  platforms: [linux/amd64]
                  ulimits:
                    nofile: 1024
                  provenance: mode=max
                  sbom: true
                  privileged: false
                  additional_contexts:
                    base: docker-image://alpine
                  x-cache: warm
            secrets:
              npmrc:
                file: ./npmrc
            """),
        Snippet("depends_on list and long syntax", """
            services:
              web:
                image: nginx
                depends_on:
                  db:
                    condition: service_healthy
                    restart: true
                  migrate:
                    condition: service_completed_successfully
                    required: false
                  cache:
                    condition: service_started
              api:
                image: api
                depends_on: [db, cache]
              db:
                image: postgres
              migrate:
                image: migrate
              cache:
                image: redis
            """),
        Snippet("healthcheck forms", """
            services:
              web:
                image: nginx
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost"]
                  interval: 1m30s
                  timeout: 10s
                  retries: 3
                  start_period: 40s
                  start_interval: 5s
              db:
                image: postgres
                healthcheck:
                  test: pg_isready
                  retries: "5"
                  disable: false
              job:
                image: busybox
                healthcheck:
                  disable: true
            """),
        Snippet("restart and pull_policy values", """
            services:
              a:
                image: a
                restart: "no"
                pull_policy: always
              b:
                image: b
                restart: on-failure:3
                pull_policy: every_12h
              c:
                image: c
                restart: unless-stopped
                pull_policy: if_not_present
              d:
                image: d
                restart: no
                pull_policy: missing
            """),
        Snippet("deploy", """
            services:
              web:
                image: nginx
                deploy:
                  mode: replicated
                  replicas: 2
                  endpoint_mode: vip
                  labels: {tier: front}
                  resources:
                    limits:
                      cpus: "0.50"
                      memory: 512M
                      pids: 100
                    reservations:
                      cpus: 0.25
                      memory: 128M
                      devices:
                        - capabilities: [gpu]
                          count: all
                          driver: nvidia
                      generic_resources:
                        - discrete_resource_spec:
                            kind: gpu
                            value: 2
                  restart_policy:
                    condition: on-failure
                    delay: 5s
                    max_attempts: 3
                    window: 120s
                  update_config:
                    parallelism: 2
                    delay: 10s
                    order: start-first
                    max_failure_ratio: 0.3
                  rollback_config:
                    parallelism: "1"
                    monitor: 60s
                  placement:
                    constraints: [node.role == manager]
                    preferences:
                      - spread: node.labels.zone
                    max_replicas_per_node: 1
              worker:
                image: worker
                deploy:
            """),
        Snippet("logging, ulimits and sysctls", """
            services:
              web:
                image: nginx
                logging:
                  driver: json-file
                  options:
                    max-size: 10m
                    max-file: 3
                    tag:
                ulimits:
                  nproc: 65535
                  nofile:
                    soft: 20000
                    hard: "40000"
                sysctls:
                  net.core.somaxconn: 1024
              db:
                image: postgres
                sysctls:
                  - net.ipv4.tcp_syncookies=0
            """),
        Snippet("volumes short and long", """
            services:
              web:
                image: nginx
                volumes:
                  - ./static:/usr/share/nginx/html:ro
                  - data:/data
                  - type: bind
                    source: ./conf
                    target: /etc/nginx/conf.d
                    read_only: true
                    bind:
                      create_host_path: true
                      selinux: z
                      propagation: rprivate
                  - type: volume
                    source: data
                    target: /cache
                    volume:
                      nocopy: true
                      subpath: cache
                  - type: tmpfs
                    target: /tmp
                    tmpfs:
                      size: 64m
                      mode: 1777
            volumes:
              data:
              logs:
                driver: local
                driver_opts:
                  type: none
                  o: bind
                  device: /var/log
                  size: 10
                labels: [purpose=logs]
              shared:
                external: true
                name: shared-data
            """),
        Snippet("networks", """
            services:
              web:
                image: nginx
                networks:
                  front:
                    aliases: [www]
                    ipv4_address: 172.16.238.10
                    priority: 1000
                    gw_priority: 1
                  back:
              api:
                image: api
                networks: [back]
            networks:
              front:
                driver: bridge
                enable_ipv6: true
                ipam:
                  driver: default
                  config:
                    - subnet: 172.16.238.0/24
                      gateway: 172.16.238.1
                      aux_addresses:
                        host1: 172.16.238.5
                x-purpose: public
              back:
                internal: "true"
                attachable: yes
              outside:
                external: true
            """),
        Snippet("secrets and configs", """
            services:
              web:
                image: nginx
                secrets:
                  - db_password
                  - source: api_key
                    target: /run/secrets/key
                    uid: "1000"
                    gid: "1000"
                    mode: 0400
                configs:
                  - source: nginx_conf
                    target: /etc/nginx/nginx.conf
                    mode: "0440"
            secrets:
              db_password:
                file: ./db_password.txt
              api_key:
                environment: API_KEY
              vault:
                external: true
            configs:
              nginx_conf:
                content: |
                  events {}
              other:
                file: ./other.conf
                x-owner: ops
            """),
        Snippet("env_file forms", """
            services:
              a:
                image: a
                env_file: .env
              b:
                image: b
                env_file:
                  - ./common.env
                  - path: ./local.env
                    required: false
                  - path: ./raw.env
                    format: raw
                    required: "false"
            """),
        Snippet("extends in the same file", """
            services:
              base:
                image: busybox
                environment:
                  A: 1
              child:
                extends:
                  service: base
              short:
                extends: base
            """),
        Snippet("resources as numbers and castable strings", """
            services:
              web:
                image: nginx
                cpus: 1.5
                cpu_shares: 512
                cpu_percent: 50
                cpu_count: "2"
                cpu_period: 100000
                cpu_quota: "50000"
                cpu_rt_runtime: 400
                mem_limit: 1g
                mem_reservation: 512m
                memswap_limit: -1
                mem_swappiness: 60
                shm_size: 64M
                oom_score_adj: -500
                oom_kill_disable: "true"
                pids_limit: 100
                scale: "1"
                blkio_config:
                  weight: 300
                  device_read_bps:
                    - path: /dev/sda
                      rate: 12mb
                  weight_device:
                    - path: /dev/sda
                      weight: 400
            """),
        Snippet("booleans as YAML 1.1 strings", """
            services:
              web:
                image: nginx
                tty: "yes"
                stdin_open: on
                privileged: "false"
                init: true
                read_only: off
                attach: false
            """),
        Snippet("plain string keys", """
            services:
              web:
                image: nginx
                container_name: web-1
                hostname: web
                domainname: example.com
                user: "1000:1000"
                working_dir: /app
                entrypoint: /docker-entrypoint.sh
                command: ["nginx", "-g", "daemon off;"]
                stop_signal: SIGQUIT
                stop_grace_period: 1m30s
                tmpfs: /run
                dns: 8.8.8.8
                dns_search: [example.com]
                dns_opt: [use-vc]
                extra_hosts:
                  db: 10.0.0.2
                  multi: ["10.0.0.3", "::1"]
                security_opt: [no-new-privileges:true]
                cap_add: [NET_ADMIN]
                cap_drop: [ALL]
                devices:
                  - /dev/ttyUSB0:/dev/ttyUSB0
                  - source: /dev/sda
                    target: /dev/xvda
                    permissions: rwm
                group_add: [wheel, 1000]
                ipc: shareable
                pid: host
                platform: linux/amd64
                runtime: runc
                userns_mode: host
                uts: host
                mac_address: 02:42:ac:11:65:43
                cgroup: private
                cgroup_parent: m-executor
                storage_opt:
                  size: 20G
                external_links: [redis_1]
                links: [db]
                volumes_from: [db]
                label_file: ./labels
                use_api_socket: true
              db:
                image: postgres
              sidecar:
                image: busybox
                network_mode: "service:web"
            """),
        Snippet("service names with dots, dashes and underscores", """
            services:
              web.v2_api-1:
                image: nginx
              x-looks-like-extension:
                image: nginx
            """),
        Snippet("develop, hooks, gpus, provider and models", """
            services:
              web:
                image: nginx
                develop:
                  watch:
                    - path: ./src
                      action: sync
                      target: /app/src
                      ignore: [node_modules/]
                      initial_sync: true
                    - path: package.json
                      action: rebuild
                post_start:
                  - command: ./warmup.sh
                    user: root
                    privileged: true
                    environment: {A: 1}
                pre_stop:
                  - command: ["./drain.sh"]
                gpus: all
                models:
                  - llm
              trainer:
                image: trainer
                gpus:
                  - driver: nvidia
                    count: 2
                    capabilities: [gpu]
                models:
                  llm:
                    endpoint_var: LLM_URL
                    model_var: LLM_NAME
              tunnel:
                provider:
                  type: awesomecloud
                  options:
                    region: eu
                    sizes: [1, 2]
            models:
              llm:
                model: ai/smollm2
                context_size: 4096
                runtime_flags: ["--verbose"]
            """),
        Snippet("reset and override tags", """
            services:
              web:
                image: nginx
                ports: !reset []
                environment: !override
                  A: 1
                build: !reset null
            """),
        Snippet("interpolated values are strings", """
            services:
              web:
                image: nginx:${TAG:-1.27}
                hostname: ${HOST:-123}
                tty: ${TTY:-true}
                cpus: ${CPUS:-0.5}
                mem_limit: ${MEM:-512m}
                container_name: ${NAME:-web1}
                ports:
                  - ${PORT:-8080}:80
            """),
        Snippet("plain dates inside extension fields", """
            x-released: 2024-01-31
            services:
              web:
                image: nginx
                x-built: 2024-02-01T10:00:00Z
            """),
        Snippet("top-level networks and volumes without services details", """
            services:
              web:
                image: nginx
                volumes: [data:/data]
            networks:
              default:
                name: shop
            volumes:
              data:
                external:
                  name: legacy
            """),
    ]

    static let invalid: [Expectation] = [
        Expectation("misspelled service key", web + "    enviroment:\n      A: 1\n",
                    "Unknown key enviroment in services.web (did you mean environment?)", line: 4, column: 5),
        Expectation("misspelled top-level key", "servics:\n  web:\n    image: nginx\n",
                    "Unknown top-level key servics (did you mean services?)", line: 1, column: 1),
        Expectation("hyphen for underscore", web + "    depends-on: [db]\n",
                    "(did you mean depends_on?)", line: 4, column: 5),
        Expectation("unknown key without suggestion", web + "    frobnicate: 1\n",
                    "Unknown key frobnicate in services.web", line: 4, column: 5),
        Expectation("ports as a mapping", web + "    ports:\n      http: 80\n",
                    "services.web.ports must be a list, found a mapping", line: 5, column: 7),
        Expectation("port item as a boolean", web + "    ports: [true]\n",
                    "services.web.ports[0] must be a string, an integer or a mapping, found a boolean", line: 4, column: 13),
        Expectation("port item as a float", web + "    ports:\n      - 80.5\n",
                    "services.web.ports[0] must be a string, an integer or a mapping, found a number", line: 5, column: 9),
        Expectation("unknown long port key", web + "    ports:\n      - target: 80\n        host: 8080\n",
                    "Unknown key host in services.web.ports[0]", line: 6, column: 9),
        // compose `config` accepts this one; the engine refuses it at `up`
        Expectation("long port protocol", web + "    ports:\n      - target: 80\n        protocol: icmp\n",
                    "services.web.ports[0].protocol must be one of tcp, udp, sctp", line: 6, column: 19),
        // compose `config` accepts this one; the engine refuses it at `up`
        Expectation("restart policy", web + "    restart: sometimes\n",
                    "services.web.restart must be one of no, always, on-failure, on-failure:N, unless-stopped", line: 4, column: 14),
        Expectation("restart as an integer", web + "    restart: 1\n",
                    "services.web.restart must be a string, found an integer", line: 4, column: 14),
        Expectation("pull_policy", web + "    pull_policy: sometimes\n",
                    "services.web.pull_policy must be one of always, never", line: 4, column: 18),
        Expectation("depends_on condition", web + "    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: postgres\n",
                    "services.web.depends_on.db.condition must be one of service_started, service_healthy, service_completed_successfully", line: 6, column: 20),
        Expectation("depends_on without condition", web + "    depends_on:\n      db:\n        required: true\n  db:\n    image: postgres\n",
                    "services.web.depends_on.db is missing the required key condition", line: 5, column: 7),
        Expectation("depends_on required as a string", web + "    depends_on:\n      db:\n        condition: service_started\n        required: \"false\"\n  db:\n    image: postgres\n",
                    "services.web.depends_on.db.required must be a boolean, found a string", line: 7, column: 19),
        Expectation("healthcheck interval as a number", web + "    healthcheck:\n      interval: 10\n",
                    "services.web.healthcheck.interval must be a duration, found an integer", line: 5, column: 17),
        Expectation("healthcheck interval unit", web + "    healthcheck:\n      interval: 10x\n",
                    "services.web.healthcheck.interval must be a duration such as 30s or 1m30s", line: 5, column: 17),
        Expectation("healthcheck retries as a boolean", web + "    healthcheck:\n      retries: true\n",
                    "services.web.healthcheck.retries must be a number, found a boolean", line: 5, column: 16),
        Expectation("healthcheck test as a mapping", web + "    healthcheck:\n      test: {cmd: curl}\n",
                    "services.web.healthcheck.test must be a string or a list of strings, found a mapping", line: 5, column: 13),
        Expectation("tty not a boolean word", web + "    tty: maybe\n",
                    "services.web.tty must be a boolean (true or false)", line: 4, column: 10),
        Expectation("mem_limit not a size", web + "    mem_limit: lots\n",
                    "services.web.mem_limit must be a byte size such as 512m or 1g", line: 4, column: 16),
        Expectation("cpus not a number", web + "    cpus: two\n",
                    "services.web.cpus must be a number", line: 4, column: 11),
        Expectation("environment as a string", web + "    environment: A=1\n",
                    "services.web.environment must be a list of strings or a mapping, found a string", line: 4, column: 18),
        Expectation("environment value is a plain date", web + "    environment:\n      RELEASED: 2024-01-31\n",
                    "services.web.environment.RELEASED must be a string, a number, a boolean or null, found a date (quote it)", line: 5, column: 17),
        Expectation("environment list item is a number", web + "    environment:\n      - 1\n",
                    "services.web.environment[0] must be a string, found an integer (quote it)", line: 5, column: 9),
        Expectation("environment key is a number", web + "    environment:\n      1: one\n",
                    "Key 1 in services.web.environment must be a string, found an integer (quote it)", line: 5, column: 7),
        Expectation("version as a number", "version: 3.8\nservices:\n  web:\n    image: nginx\n",
                    "version must be a string, found a number (quote it)", line: 1, column: 10),
        Expectation("service name with a space", "services:\n  my web:\n    image: nginx\n",
                    "Invalid name my web in services: use only letters, digits, ., _ and -", line: 2, column: 3),
        Expectation("empty service", "services:\n  web:\n",
                    "services.web must be a mapping, found null", line: 2, column: 3),
        Expectation("long volume without type", web + "    volumes:\n      - source: data\n        target: /data\n",
                    "services.web.volumes[0] is missing the required key type", line: 5, column: 9),
        Expectation("long volume type", web + "    volumes:\n      - type: disk\n        source: data\n        target: /data\n",
                    "services.web.volumes[0].type must be one of bind, volume, tmpfs, cluster, npipe, image", line: 5, column: 15),
        Expectation("misspelled build key", web + "    build:\n      context: .\n      dockerfil: Dockerfile\n",
                    "Unknown key dockerfil in services.web.build (did you mean dockerfile?)", line: 6, column: 7),
        Expectation("replicas as a float", web + "    deploy:\n      replicas: 1.5\n",
                    "services.web.deploy.replicas must be an integer, found a number", line: 5, column: 17),
        Expectation("cpu_percent out of range", web + "    cpu_percent: 101\n",
                    "services.web.cpu_percent must be between 0 and 100", line: 4, column: 18),
        Expectation("container_name too short", web + "    container_name: a\n",
                    "services.web.container_name must be a name of letters, digits", line: 4, column: 21),
        Expectation("ulimit without hard", web + "    ulimits:\n      nofile:\n        soft: 1024\n",
                    "services.web.ulimits.nofile is missing the required key hard", line: 5, column: 7),
        Expectation("logging option as a boolean", web + "    logging:\n      options:\n        compress: true\n",
                    "services.web.logging.options.compress must be a string, a number or null, found a boolean (quote it)", line: 6, column: 19),
        Expectation("secret uid as a number", web + "    secrets:\n      - source: token\n        uid: 1000\nsecrets:\n  token:\n    file: ./token\n",
                    "services.web.secrets[0].uid must be a string, found an integer (quote it)", line: 6, column: 14),
        Expectation("top-level network as a string", web + "networks:\n  front: bridge\n",
                    "networks.front must be null or a mapping, found a string", line: 5, column: 10),
        Expectation("misspelled external name", web + "networks:\n  front:\n    external:\n      nme: shared\n",
                    "Unknown key nme in networks.front.external (did you mean name?)", line: 7, column: 7),
        Expectation("extension key where none are allowed", web + "    blkio_config:\n      x-note: 1\n",
                    "Unknown key x-note in services.web.blkio_config", line: 5, column: 7),
        Expectation("expose item as a float", web + "    expose: [80.5]\n",
                    "services.web.expose[0] must be a string or an integer, found a number", line: 4, column: 14),
        Expectation("command as a mapping", web + "    command:\n      run: server\n",
                    "services.web.command must be a string, null or a list of strings, found a mapping", line: 5, column: 7),
        Expectation("depends_on service name with a slash", web + "    depends_on:\n      db/primary:\n        condition: service_started\n",
                    "Invalid name db/primary in services.web.depends_on", line: 5, column: 7),
        Expectation("model without model", web + "models:\n  llm:\n    context_size: 1024\n",
                    "models.llm is missing the required key model", line: 5, column: 3),
        Expectation("misspelled image", "services:\n  web:\n    imagee: nginx\n",
                    "Unknown key imagee in services.web (did you mean image?)", line: 3, column: 5),
        Expectation("duration without unit", web + "    stop_grace_period: \"10\"\n",
                    "services.web.stop_grace_period must be a duration such as 30s or 1m30s", line: 4, column: 24),
        Expectation("negative tmpfs size", web + "    volumes:\n      - type: tmpfs\n        target: /tmp\n        tmpfs:\n          size: -1\n",
                    "services.web.volumes[0].tmpfs.size must be 0 or more", line: 8, column: 17),
        Expectation("gpu count word", web + "    gpus:\n      - count: some\n",
                    "services.web.gpus[0].count must be all or a number", line: 5, column: 16),
        Expectation("pid null", web + "    pid:\n",
                    "services.web.pid must be a string, found null", line: 4, column: 5),
        Expectation("interpolated value that is no number", web + "    cpus: ${CPUS:-lots}\n",
                    "services.web.cpus must be a number", line: 4, column: 11),
        Expectation("top level is a list", "- web\n- db\n",
                    "The top level must be a mapping, found a list", line: 1, column: 1),
        Expectation("deploy resources memory as a number", web + "    deploy:\n      resources:\n        limits:\n          memory: 512\n",
                    "services.web.deploy.resources.limits.memory must be a byte size, found an integer", line: 7, column: 19),
        Expectation("env_file entry without path", web + "    env_file:\n      - required: false\n",
                    "services.web.env_file[0] is missing the required key path", line: 5, column: 9),
        Expectation("hostname as a number", web + "    hostname: 123\n",
                    "services.web.hostname must be a string, found an integer (quote it)", line: 4, column: 15),
    ]
}
