#!/usr/bin/env python3
"""Validates schema files against schemas/envcheck-schema.json (the JSON Schema editors use).

Usage: scripts/check-schema-json.py [FILE.yaml ...]   (default: schemas/*.yaml and *.yml)

Needs the `jsonschema` and `PyYAML` packages (pip install jsonschema pyyaml). envcheck itself
does not need Python: the Swift test SchemaFormatTests keeps the JSON Schema's type names,
option keys and common keys equal to the code's; this script checks real files against it.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "schemas", "envcheck-schema.json"), encoding="utf-8") as handle:
    schema = json.load(handle)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "schemas", "*.y*ml")))
failures = 0
for path in paths:
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors:
        place = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{os.path.relpath(path)}: {place}: {error.message}")
    failures += len(errors)
    if not errors:
        print(f"{os.path.relpath(path)}: valid")
sys.exit(1 if failures else 0)
