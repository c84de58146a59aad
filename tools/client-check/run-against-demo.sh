#!/usr/bin/env bash
# Runs the independent Node client check (check.mjs) against the demo: starts the demo in the background
# (`./mvnw -B -q -pl e2e package -Pdemo`: the three services on 8081/8082/8083 on an embedded PostgreSQL),
# waits until the three /q/health/ready endpoints say UP, runs `npm ci` and the check, stops the demo
# (its whole process group) and exits with the check's exit code.
#
# Needs the services installed in the local Maven repository and packaged in this checkout, i.e. run
# `./mvnw -B install -DskipTests` from the repository root first (CI does; so does `./mvnw -B verify`
# followed by install). Needs Node 18+ with npm, and the ports 8081-8083 free.
#
# Environment:
#   READY_TIMEOUT  seconds to wait for the three services to be ready (default 120)
#   PORT_WAIT      seconds to wait for 8081-8083 to become free if something holds them (default 0)
#   DEMO_LOG       the demo's Maven output (default e2e/target/client-check-demo.log)
# Extra arguments are passed to check.mjs (e.g. --poll-timeout=60).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CHECK_DIR="$ROOT/tools/client-check"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
PORT_WAIT="${PORT_WAIT:-0}"
DEMO_LOG="${DEMO_LOG:-$ROOT/e2e/target/client-check-demo.log}"
PORTS=(8081 8082 8083)
DEMO_PGID=""

log() { printf '[run-against-demo] %s\n' "$*" >&2; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

group_alive() { [[ -n "$DEMO_PGID" ]] && kill -0 -- "-$DEMO_PGID" 2>/dev/null; }

wait_group_gone() { # seconds
  local deadline=$((SECONDS + $1))
  while group_alive; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

stop_demo() {
  [[ -n "$DEMO_PGID" ]] || return 0
  if group_alive; then
    log "stopping the demo (process group $DEMO_PGID)"
    # Maven's JVM first: its shutdown hook stops the services and the embedded PostgreSQL in order.
    kill -TERM "$DEMO_PGID" 2>/dev/null || true
    if ! wait_group_gone 45; then
      log "still running after 45 s: SIGTERM to the whole group"
      kill -TERM -- "-$DEMO_PGID" 2>/dev/null || true
      if ! wait_group_gone 15; then
        log "still running: SIGKILL to the whole group"
        kill -KILL -- "-$DEMO_PGID" 2>/dev/null || true
        wait_group_gone 10 || true
      fi
    fi
  fi
  wait "$DEMO_PGID" 2>/dev/null || true
  # Nothing started from this checkout may outlive the demo: no service JVM, no port held.
  local leftovers
  leftovers="$(pgrep -f -- "$ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar" || true)"
  if [[ -n "$leftovers" ]]; then
    log "service JVMs left behind, killing: $(echo $leftovers)"
    kill -KILL $leftovers 2>/dev/null || true
  fi
  for port in "${PORTS[@]}"; do
    if port_in_use "$port"; then log "warning: port $port is still in use after the demo stopped"; fi
  done
  log "demo stopped"
  DEMO_PGID=""
}

trap stop_demo EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$ROOT"
for jar in chat-service metrics-service scripts-service; do
  if [[ ! -f "$jar/target/quarkus-app/quarkus-run.jar" ]]; then
    log "$jar is not packaged: run ./mvnw -B install -DskipTests from $ROOT first"
    exit 2
  fi
done

deadline=$((SECONDS + PORT_WAIT))
for port in "${PORTS[@]}"; do
  while port_in_use "$port"; do
    if ((SECONDS >= deadline)); then
      log "port $port is in use (another demo?): stop it, or set PORT_WAIT=<seconds> to wait"
      exit 2
    fi
    sleep 5
  done
done

mkdir -p "$(dirname "$DEMO_LOG")"
log "starting the demo (./mvnw -B -q -pl e2e package -Pdemo), output in $DEMO_LOG"
started=$SECONDS
# setsid: the demo gets a process group of its own (Maven, the three service JVMs, PostgreSQL) to stop.
setsid ./mvnw -B -q -pl e2e package -Pdemo </dev/null >"$DEMO_LOG" 2>&1 &
DEMO_PGID=$!

ready() { curl -fsS --max-time 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; }
deadline=$((SECONDS + READY_TIMEOUT))
for port in "${PORTS[@]}"; do
  until ready "$port"; do
    if ! group_alive; then
      log "the demo exited before it was ready; last lines of $DEMO_LOG:"
      tail -n 40 "$DEMO_LOG" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      log "the services were not ready within ${READY_TIMEOUT} s; last lines of $DEMO_LOG:"
      tail -n 40 "$DEMO_LOG" >&2
      exit 1
    fi
    sleep 1
  done
done
log "the three services are ready after $((SECONDS - started)) s"

cd "$CHECK_DIR"
log "npm ci"
npm ci --no-audit --no-fund --loglevel=error >&2
status=0
node check.mjs "$@" || status=$?
exit "$status"
