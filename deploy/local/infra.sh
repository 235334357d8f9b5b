#!/usr/bin/env bash
# Starts the real infrastructure the platform and its tests need: PostgreSQL and Kafka.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/postgres.sh"
bash "$here/kafka.sh"
