#!/usr/bin/env bash
# Start or stop a private clamd with the project's own test signatures (no internet needed).
#
#   scripts/clamav-test-daemon.sh start DIR   # writes DIR/clamd.conf + DIR/db, starts clamd,
#                                             # waits until it answers PING on DIR/clamd.sock
#   scripts/clamav-test-daemon.sh stop DIR    # stops the clamd whose pid is in DIR/clamd.pid
#
# Only the process recorded in DIR/clamd.pid is ever signalled.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
action=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pidfile="$dir/clamd.pid"
socket="$dir/clamd.sock"

find_clamd() {
    if command -v clamd >/dev/null 2>&1; then
        command -v clamd
    elif [[ -x /usr/sbin/clamd ]]; then
        echo /usr/sbin/clamd
    else
        echo "clamd is not installed (Debian package clamav-daemon)" >&2
        exit 3
    fi
}

running() {
    [[ -s $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

ping_clamd() {
    # clamd answers "zPING\0" with "PONG\0" on its socket.
    python3 - "$socket" <<'PY'
import socket, sys
try:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(2)
    s.connect(sys.argv[1])
    s.sendall(b"zPING\0")
    sys.exit(0 if s.recv(16).startswith(b"PONG") else 1)
except OSError:
    sys.exit(1)
PY
}

start() {
    local clamd
    clamd=$(find_clamd)
    if running && ping_clamd; then
        echo "clamd already running (pid $(cat "$pidfile"))"
        return 0
    fi
    mkdir -p "$dir/db" "$dir/tmp"
    cp "$here/clamav/meppel-test.ndb" "$dir/db/"
    # Limits must cover the largest upload (500 MiB); AlertExceedsMax makes clamd report a
    # file it could not scan completely as FOUND instead of silently OK (fail closed).
    # Production clamd.conf needs the same StreamMaxLength/MaxFileSize/MaxScanSize/AlertExceedsMax.
    cat >"$dir/clamd.conf" <<CONF
LocalSocket $socket
LocalSocketMode 600
FixStaleSocket yes
PidFile $pidfile
DatabaseDirectory $dir/db
TemporaryDirectory $dir/tmp
LogFile $dir/clamd.log
LogTime yes
Foreground no
MaxThreads 2
ConcurrentDatabaseReload no
SelfCheck 0
StreamMaxLength 600M
MaxFileSize 600M
MaxScanSize 1200M
AlertExceedsMax yes
Bytecode no
CONF
    rm -f "$pidfile"
    "$clamd" --config-file="$dir/clamd.conf"
    for _ in $(seq 1 300); do
        if ping_clamd; then
            echo "clamd running (pid $(cat "$pidfile"), socket $socket)"
            return 0
        fi
        sleep 0.1
    done
    echo "clamd did not answer PING within 30 s; see $dir/clamd.log" >&2
    exit 1
}

stop() {
    if ! running; then
        rm -f "$pidfile" "$socket"
        echo "clamd not running"
        return 0
    fi
    local pid
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid"
    fi
    rm -f "$pidfile" "$socket"
    echo "clamd stopped"
}

case $action in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
