#!/usr/bin/env bash
# Installs (Debian package) and starts a PostgreSQL cluster for Bitácora on 127.0.0.1:$PG_PORT,
# with its data under .local/postgres. Safe to run again: a running cluster is left as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! command -v pg_ctlcluster > /dev/null || [[ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]]; then
  log "installing PostgreSQL $PG_VERSION from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "postgresql-$PG_VERSION" postgresql-contrib > /dev/null
fi

data_dir="$LOCAL_DIR/postgres/$PG_VERSION"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
  log "creating cluster $PG_VERSION/$PG_CLUSTER in $data_dir"
  mkdir -p "$LOCAL_DIR/postgres"
  chown postgres:postgres "$LOCAL_DIR/postgres"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -d "$data_dir" -p "$PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256 > /dev/null
  conf="/etc/postgresql/$PG_VERSION/$PG_CLUSTER"
  cat > "$conf/conf.d/bitacora.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 300
shared_buffers = 512MB
wal_level = logical
fsync = on
synchronous_commit = on
CONF
fi

if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER on 127.0.0.1:$PG_PORT"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi
wait_for "PostgreSQL on port $PG_PORT" 60 pg_isready -h 127.0.0.1 -p "$PG_PORT"

# The platform's admin role owns the database and creates each service's role and schema
# (see libs/persistence). Services never connect with it.
runuser -u postgres -- psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bitacora') THEN
    CREATE ROLE bitacora LOGIN CREATEROLE CREATEDB PASSWORD 'bitacora-local';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE bitacora OWNER bitacora'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'bitacora') \gexec
SQL
log "PostgreSQL ready: $DATABASE_URL"
