-- Roles of the platform database. Run as a superuser once per server (idempotent).
-- saas_owner owns every schema and table and runs migrations.
-- saas_app is what the application connects as: it owns nothing, so FORCE ROW LEVEL SECURITY
-- and the policies apply to every statement it runs.
-- Passwords here are DEVELOPMENT DEFAULTS ONLY; production sets them from secrets.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saas_owner') THEN
    CREATE ROLE saas_owner LOGIN PASSWORD 'dev-only-owner' CREATEDB;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saas_app') THEN
    CREATE ROLE saas_app LOGIN PASSWORD 'dev-only-app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
