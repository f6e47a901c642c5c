#!/usr/bin/env bash
# A throwaway Redis with a password on a free loopback port, for the runtime tests.
#
#   scripts/services/redis.sh start DIR   # first start picks the port and password; later ones reuse them
#   scripts/services/redis.sh stop DIR
#
# DIR/redis/ holds `port`, `password` (of the default user), the pid file and the log. An ACL user
# `probe` has the same password, for URLs of the form redis://probe:PASSWORD@host:port. Only
# databases 0-3 exist, so that SELECT 5 fails.
set -euo pipefail

action="${1:?usage: redis.sh start|stop DIR}"
dir="${2:?usage: redis.sh start|stop DIR}"
state="$dir/redis"
command -v redis-server > /dev/null || { echo "redis.sh: redis-server is not installed (apt-get install redis-server)" >&2; exit 2; }

case "$action" in
    start)
        mkdir -p "$state"
        [ -f "$state/port" ] || python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' > "$state/port"
        [ -f "$state/password" ] || python3 -c 'import secrets; print(secrets.token_hex(16))' > "$state/password"
        port="$(cat "$state/port")"; password="$(cat "$state/password")"
        cat > "$state/redis.conf" <<CONF
port $port
bind 127.0.0.1
save ""
appendonly no
daemonize yes
pidfile $state/redis.pid
logfile $state/redis.log
dir $state
requirepass $password
databases 4
user probe on >$password ~* &* +@all
CONF
        chmod 600 "$state/redis.conf"
        redis-server "$state/redis.conf" > /dev/null
        for _ in $(seq 1 100); do
            redis-cli -p "$port" --no-auth-warning -a "$password" ping 2>/dev/null | grep -q PONG && exit 0
            sleep 0.05
        done
        echo "redis.sh: redis-server did not answer on port $port" >&2; cat "$state/redis.log" >&2; exit 2 ;;
    stop)
        [ -f "$state/port" ] || exit 0
        redis-cli -p "$(cat "$state/port")" --no-auth-warning -a "$(cat "$state/password")" shutdown nosave > /dev/null 2>&1 || true
        for _ in $(seq 1 100); do
            [ -f "$state/redis.pid" ] && kill -0 "$(cat "$state/redis.pid")" 2>/dev/null || exit 0
            sleep 0.05
        done ;;
    *) echo "usage: redis.sh start|stop DIR" >&2; exit 2 ;;
esac
