-- Statistics: daily and monthly facts per tenant (aggregated numbers only, never document content), frozen
-- monthly snapshots, roll-up progress, observer grants, goal settings and generated reports. Lives in the
-- shared database only: the province roll-up reads every tenant's facts in one place (see docs/indicators.md).
create schema if not exists statistics;
grant usage on schema statistics to saas_app;

create table statistics.daily_facts(
  tenant_id uuid not null,
  day date not null,
  fact text not null,
  dim text not null default '',
  value bigint not null,
  source text not null,
  primary key (tenant_id, day, fact, dim)
);

-- Built from daily_facts for every (tenant, month) a roll-up touches: dashboards read 12 rows per fact and
-- tenant for a year instead of 365.
create table statistics.monthly_facts(
  tenant_id uuid not null,
  month date not null,
  fact text not null,
  dim text not null default '',
  value bigint not null,
  primary key (tenant_id, month, fact, dim)
);
create index ix_monthly_facts_month on statistics.monthly_facts(month, fact) include (tenant_id, value) where dim = '';

-- Frozen once per month by the monthly job; reports of past months read these and never change.
create table statistics.monthly_snapshots(
  tenant_id uuid not null,
  month date not null,
  fact text not null,
  dim text not null default '',
  value bigint not null,
  frozen_at timestamptz not null,
  primary key (tenant_id, month, fact, dim)
);

-- Incremental runs: rows changed at or after the watermark are looked at (per source and database).
create table statistics.watermarks(
  source text not null,
  placement text not null,                 -- '' = shared database
  watermark timestamptz not null,
  primary key (source, placement)
);

-- Full and recent-days roll-ups are cut into chunks (tenants of one database); a chunk's facts and its
-- done mark commit together, so a run that died resumes at the first chunk not done.
create table statistics.rollup_runs(
  id bigint generated always as identity primary key,
  kind text not null,                      -- full | recent | incremental
  range_from date,
  range_to date,
  node text not null,
  started_at timestamptz not null,
  finished_at timestamptz,
  status text not null,                    -- running | succeeded | failed | cancelled | resumed
  facts bigint not null default 0,
  chunks int not null default 0,
  error text
);
create index ix_rollup_runs_kind on statistics.rollup_runs(kind, id desc);
create table statistics.rollup_chunks(
  run_id bigint not null references statistics.rollup_runs(id),
  chunk int not null,
  placement text not null,
  tenant_ids uuid[] not null,
  done_at timestamptz,
  facts bigint,
  primary key (run_id, chunk)
);

-- Province observers see the subtree of each root they were granted (platform admins manage the grants).
create table statistics.observer_grants(
  user_name text not null,
  root_tenant_id uuid not null,
  granted_by text not null,
  granted_at timestamptz not null,
  primary key (user_name, root_tenant_id)
);

create table statistics.settings(
  key text primary key,
  value jsonb not null,
  updated_by text not null,
  updated_at timestamptz not null
);

-- Excel exports (long ones report progress) and the monthly reports of the scheduled job.
create table statistics.reports(
  id uuid primary key,
  kind text not null,                      -- monthly | export
  tenant_id uuid,                          -- null = province-wide
  requested_by text not null,
  period_from date not null,
  period_to date not null,
  breakdown text not null,                 -- unit | procedure
  status text not null,                    -- queued | running | done | failed
  progress int not null default 0,
  file_name text,
  content bytea,
  error text,
  created_at timestamptz not null,
  finished_at timestamptz
);
create unique index ux_reports_monthly on statistics.reports(period_from) where kind = 'monthly';

grant select, insert, update, delete on statistics.daily_facts, statistics.monthly_facts to saas_app;
grant select, insert on statistics.monthly_snapshots to saas_app;
grant select, insert, update on statistics.watermarks, statistics.rollup_runs, statistics.rollup_chunks,
  statistics.settings, statistics.reports to saas_app;
grant select, insert, delete on statistics.observer_grants to saas_app;

do $$
declare t text;
begin
  foreach t in array array['statistics.daily_facts', 'statistics.monthly_facts', 'statistics.monthly_snapshots'] loop
    execute format('alter table %s enable row level security', t);
    execute format('alter table %s force row level security', t);
    execute format($p$create policy tenant_isolation on %s
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')$p$, t);
  end loop;
end $$;
