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
npx jest --ci "$@"
