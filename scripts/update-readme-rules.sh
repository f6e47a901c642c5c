#!/usr/bin/env bash
# Regenerates the rules table of README.md from `envcheck rules --format markdown`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product envcheck >/dev/null
table=$("$(swift build --show-bin-path)/envcheck" rules --format markdown)
python3 - "$table" <<'PY'
import re, sys
table = sys.argv[1].rstrip("\n") + "\n"
text = open("README.md", encoding="utf-8").read()
new = re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
open("README.md", "w", encoding="utf-8").write(new)
PY
