#!/usr/bin/env bash
# Regenerates the variables table of README.md from `envcheck docs` (schemas/).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product envcheck >/dev/null
table=$("$(swift build --show-bin-path)/envcheck" docs)
python3 - "$table" <<'PY'
import re, sys
table = sys.argv[1].rstrip("\n") + "\n"
text = open("README.md", encoding="utf-8").read()
new, count = re.subn(r"(<!-- variables:begin -->\n).*?(<!-- variables:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
if count != 1:
    sys.exit("README.md: expected one <!-- variables:begin --> ... <!-- variables:end --> block")
open("README.md", "w", encoding="utf-8").write(new)
PY
