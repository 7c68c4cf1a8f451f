#!/usr/bin/env bash
# Shared helpers for the local (container-free) stack: private PostgreSQL and Redis
# instances under a data folder, never the system services.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_BIN="${PG_BIN:-}"

log() { printf '\033[1;34m[saas]\033[0m %s\n' "$*" >&2; }

# DOCX drafts become PDFs with LibreOffice headless (no X11, no Java); Liberation fonts have Times New Roman / Arial
# metrics and, in version 2, every Vietnamese letter, so drafts keep their line breaks and diacritics.
ensure_conversion_packages() {
  local missing=()
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  [ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation)
  [ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing (may take a few minutes the first time): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || true
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_packages() {
  local missing=()
  command -v dotnet >/dev/null || { echo "dotnet SDK 10 is required" >&2; exit 1; }
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v curl >/dev/null || missing+=(curl)
  # The edge tests run the host behind a real TLS-terminating nginx with a throwaway certificate.
  if [ "${NEED_NGINX:-0}" = 1 ]; then
    command -v nginx >/dev/null || missing+=(nginx)
    [ -f /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so ] || missing+=(libnginx-mod-http-headers-more-filter)
    command -v openssl >/dev/null || missing+=(openssl)
  fi
  if [ "${NEED_CHROMIUM:-0}" = 1 ] && ! command -v chromium >/dev/null; then missing+=(chromium); fi
  # The PDF text-extraction tests embed DejaVu Sans to write Vietnamese letters.
  if [ "${NEED_CHROMIUM:-0}" = 1 ] && [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then missing+=(fonts-dejavu-core); fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || true
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  ensure_conversion_packages
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
}

# The signing tests use a real PKCS#11 token (SoftHSM2, a throwaway token per run), poppler's pdfsig as an
# independent verifier, and certutil to trust the test CA in a throwaway NSS database.
ensure_signing_packages() {
  local missing=()
  [ -f /usr/lib/softhsm/libsofthsm2.so ] && command -v softhsm2-util >/dev/null || missing+=(softhsm2)
  command -v pdfsig >/dev/null || missing+=(poppler-utils)
  command -v certutil >/dev/null || missing+=(libnss3-tools)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || true
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Runs a command as the 'postgres' OS user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres <data-dir> <port>
start_postgres() {
  local dir="$1" port="$2"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    log "initdb $dir"
    as_pg "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 256MB
fsync = ${PG_FSYNC:-on}
synchronous_commit = ${PG_SYNC_COMMIT:-on}
full_page_writes = ${PG_FSYNC:-on}
CONF
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    log "postgres already running on $port"
  else
    as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
    log "postgres started on 127.0.0.1:$port"
  fi
  # Roles: an owner for migrations and a non-owner application role (RLS applies to it).
  psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -f "$REPO_ROOT/infra/postgres/00-roles.sql" >/dev/null
  for db in template1 $(psql -h 127.0.0.1 -p "$port" -U postgres -tAc "select datname from pg_database where datname like 'saas%'"); do
    psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -f "$REPO_ROOT/infra/postgres/01-leakproof.sql" >/dev/null
  done
}

stop_postgres() {
  local dir="$1"
  [ -f "$dir/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
}

# start_redis <data-dir> <port>
start_redis() {
  local dir="$1" port="$2"
  mkdir -p "$dir"
  if redis-cli -p "$port" ping >/dev/null 2>&1; then log "redis already running on $port"; return; fi
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  log "redis started on 127.0.0.1:$port"
}

stop_redis() {
  local port="$1"
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
}

# An S3-compatible server for the tests of the S3 file store: s3rver (npm), since MinIO is not packaged for Debian.
# Installed once under .data/tools; files under $dir; credentials S3RVER/S3RVER (development only).
start_s3() {
  local dir="$1" port="$2" bucket="$3"
  local tools="$REPO_ROOT/.data/tools"
  command -v npm >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq nodejs npm >/dev/null; }
  if [ ! -f "$tools/node_modules/s3rver/bin/s3rver.js" ]; then
    log "installing s3rver (npm)"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --silent s3rver@3.7.1 >/dev/null
  fi
  mkdir -p "$dir"
  node "$tools/node_modules/s3rver/bin/s3rver.js" -d "$dir" -a 127.0.0.1 -p "$port" --silent --no-vhost-buckets \
    --configure-bucket "$bucket" > "$dir.log" 2>&1 &
  S3_PID=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  log "s3rver started on 127.0.0.1:$port (bucket $bucket)"
}

# start_nginx <dir> <tls-port> <upstream-port>: nginx terminating TLS on 127.0.0.1:<tls-port> with a self-signed
# certificate made now (dir/tls.crt), proxying to the host on 127.0.0.1:<upstream-port>. It connects to the host from
# 127.0.0.2 (proxy_bind), so the host can trust exactly that address as its proxy and nothing else on loopback.
start_nginx() {
  local dir="$1" port="$2" upstream="$3"
  mkdir -p "$dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/tls.key" -out "$dir/tls.crt" >/dev/null 2>&1
  cat > "$dir/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 512; }
http {
  access_log $dir/access.log;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  server_tokens off;
  more_clear_headers Server;
  client_max_body_size 100m;
  # The signed-in cookie (saas.auth, with the saved tokens, in chunks) outgrows nginx's default 8k header line.
  large_client_header_buffers 4 32k;
  server {
    listen 127.0.0.1:$port ssl;
    server_name localhost;
    ssl_certificate $dir/tls.crt;
    ssl_certificate_key $dir/tls.key;
    location / {
      proxy_pass http://127.0.0.1:$upstream;
      proxy_bind 127.0.0.2;
      proxy_http_version 1.1;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_buffer_size 16k;
      proxy_buffers 8 16k;
    }
  }
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" -t >/dev/null 2>&1 || { nginx -p "$dir" -c "$dir/nginx.conf" -t; return 1; }
  nginx -p "$dir" -c "$dir/nginx.conf"
  log "nginx (TLS) started on https://localhost:$port -> 127.0.0.1:$upstream"
}

stop_nginx() {
  local dir="$1"
  [ -f "$dir/nginx.pid" ] && nginx -p "$dir" -c "$dir/nginx.conf" -s stop >/dev/null 2>&1 || true
}

wait_http() {
  local url="$1" tries="${2:-120}"
  for _ in $(seq 1 "$tries"); do
    curl -fsS "$url" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "timed out waiting for $url" >&2
  return 1
}

# The independent PDF signer of the signature interoperability tests: @signpdf/signpdf with a PKCS#12 signer (npm),
# installed once under .data/tools next to s3rver.
ensure_signpdf() {
  local tools="$REPO_ROOT/.data/tools"
  command -v npm >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq nodejs npm >/dev/null; }
  if [ ! -f "$tools/node_modules/@signpdf/signpdf/package.json" ] || [ ! -f "$tools/node_modules/@signpdf/placeholder-plain/package.json" ]; then
    log "installing @signpdf (npm)"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --silent \
      @signpdf/signpdf@3.3.0 @signpdf/signer-p12@3.3.0 @signpdf/placeholder-plain@3.3.0 >/dev/null
  fi
}
