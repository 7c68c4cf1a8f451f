-- Platform kernel: extensions, shared schemas, the append-only audit log, job runs, data-protection keys.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create schema if not exists platform;
create schema if not exists audit;
grant usage on schema platform, audit to saas_app;
alter default privileges in schema platform grant select, insert, update, delete on tables to saas_app;
alter default privileges in schema platform grant usage, select on sequences to saas_app;

-- Audit log: one hash chain per tenant. tenant_id leads the key; the chain head row serialises writers
-- of one tenant (UPDATE ... RETURNING) without locking other tenants.
create table audit.chain_heads(
  tenant_id uuid primary key,
  last_seq bigint not null,
  last_hash bytea not null
);
create table audit.entries(
  tenant_id uuid not null,
  seq bigint not null,
  id uuid not null,
  occurred_at timestamptz not null,
  actor_id text,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  correlation_id text,
  prev_hash bytea not null,
  hash bytea not null,
  primary key (tenant_id, seq)
);
create index ix_audit_entries_entity on audit.entries(tenant_id, entity_type, entity_id);

-- The hash is computed by PostgreSQL from the stored values (jsonb normalises its text), so writer and
-- verifier agree byte for byte.
create function audit.entry_hash(prev bytea, tenant uuid, seq bigint, at timestamptz, actor text, action text,
                                 entity_type text, entity_id text, before jsonb, after jsonb)
returns bytea language sql immutable as $$
  select sha256(prev || convert_to(concat_ws(chr(31), tenant::text, seq::text,
         to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), coalesce(actor, ''), action,
         entity_type, entity_id, coalesce(before::text, ''), coalesce(after::text, '')), 'UTF8'))
$$;
grant execute on function audit.entry_hash to saas_app;

-- Append-only: the application role may only insert, and a trigger stops even the owner from rewriting.
grant select, insert on audit.entries to saas_app;
grant select, insert, update on audit.chain_heads to saas_app;
create function audit.forbid_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit.entries is append-only';
end $$;
create trigger trg_audit_entries_append_only before update or delete on audit.entries
  for each row execute function audit.forbid_change();

alter table audit.entries enable row level security;
alter table audit.entries force row level security;
create policy tenant_isolation on audit.entries
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
         or current_setting('app.platform_scope', true) = 'on')
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
         or current_setting('app.platform_scope', true) = 'on');
alter table audit.chain_heads enable row level security;
alter table audit.chain_heads force row level security;
create policy tenant_isolation on audit.chain_heads
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
         or current_setting('app.platform_scope', true) = 'on')
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
         or current_setting('app.platform_scope', true) = 'on');

-- Scheduled job runs (platform-wide; visible to platform admins).
create table platform.job_runs(
  id bigint generated always as identity primary key,
  job_name text not null,
  instance_id text not null,
  scheduled_fire_time timestamptz,
  fired_at timestamptz not null,
  finished_at timestamptz,
  succeeded boolean,
  error text
);
create index ix_job_runs_job on platform.job_runs(job_name, fired_at desc);
grant select, insert, update on platform.job_runs to saas_app;

-- ASP.NET Core data-protection keys live in PostgreSQL, not Redis: an auth cookie must survive a Redis outage.
create table platform.data_protection_keys(
  id integer generated always as identity primary key,
  friendly_name text,
  xml text
);
grant select, insert, update, delete on platform.data_protection_keys to saas_app;
