-- Run as a superuser in template1 (so every database created afterwards inherits it) and in existing databases.
-- With FORCE ROW LEVEL SECURITY a query condition can only use an index when its functions are LEAKPROOF
-- (otherwise PostgreSQL must apply the policy first). Full-text matching and lower() cannot leak row data
-- through errors, so marking them leakproof lets search and the duplicate check use their indexes.
alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof;
alter function pg_catalog.lower(text) leakproof;
