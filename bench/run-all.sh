#!/usr/bin/env bash
# Runs every platform benchmark once the machine is quiet: waits (polling every 30 s, at most
# 15 minutes) until no Jest process runs, then runs them one after another and records the load
# average before and after each. Needs `npm run build` first, the local PostgreSQL and Kafka.
#   bash bench/run-all.sh [log directory]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node/bin:$PWD/node_modules/.bin:$PATH"
logs="${1:-bench/results}"
mkdir -p "$logs"

jest_processes() { ps -eo args | grep -v grep | grep -c jest || true; }

waited=0
while [ "$(jest_processes)" -gt 0 ] && [ "$waited" -lt 900 ]; do
  echo "$(date -u +%H:%M:%S) $(jest_processes) Jest processes running, load $(cut -d' ' -f1-3 /proc/loadavg); waiting"
  sleep 30
  waited=$((waited + 30))
done
echo "$(date -u +%H:%M:%S) starting with $(jest_processes) Jest processes running after ${waited} s of waiting"

run() {
  local name="$1"
  shift
  echo "== $name $* : $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg), Jest processes $(jest_processes)"
  npm run --silent "bench:$name" -- "$@" 2>&1 | grep -v -e TimeoutNegativeWarning -e 'Timeout duration was set' -e 'trace-warnings' | tee "$logs/$name.log"
  echo "== $name done: $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg), Jest processes $(jest_processes)"
}

run gateway-ingest --runs 3 --seconds 10
run e2e-latency --runs 3 --seconds 20
run timeline-reads --interactions 2000000 --runs 3 --seconds 10
run payments-backlog --count "${PAYMENTS_COUNT:-200000}" --runs 3
run memory --runs 3 --seconds 20 --payments 100000
run audit --records 2000000 --runs 3
