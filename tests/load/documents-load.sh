#!/usr/bin/env bash
# Load test of the document API against a running host with seeded data (see docs/benchmarks/documents.md):
#   (a) inbox page   GET /api/v1/incoming-documents?page=1&size=20             as the clerk
#   (b) search       GET /api/v1/incoming-documents?page=1&size=20&q=<words>   random folded words of the seed vocabulary
#   (c) registration POST /api/v1/incoming-documents (multipart) then POST …/{id}/register, measured as two phases
# at each concurrency of CONCURRENCY. wrk gives the latency histogram; the Lua done() prints p50/p95/p99 and req/s.
# Results: a table between the markers of docs/benchmarks/documents.md (the rest of the file is kept) and the raw
# wrk outputs under docs/benchmarks/raw/<date>/.
#
#   tests/load/documents-load.sh                        # host on :8180, identity server on :8181 (the perf stack)
#   BASE_URL=http://localhost:8080 IDP_URL=http://localhost:8081 PG_URL=postgresql://saas_owner:dev-only-owner@127.0.0.1:55432/saas \
#     DURATION=30s CONCURRENCY="1 10 50" tests/load/documents-load.sh
#
# Tokens of the dev identity server live 5 minutes: a fresh one is taken before every run.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8180}"
IDP_URL="${IDP_URL:-http://localhost:8181}"
REALM="${REALM:-thanh-hoa}"
TENANT="${TENANT:-ubnd-tinh}"
CLERK="${CLERK:-vanthu.ubnd}"
PASSWORD="${PASSWORD:-Demo@123}"
DURATION="${DURATION:-20s}"          # per read scenario and concurrency
REG_DURATION="${REG_DURATION:-15s}"  # create phase per concurrency; the register phase registers what was created
CONCURRENCY="${CONCURRENCY:-1 10 50}"
THREADS="${THREADS:-2}"
PG_URL="${PG_URL:-postgresql://saas_owner:dev-only-owner@127.0.0.1:55632/saas}"  # only to report the data volume
SCENARIOS="${SCENARIOS:-inbox search register}"
STAMP="$(date -u +%Y-%m-%dT%H%MZ)"
RAW="${RAW:-$REPO_ROOT/docs/benchmarks/raw/$STAMP}"
REPORT="${REPORT:-$REPO_ROOT/docs/benchmarks/documents.md}"
# Targets (2 cores, 200 tenants / 1,000,000 documents, 50 concurrent users).
TARGET_INBOX_P95="${TARGET_INBOX_P95:-50}"
TARGET_SEARCH_P95="${TARGET_SEARCH_P95:-150}"

log() { printf '\033[1;34m[load]\033[0m %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mkdir -p "$RAW"
export LOAD_DIR="$HERE" TENANT

token() {
  curl -fsS "$IDP_URL/realms/$REALM/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=saas-cli -d "username=$CLERK" -d "password=$PASSWORD" | jq -r .access_token
}

# run_wrk <name> <script> <concurrency> <duration> → prints the RESULT line, keeps the whole output in $RAW/<name>.txt
run_wrk() {
  local name="$1" script="$2" c="$3" d="$4" t
  t=$(( c < THREADS ? c : THREADS ))
  TOKEN="$(token)" THREADS="$t" CONNS="$c" wrk -t"$t" -c"$c" -d"$d" --timeout 10s --latency -s "$HERE/$script" "$BASE_URL" > "$RAW/$name.txt" 2>&1 || true
  grep '^RESULT' "$RAW/$name.txt" || echo "RESULT requests=0 seconds=0 rps=0 p50=0 p95=0 p99=0 max=0 non2xx=0 socket_errors=0 (failed, see $RAW/$name.txt)"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

ROWS=()
row() { # row <scenario> <c> <RESULT line>
  ROWS+=("| $1 | $2 | $(field p50 "$3") | $(field p95 "$3") | $(field p99 "$3") | $(field rps "$3") | $(field requests "$3") | $(( $(field non2xx "$3") + $(field socket_errors "$3") )) |")
}
declare -A P95

# Check the stack, the token and the data before spending minutes on it.
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token)" -H "X-Tenant: $TENANT" "$BASE_URL/api/v1/incoming-documents?page=1&size=1")
[ "$code" = 200 ] || { log "GET incoming-documents answered $code (host $BASE_URL, identity $IDP_URL, tenant $TENANT)"; exit 1; }
inbox_total=$(curl -fsS -H "Authorization: Bearer $(token)" -H "X-Tenant: $TENANT" "$BASE_URL/api/v1/incoming-documents?page=1&size=1" | jq '.total // .totalCount // empty')

VOLUME="unknown (PG_URL not reachable)"
if command -v psql >/dev/null && psql "$PG_URL" -tAc 'select 1' >/dev/null 2>&1; then
  VOLUME=$(psql "$PG_URL" -qtA <<'SQL' | grep tenants
begin;
select set_config('app.platform_scope', 'on', true) \g /dev/null
select (select count(distinct tenant_id) from documents.incoming_documents) || ' tenants, '
    || to_char((select count(*) from documents.incoming_documents), 'FM9,999,999,999') || ' incoming + '
    || to_char((select count(*) from documents.outgoing_documents), 'FM9,999,999,999') || ' outgoing documents';
rollback;
SQL
)
fi
MACHINE="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/{print $2}') GB RAM"
log "data: $VOLUME; $TENANT inbox: $inbox_total documents; machine: $MACHINE"

log "warm-up (JIT, connection pools)"
run_wrk warmup-inbox inbox.lua 10 5s >/dev/null
run_wrk warmup-search search.lua 10 5s >/dev/null

for scenario in $SCENARIOS; do
  for c in $CONCURRENCY; do
    case "$scenario" in
      inbox|search)
        log "$scenario, $c concurrent, $DURATION"
        r=$(run_wrk "$scenario-c$c" "$scenario.lua" "$c" "$DURATION")
        log "  $r"
        row "$scenario" "$c" "$r"
        P95["$scenario-$c"]=$(field p95 "$r")
        ;;
      register)
        mkdir -p "${TMPDIR:-/tmp}/documents-load-$STAMP"
        export IDS_FILE="${TMPDIR:-/tmp}/documents-load-$STAMP/ids-c$c" RUN_TAG="${STAMP//[^0-9]/}c$c" ISSUED_DATE="$(date -u -d yesterday +%F)"
        rm -f "$IDS_FILE".*
        log "create (nhập văn bản), $c concurrent, $REG_DURATION"
        r=$(run_wrk "create-c$c" create.lua "$c" "$REG_DURATION")
        log "  $r"
        row "create (multipart)" "$c" "$r"
        log "register (vào sổ) the $(cat "$IDS_FILE".* 2>/dev/null | wc -l) created documents, $c concurrent"
        r=$(run_wrk "register-c$c" register.lua "$c" "$REG_DURATION")
        log "  $r"
        row "register (vào sổ)" "$c" "$r"
        ;;
    esac
  done
done

verdict() { # verdict <scenario> <target>
  local v="${P95[$1-50]:-}"
  if [ -z "$v" ]; then echo "not measured"; elif awk "BEGIN{exit !($v < $2)}"; then echo "**met** (p95 $v ms < $2 ms)"; else echo "**missed** (p95 $v ms ≥ $2 ms)"; fi
}

TABLE=$(cat <<EOF
<!-- results:start (written by tests/load/documents-load.sh; edit outside the markers) -->
### Run $STAMP

- Machine: $MACHINE; host and PostgreSQL 15 on the same machine, wrk with $THREADS threads on it too.
- Host: \`$BASE_URL\` (build configuration as started), tenant \`$TENANT\` as \`$CLERK\` (clerk: sees every ordinary document of the tenant).
- Data: $VOLUME; the $TENANT inbox holds ${inbox_total:-?} documents.
- Each read scenario runs $DURATION per concurrency after a 5 s warm-up; registration: create for $REG_DURATION, then register those documents (each once) for at most $REG_DURATION; if they run out first, req/s = connections / mean latency.
- Targets at 50 concurrent users: inbox p95 < $TARGET_INBOX_P95 ms → $(verdict inbox "$TARGET_INBOX_P95"); search p95 < $TARGET_SEARCH_P95 ms → $(verdict search "$TARGET_SEARCH_P95").
- Raw wrk outputs: \`docs/benchmarks/raw/$STAMP/\`.

| Scenario | Concurrency | p50 ms | p95 ms | p99 ms | req/s | requests | errors (non-2xx + socket) |
|---|---:|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${ROWS[@]}")
<!-- results:end -->
EOF
)
printf '%s\n' "$TABLE" > "$RAW/results.md"

if [ -f "$REPORT" ] && grep -q '<!-- results:start' "$REPORT"; then
  python3 - "$REPORT" "$RAW/results.md" <<'PY'
import re, sys
report, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().strip()
text = open(report, encoding="utf-8").read()
text = re.sub(r"<!-- results:start.*?<!-- results:end -->", lambda m: table, text, flags=re.S)
open(report, "w", encoding="utf-8").write(text)
PY
else
  mkdir -p "$(dirname "$REPORT")"
  printf '# Document API benchmarks\n\n%s\n' "$TABLE" > "$REPORT"
fi
log "results: $REPORT (raw: $RAW)"
cat "$RAW/results.md"
