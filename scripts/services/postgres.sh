#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the runtime tests.
#
#   scripts/services/postgres.sh start DIR   # initdb on first use, then start (same port again)
#   scripts/services/postgres.sh stop DIR
#
# DIR/postgres/ holds the cluster, `port`, `password` (of the roles below) and the log.
# TLS is on (self-signed, DIR/postgres/server.crt). Roles: `envcheck` (SCRAM-SHA-256) owning
# database `envcheck`; `legacy` (an md5 password,
# authenticated with md5); `postgres` / `postgres` owning database `app`, like the project's
# docker-compose.yml.
# Runs the server as the `postgres` user when started as root (initdb refuses root).
set -euo pipefail

action="${1:?usage: postgres.sh start|stop DIR}"
dir="${2:?usage: postgres.sh start|stop DIR}"
state="$dir/postgres"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

initialise() {
    mkdir -p "$state"
    [ "$(id -u)" = 0 ] && chown postgres "$dir" "$state"
    free_port > "$state/port"
    python3 -c 'import secrets; print(secrets.token_hex(16))' > "$state/password"
    printf 'postgres\n' > "$state/superuser-password"
    chmod 600 "$state/password" "$state/superuser-password"
    [ "$(id -u)" = 0 ] && chown postgres "$state/password" "$state/superuser-password" "$state/port"
    as_owner "$bin/initdb" -D "$state/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$state/superuser-password" > "$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 2; }
    # TLS with a self-signed certificate for localhost and 127.0.0.1 (DIR/postgres/server.crt is
    # its own root: sslrootcert for verify-ca / verify-full).
    openssl req -new -x509 -days 2 -nodes -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$state/data/server.key" -out "$state/data/server.crt" > /dev/null 2>&1
    chmod 600 "$state/data/server.key"
    cp "$state/data/server.crt" "$state/server.crt"
    [ "$(id -u)" = 0 ] && chown postgres "$state/data/server.key" "$state/data/server.crt"
    echo "ssl = on" >> "$state/data/postgresql.conf"
    # md5 for the legacy role only; every other role uses SCRAM.
    sed -i '/^host/d' "$state/data/pg_hba.conf"
    cat >> "$state/data/pg_hba.conf" <<HBA
host all legacy 127.0.0.1/32 md5
host all legacy ::1/128 md5
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
HBA
    start_server
    local password; password="$(cat "$state/password")"
    as_owner "$bin/psql" -h "$state" -p "$(cat "$state/port")" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE envcheck LOGIN PASSWORD '$password';
CREATE DATABASE envcheck OWNER envcheck;
CREATE DATABASE app OWNER postgres;
SET password_encryption = 'md5';
CREATE ROLE legacy LOGIN PASSWORD '$password';
SQL
}

start_server() {
    as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $(cat "$state/port") -k $state" start > /dev/null \
        || { cat "$state/server.log" >&2; exit 2; }
}

case "$action" in
    start)
        if [ -d "$state/data" ]; then start_server; else initialise; fi ;;
    stop)
        [ -d "$state/data" ] && as_owner "$bin/pg_ctl" -D "$state/data" -m fast -w stop > /dev/null ;;
    *) echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
