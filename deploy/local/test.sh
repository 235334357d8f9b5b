#!/usr/bin/env bash
# Runs every test (unit, integration, end-to-end) against a real PostgreSQL and Kafka, which it
# starts first when DATABASE_URL and KAFKA_BROKERS do not point elsewhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
external_infrastructure=""
if [[ -n "${DATABASE_URL:-}" && -n "${KAFKA_BROKERS:-}" ]]; then
  external_infrastructure=yes
fi
source "$here/env.sh"
cd "$BITACORA_ROOT"

bash "$here/node.sh"
[[ -d node_modules ]] || npm ci --no-audit --no-fund
if [[ -z "$external_infrastructure" ]]; then
  bash "$here/infra.sh"
fi

npm run -s typecheck
npm run -s lint
npm run -s build > /dev/null
results="$LOCAL_DIR/jest-results.json"
mkdir -p "$LOCAL_DIR"
status=0
npx jest --ci --json --outputFile="$results" "$@" || status=$?
# One closing line in the plain "N passed, N failed" form that any CI reader understands.
node -e 'const r = require(process.argv[1]); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$results"
exit "$status"
