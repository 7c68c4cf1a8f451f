-- Rows of platform tables are never deleted by the application unless granted table by table.
alter default privileges in schema platform revoke delete on tables from saas_app;
revoke delete on platform.job_runs from saas_app;
