#!/usr/bin/env bash
# The whole test suite on throwaway instances: PostgreSQL, Redis and the development identity server are
# started in a temporary folder on their own ports, the tests run against them, and everything is removed.
# Exits non-zero when anything fails. .ci/run calls exactly this script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export NEED_CHROMIUM=1 NEED_NGINX=1
ensure_packages
ensure_signing_packages

WORK="$(mktemp -d /tmp/saas-test.XXXXXX)"
chmod 755 "$WORK"
# Overridable so that two checkouts can run their suites side by side (the app port must be one the realm allows: 18080 or 18081).
PG_PORT="${TEST_PG_PORT:-55532}" REDIS_PORT="${TEST_REDIS_PORT:-56479}" IDP_PORT="${TEST_IDP_PORT:-18091}"
export SAAS_TEST_APP_PORT="${TEST_APP_PORT:-18080}"
CONFIG="${CONFIG:-Release}"
# nginx terminates TLS on TEST_TLS_PORT and proxies to the edge tests' host on TEST_EDGE_APP_PORT.
export SAAS_TEST_TLS_PORT="${TEST_TLS_PORT:-18443}"
export SAAS_TEST_EDGE_APP_PORT="${TEST_EDGE_APP_PORT:-18160}"

cleanup() {
  local rc=$?
  [ -n "${IDP_PID:-}" ] && kill "$IDP_PID" 2>/dev/null || true
  [ -n "${S3_PID:-}" ] && kill "$S3_PID" 2>/dev/null || true
  stop_nginx "$WORK/nginx"
  stop_redis "$REDIS_PORT"
  stop_postgres "$WORK/pg"
  if [ $rc -ne 0 ] && [ -f "$WORK/devidentity.log" ]; then tail -50 "$WORK/devidentity.log" >&2 || true; fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

# Throwaway database: durability is not under test, so skip fsync for speed.
PG_FSYNC=off PG_SYNC_COMMIT=off start_postgres "$WORK/pg" "$PG_PORT"
start_redis "$WORK/redis" "$REDIS_PORT"
S3_PORT="${TEST_S3_PORT:-54568}"
start_s3 "$WORK/s3" "$S3_PORT" saas-it
ensure_signpdf
start_nginx "$WORK/nginx" "$SAAS_TEST_TLS_PORT" "$SAAS_TEST_EDGE_APP_PORT"
export SAAS_TEST_TLS_CERT="$WORK/nginx/tls.crt"

log "building ($CONFIG)"
dotnet build "$REPO_ROOT/Saas.sln" -c "$CONFIG" -v q -nologo

psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database devidentity"
log "starting development identity server on :$IDP_PORT"
dotnet "$REPO_ROOT/src/Saas.DevIdentity/bin/$CONFIG/net10.0/Saas.DevIdentity.dll" --urls "http://localhost:$IDP_PORT" \
  --Realm:PublicUrl "http://localhost:$IDP_PORT" \
  --Realm:File "$REPO_ROOT/infra/keycloak/realm-thanh-hoa.json" \
  --DataProtection:Folder "$WORK/devidentity" \
  --ConnectionStrings:DevIdentity "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=devidentity" \
  > "$WORK/devidentity.log" 2>&1 &
IDP_PID=$!
wait_http "http://localhost:$IDP_PORT/health"

export SAAS_TEST_PG_PORT="$PG_PORT"
export SAAS_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export SAAS_TEST_OIDC="http://localhost:$IDP_PORT"
export SAAS_TEST_S3="http://127.0.0.1:$S3_PORT"
export SAAS_TEST_WORK="$WORK"
export SAAS_TEST_CONFIG="$CONFIG"
export SAAS_REPO_ROOT="$REPO_ROOT"
export SAAS_TEST_CHROMIUM="$(command -v chromium || true)"

log "running tests"
dotnet test "$REPO_ROOT/Saas.sln" -c "$CONFIG" --no-build -nologo --logger "console;verbosity=normal" "$@"
