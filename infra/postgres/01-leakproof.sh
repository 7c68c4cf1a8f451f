#!/bin/sh
# Container init (docker-compose): apply 01-leakproof.sql to template1, so the platform's databases, created later
# by `migrate` from template1, inherit it. The local scripts (infra/dev/lib.sh) do the same with psql.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname template1 -f /docker-entrypoint-initdb.d/sql/01-leakproof.sql
