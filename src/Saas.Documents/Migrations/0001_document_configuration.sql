-- Document management configuration owned by each tenant: document types and registers (sổ).
create schema if not exists documents;
grant usage on schema documents to saas_app;
alter default privileges in schema documents grant select, insert, update, delete on tables to saas_app;

create table documents.document_types(
  tenant_id uuid not null,
  code text not null,
  name text not null,
  abbreviation text,
  sort_order int not null,
  active boolean not null default true,
  primary key (tenant_id, code)
);

create table documents.registers(
  tenant_id uuid not null,
  code text not null,
  name text not null,
  direction text not null check (direction in ('incoming', 'outgoing')),
  secret boolean not null default false,
  document_types text[] not null default '{}',
  active boolean not null default true,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, code)
);

do $$
declare t text;
begin
  foreach t in array array['documents.document_types', 'documents.registers'] loop
    execute format('alter table %s enable row level security', t);
    execute format('alter table %s force row level security', t);
    execute format($p$create policy tenant_isolation on %s
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')$p$, t);
  end loop;
end $$;
