-- Tenant catalog (platform-owned, not tenant-owned: it is what tenants are resolved from).
create table platform.tenants(
  id uuid primary key,
  slug text not null unique,
  name text not null,
  short_name text,
  level text not null,
  parent_id uuid references platform.tenants(id),
  notation text,
  agency_code_qcvn102 text,
  agency_code_qd20 text,
  agency_code_status text not null default 'unknown',
  agency_code_source text,
  status text not null default 'active',
  successor_id uuid references platform.tenants(id),
  predecessors text[] not null default '{}',
  hosts text[] not null default '{}',
  database_placement text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint ck_tenants_level check (level in ('province','province-office','department','commune','ward','district-historical')),
  constraint ck_tenants_status check (status in ('active','suspended','merged','dissolved')),
  constraint ck_tenants_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
create index ix_tenants_parent on platform.tenants(parent_id);
create index ix_tenants_hosts on platform.tenants using gin(hosts);
create unique index ux_tenants_qcvn102 on platform.tenants(agency_code_qcvn102) where agency_code_qcvn102 is not null;
grant select, insert, update on platform.tenants to saas_app;
