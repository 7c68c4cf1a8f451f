-- A register renamed or deactivated by the tenant's own admin is no longer overwritten by `tenants apply`.
alter table documents.registers add column customized boolean not null default false;
