#!/usr/bin/env bash
# Runs the whole platform on this machine, no containers: private PostgreSQL and Redis under .data/dev,
# the development identity server, migrations, tenants/thanh-hoa, then the web UI and API on :8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="${SAAS_DATA:-$REPO_ROOT/.data/dev}"
PG_PORT="${PG_PORT:-55432}" REDIS_PORT="${REDIS_PORT:-56379}" IDP_PORT="${IDP_PORT:-8081}" APP_PORT="${APP_PORT:-8080}"
CONFIG="${CONFIG:-Release}"
mkdir -p "$DATA"

ensure_packages
start_postgres "$DATA/pg" "$PG_PORT"
start_redis "$DATA/redis" "$REDIS_PORT"

log "building"
dotnet build "$REPO_ROOT/src/Saas.Host/Saas.Host.csproj" -c "$CONFIG" -v q -nologo >/dev/null
dotnet build "$REPO_ROOT/src/Saas.DevIdentity/Saas.DevIdentity.csproj" -c "$CONFIG" -v q -nologo >/dev/null

psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname='devidentity'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database devidentity"

IDP_DLL="$REPO_ROOT/src/Saas.DevIdentity/bin/$CONFIG/net10.0/Saas.DevIdentity.dll"
HOST_DLL="$REPO_ROOT/src/Saas.Host/bin/$CONFIG/net10.0/Saas.Host.dll"

cleanup() { [ -n "${IDP_PID:-}" ] && kill "$IDP_PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

log "starting development identity server on :$IDP_PORT"
dotnet "$IDP_DLL" --urls "http://localhost:$IDP_PORT" \
  --Realm:PublicUrl "http://localhost:$IDP_PORT" \
  --Realm:File "$REPO_ROOT/infra/keycloak/realm-thanh-hoa.json" \
  --DataProtection:Folder "$DATA/devidentity" \
  --ConnectionStrings:DevIdentity "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=devidentity" \
  > "$DATA/devidentity.log" 2>&1 &
IDP_PID=$!
wait_http "http://localhost:$IDP_PORT/health"

COMMON=(--Logging:Format simple
  --Database:ConnectionString "Host=127.0.0.1;Port=$PG_PORT;Database=saas;Username=saas_app;Password=dev-only-app;Maximum Pool Size=100"
  --Database:OwnerConnectionString "Host=127.0.0.1;Port=$PG_PORT;Database=saas;Username=saas_owner;Password=dev-only-owner"
  --Redis:Configuration "127.0.0.1:$REDIS_PORT"
  --Keycloak:AuthServerUrl "http://localhost:$IDP_PORT"
  --Tenancy:ManifestFolder "$REPO_ROOT/tenants/thanh-hoa"
  --Files:LocalRoot "$DATA/files")

log "migrating"
dotnet "$HOST_DLL" migrate "${COMMON[@]}" --Scheduling:Enabled false
log "applying tenants/thanh-hoa"
dotnet "$HOST_DLL" tenants apply "$REPO_ROOT/tenants/thanh-hoa" "${COMMON[@]}" --Scheduling:Enabled false | tail -5

# Optional demo data (once per data folder): SEED_DEMO=1 infra/dev/run.sh
if [ "${SEED_DEMO:-0}" = 1 ] && [ ! -f "$DATA/.seeded" ]; then
  log "seeding demo data (documents, one-stop applications, work files)"
  dotnet "$HOST_DLL" seed-demo "${COMMON[@]}" --Scheduling:Enabled false \
    --Seed:Tenants "${SEED_TENANTS:-40}" --Seed:Documents "${SEED_DOCUMENTS:-40000}" \
    --Seed:Applications "${SEED_APPLICATIONS:-20000}" --Seed:WorkFiles "${SEED_WORKFILES:-2000}" | tail -4
  touch "$DATA/.seeded"
fi

cat <<BANNER

  Nền tảng Chính quyền số Thanh Hóa — http://localhost:$APP_PORT
  API reference: http://localhost:$APP_PORT/api-docs     Identity server: http://localhost:$IDP_PORT/realms/thanh-hoa

  Demo accounts (development only), password Demo@123 for all:
    admin             platform administrator (tenant tree, onboarding, suspension, job runs)
    lanhdao.ubnd      leader + tenant admin of UBND tỉnh (staff and roles, audit log)
    vanthu.ubnd       clerk of UBND tỉnh
    tran.thi.binh     specialist of Sở Nội vụ and tenant admin of Phường Hạc Thành (tenant switcher)
    admin.snv         tenant admin of Sở Nội vụ        vanthu.snv   clerk of Sở Nội vụ
    admin.stc         tenant admin of Sở Tài chính     vanthu.stc   clerk of Sở Tài chính
    motcua.hacthanh   counter officer of Phường Hạc Thành   lanhdao.hacthanh  leader of Phường Hạc Thành
    quansat.tinh      province observer

BANNER
dotnet "$HOST_DLL" serve "${COMMON[@]}" --urls "http://localhost:$APP_PORT"
