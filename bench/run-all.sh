#!/usr/bin/env bash
# Runs every platform benchmark once the machine is quiet: waits (polling every 30 s, at most
# 15 minutes, or WAIT_SECONDS) until no Jest process and no services/*/bench script runs, then runs them one after another and records the load
# average before and after each; a benchmark that fails does not stop the others. Needs `npm run build` first, the local PostgreSQL and Kafka.
#   bash bench/run-all.sh [log directory]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node/bin:$PWD/node_modules/.bin:$PATH"
logs="${1:-bench/results}"
mkdir -p "$logs"

jest_processes() { ps -eo args | grep -v grep | grep -c jest || true; }
# Benchmarks of the services' own bench/ folders, which other work may be running.
other_benchmarks() { ps -eo args | grep -v grep | grep -c 'services/.*/bench/' || true; }

waited=0
wait_limit="${WAIT_SECONDS:-900}"
while [ $(( $(jest_processes) + $(other_benchmarks) )) -gt 0 ] && [ "$waited" -lt "$wait_limit" ]; do
  echo "$(date -u +%H:%M:%S) $(jest_processes) Jest processes and $(other_benchmarks) other benchmarks running, load $(cut -d' ' -f1-3 /proc/loadavg); waiting"
  sleep 30
  waited=$((waited + 30))
done
echo "$(date -u +%H:%M:%S) starting with $(jest_processes) Jest processes running after ${waited} s of waiting"

run() {
  local name="$1"
  shift
  echo "== $name $* : $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg), Jest processes $(jest_processes), other benchmarks $(other_benchmarks)"
  npm run --silent "bench:$name" -- "$@" 2>&1 | grep -v -e TimeoutNegativeWarning -e 'Timeout duration was set' -e 'trace-warnings' | tee "$logs/$name.log"
  echo "== $name done: $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg), Jest processes $(jest_processes), other benchmarks $(other_benchmarks)"
}

if [ "${SKIP_INGEST:-}" != "1" ]; then run gateway-ingest --runs 3 --seconds 10; fi
run e2e-latency --runs 3 --seconds 20
run timeline-reads --interactions 2000000 --runs 3 --seconds 10
run payments-backlog --count "${PAYMENTS_COUNT:-200000}" --runs 3
run memory --runs 3 --seconds 20 --payments 100000
run audit --records 1000000 --runs 3 --batches 100
npm run --silent bench:cleanup 2>&1 | grep -v -e TimeoutNegativeWarning -e 'Timeout duration was set' -e 'trace-warnings'
