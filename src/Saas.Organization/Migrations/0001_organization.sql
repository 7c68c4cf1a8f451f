create schema if not exists organization;
grant usage on schema organization to saas_app;

-- Phòng, ban, bộ phận of a tenant: seeded per level from tenants/<province>/units, added to by the tenant admin.
create table organization.units(
  tenant_id uuid not null,
  code text not null,
  name text not null,
  sort int not null default 0,
  active boolean not null default true,
  primary key (tenant_id, code)
);

-- Who works in which unit; a head (trưởng phòng) sees the unit's backlog and hands its work out.
create table organization.unit_members(
  tenant_id uuid not null,
  unit_code text not null,
  user_id text not null,
  user_name text not null,
  is_head boolean not null default false,
  primary key (tenant_id, unit_code, user_id),
  foreign key (tenant_id, unit_code) references organization.units(tenant_id, code)
);
create index ix_unit_members_user on organization.unit_members(tenant_id, user_id);

grant select, insert, update, delete on organization.units, organization.unit_members to saas_app;
select platform.isolate_tenant_table(t::regclass) from unnest(array['organization.units', 'organization.unit_members']) as t;
