#!/usr/bin/env bash
# Starts the whole platform on this machine, without Docker: PostgreSQL and Kafka, then the four
# services, each as its own process with its own database role. Safe to run again: running
# pieces are reused. Prints where everything listens and the local API key.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
cd "$BITACORA_ROOT"

bash "$here/node.sh"
if [[ ! -d node_modules ]]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund
fi
bash "$here/infra.sh"

log "building"
npm run -s build > /dev/null 2>&1

admin_url="$DATABASE_URL"
node dist/libs/persistence/src/cli/provision-services.js gateway interactions promises audit > /dev/null

signing_key="$LOCAL_DIR/audit-signing-key.pem"
if [[ ! -f "$signing_key" ]]; then
  log "creating a local audit signing key (development only) in $signing_key"
  openssl genpkey -algorithm ed25519 -out "$signing_key" 2> /dev/null
  chmod 600 "$signing_key"
fi
openssl pkey -in "$signing_key" -pubout -out "$LOCAL_DIR/audit-public-key.pem" 2> /dev/null

mkdir -p "$LOCAL_DIR/run" "$LOCAL_DIR/logs"
declare -A ports=([interactions]=3001 [promises]=3002 [audit]=3003 [gateway]=3000)

service_is_up() { curl -sf "http://127.0.0.1:$1/health/ready" > /dev/null; }

for service in interactions promises audit gateway; do
  port="${ports[$service]}"
  if service_is_up "$port"; then
    log "$service already running on 127.0.0.1:$port"
    continue
  fi
  log "starting $service on 127.0.0.1:$port"
  (
    export NODE_ENV=development PORT="$port"
    export DATABASE_URL="$(node -e 'const u=new URL(process.argv[1]);u.username=process.argv[2];u.password=process.argv[3];console.log(u.toString())' "$admin_url" "bitacora_$service" "bitacora-local-$service")"
    export DATABASE_MIGRATION_URL="$(node -e 'const u=new URL(process.argv[1]);u.username=process.argv[2];u.password=process.argv[3];console.log(u.toString())' "$admin_url" "bitacora_${service}_owner" "bitacora-local-$service-owner")"
    export AUDIT_SIGNING_KEY_FILE="$signing_key"
    # shellcheck disable=SC2046 # one flag per word
    nohup node $(cat "$here/../service-node-flags") "dist/services/$service/src/main.js" >> "$LOCAL_DIR/logs/$service.log" 2>&1 &
    echo $! > "$LOCAL_DIR/run/$service.pid"
  )
  if ! wait_for "$service on port $port" 90 service_is_up "$port"; then
    log "$service did not become ready; last lines of $LOCAL_DIR/logs/$service.log:"
    tail -n 20 "$LOCAL_DIR/logs/$service.log" >&2
    exit 1
  fi
done

cat <<MSG

Bitácora está en marcha / Bitácora is running.
  API del gateway / Gateway API                 http://127.0.0.1:3000/v1
  Documentación de la API / API docs (Swagger)  http://127.0.0.1:3000/docs
  Documento OpenAPI / OpenAPI document          http://127.0.0.1:3000/docs-json
  Llave de API local / Local API key            ${BOOTSTRAP_API_KEY:-bk_local_admin_0000000000000000000000000000}
                                                (encabezado X-Api-Key; solo desarrollo / header X-Api-Key; development only)
  Kafka                                         $KAFKA_BROKERS
  PostgreSQL                                    127.0.0.1:$PG_PORT (base de datos / database bitacora)
  Registros / Logs                              $LOCAL_DIR/logs/
Para detener todo / Stop everything: npm run stop:local
MSG
