#!/usr/bin/env bash
# Stops the four services (SIGTERM, so they finish in-flight work), then Kafka and PostgreSQL.
# Data stays under .local/ for the next start.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

stop_pid_file() {
  local name="$1" file="$2"
  [[ -f "$file" ]] || return 0
  local pid
  pid="$(cat "$file")"
  if kill -0 "$pid" 2> /dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2> /dev/null && { log "$name did not stop in 30s; killing it"; kill -KILL "$pid"; }
  fi
  rm -f "$file"
}

for service in gateway interactions promises audit; do
  stop_pid_file "$service" "$LOCAL_DIR/run/$service.pid"
done
stop_pid_file kafka "$KAFKA_HOME/kafka.pid"
if pg_lsclusters -h 2> /dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  log "stopping PostgreSQL $PG_VERSION/$PG_CLUSTER"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop
fi
log "stopped"
