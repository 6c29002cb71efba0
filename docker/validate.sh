#!/usr/bin/env bash
# Checks docker/compose.yaml and docker/Dockerfile without a Docker daemon (for CI).
#   bash docker/validate.sh
# Needs node/npx (npm registry) and, when no Compose v2 is installed, Debian's docker-compose
# package (installed here when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")"

# Dummy values for the variables compose.yaml requires; nothing is started.
export MYSQL_ROOT_PASSWORD="${MYSQL_ROOT_PASSWORD:-validate-only}"
export PROCESS_ENGINE_PASSWORD="${PROCESS_ENGINE_PASSWORD:-validate-only-secret}"

echo "== compose.yaml: Compose's own parser (interpolation, schema, service references)"
if docker compose version >/dev/null 2>&1; then
  docker compose -f compose.yaml config --quiet
else
  if ! command -v docker-compose >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
  fi
  # Debian bookworm has only docker-compose 1.29, which predates the top-level `name:` key;
  # the rest of the file is checked as is. Read from stdin in this folder, so `..` still
  # resolves to the repository root.
  sed '/^name:/d' compose.yaml | docker-compose -f - config --quiet
fi

echo "== compose.yaml: Compose Specification schema and lint rules (dclint)"
# The published interface is a variable (CAREFLOW_BIND), which this rule cannot read.
npx --yes dclint@3.1.0 compose.yaml --disable-rule no-unbound-port-interfaces --max-warnings 0

echo "== Dockerfiles: syntax and instruction arguments (dockerfile-utils)"
npx --yes dockerfile-utils@0.16.3 lint Dockerfile
npx --yes dockerfile-utils@0.16.3 lint process-engine.Dockerfile

echo "== compose.yaml: one process engine node, two with --profile scale-out (same database)"
services() {
  if docker compose version >/dev/null 2>&1; then
    docker compose -f compose.yaml "$@" config --services
  else
    sed '/^name:/d' compose.yaml | docker-compose -f - "$@" config --services
  fi
}
test "$(services --profile scale-out | grep -c '^operaton')" = 2
# Compose v1 lists every service whatever the profile; v2 can check the default stack too.
if docker compose version >/dev/null 2>&1; then test "$(services | grep -c '^operaton')" = 1; fi

echo "docker/: all checks passed"
