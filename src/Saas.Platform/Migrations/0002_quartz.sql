-- Quartz.NET's job store lives in its own schema. Its tables are created by Quartz itself during
-- `migrate` (QuartzSchemaProvisioner, running as the owner role) so that they always match the
-- Quartz version in use; the default privileges below hand them to the application role.
create schema if not exists quartz;
grant usage on schema quartz to saas_app;
alter default privileges in schema quartz grant select, insert, update, delete on tables to saas_app;
