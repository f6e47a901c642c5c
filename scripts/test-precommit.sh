#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with `pre-commit try-repo`.
#
#   bash scripts/test-precommit.sh
#
# try-repo only sees what is committed (plus, for a dirty local repo, the *tracked* changes:
# untracked files are left out). So that the hook file and new sources count even before the
# lead commits them, the script snapshots this repo's working tree (tracked + untracked files
# that are not ignored) into a temporary git repo and runs try-repo against that snapshot.
# try-repo uses a fresh pre-commit store every time, so each run builds envcheck from scratch
# with `swift build -c release` (language: swift): expect a few minutes in all.
# The last line is `precommit: N passed, M failed`; the exit status is non-zero on failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
START=$SECONDS
PASSED=0
FAILED=0
log() { printf '==> %s\n' "$*" >&2; }
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s\n' "$*"; }
check() { local name="$1"; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
finish() {
    echo "total time: $((SECONDS - START)) s"
    echo "precommit: $PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
    exit $?
}
gitq() { git -c user.name=envcheck-test -c user.email=test@example.invalid -c commit.gpgsign=false "$@"; }

python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
command -v pre-commit >/dev/null 2>&1 || { log "installing pre-commit"; python3 -m pip install -q pre-commit; }
command -v pre-commit >/dev/null 2>&1 || { fail "pre-commit is installed"; finish; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-precommit.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then log "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
export PRE_COMMIT_HOME="$WORK/pre-commit-home"

# --- 1. the hook manifest itself (no build needed) ------------------------------------------
if python3 - "$ROOT/.pre-commit-hooks.yaml" <<'EOF'
import re, sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
hook = next(h for h in hooks if h["id"] == "envcheck")
want = {"name": "envcheck", "entry": "envcheck check", "language": "swift", "pass_filenames": True}
bad = [f"{k}={hook.get(k)!r}" for k, v in want.items() if hook.get(k) != v]
files = re.compile(hook["files"])
match = [".env", ".env.local", ".env.production", "config/.env.production", "a/b/.env.example"]
skip = [".envrc", "sub/.envrc", "foo.env", ".environment", "env", "README.md", "x.env.local"]
bad += [f"should match {p}" for p in match if not files.search(p)]
bad += [f"should not match {p}" for p in skip if files.search(p)]
if bad:
    print("manifest problems: " + "; ".join(bad))
    sys.exit(1)
EOF
then pass "manifest fields and files regex (.env* at any depth, not .envrc)"; else fail "manifest fields and files regex"; fi

# --- 2. snapshot of this repo's working tree -------------------------------------------------
SNAP="$WORK/envcheck-snapshot"
mkdir -p "$SNAP"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf -) | tar -xf - -C "$SNAP"
(cd "$SNAP" && git init -q && gitq add -A && gitq commit -qm snapshot) || { fail "snapshot of $ROOT"; finish; }
log "snapshot of $ROOT at $SNAP ($(cd "$SNAP" && git ls-files | wc -l) files)"

# --- 3. a throwaway project ------------------------------------------------------------------
PROJECT="$WORK/project"
mkdir -p "$PROJECT/sub"
cat > "$PROJECT/.env" <<'EOF'
# Local settings
APP_ENV=development
APP_PORT=8080
DATABASE_HOST=db
LOG_LEVEL=debug
EOF
# A key with a space: compose refuses the file, envcheck reports an error.
printf 'APP_ENV=production\nAPI URL=https://api.example.com\n' > "$PROJECT/sub/.env.production"
# direnv script: not a dotenv file, would be full of findings if the hook looked at it.
printf 'PATH_add bin\nuse flake\nexport DATABASE_URL="$(cat secret) x"\nsource_env .env\n' > "$PROJECT/.envrc"
(cd "$PROJECT" && git init -q && gitq add -A && gitq commit -qm init) || { fail "throwaway project"; finish; }

try_repo() {  # prints pre-commit's output to $1, returns its status
    (cd "$PROJECT" && pre-commit try-repo "$SNAP" envcheck --all-files) > "$1" 2>&1
}

# --- 4. broken file: the hook must fail and name it ------------------------------------------
log "pre-commit try-repo (first run builds envcheck in release)"
t0=$SECONDS
try_repo "$WORK/run1.log"; rc=$?
log "run 1: exit $rc in $((SECONDS - t0)) s"
sed 's/^/    | /' "$WORK/run1.log" | tail -25
if grep -q 'An unexpected error has occurred\|CalledProcessError\|error: ' "$WORK/run1.log" \
    && ! grep -q 'sub/.env.production' "$WORK/run1.log"; then
    fail "hook environment builds (see the log above)"
    [ -f "$PRE_COMMIT_HOME/pre-commit.log" ] && tail -40 "$PRE_COMMIT_HOME/pre-commit.log"
fi
check "try-repo fails on sub/.env.production with a key containing a space" test "$rc" -ne 0
check "output names sub/.env.production" grep -q 'sub/\.env\.production' "$WORK/run1.log"
check "output does not mention .envrc (direnv script not linted)" bash -c "! grep -q '\.envrc' '$WORK/run1.log'"

# --- 5. fixed file: the hook must pass ------------------------------------------------------
printf 'APP_ENV=production\nAPI_URL=https://api.example.com\n' > "$PROJECT/sub/.env.production"
(cd "$PROJECT" && gitq add -A && gitq commit -qm fix)
log "pre-commit try-repo after the fix (builds again: try-repo uses a fresh store)"
t0=$SECONDS
try_repo "$WORK/run2.log"; rc=$?
log "run 2: exit $rc in $((SECONDS - t0)) s"
sed 's/^/    | /' "$WORK/run2.log" | tail -12
check "try-repo passes once the file is fixed (and .envrc is ignored)" test "$rc" -eq 0

finish
