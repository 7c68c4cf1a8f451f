-- Runs of a node that died mid-run: closed by the cluster (AbandonedJobRuns) instead of "running" forever.
alter table platform.job_runs add column abandoned_at timestamptz;

-- Idempotency-Key of creates: written in the transaction of the create, so a key exists exactly when its resource
-- was committed and a retry of the same request returns the first result instead of making a copy.
create table platform.idempotency_keys(
  tenant_id uuid not null,
  key text not null check (length(key) between 1 and 200),
  user_name text not null,
  operation text not null,
  request_hash text not null,
  status integer not null,
  location text,
  resource_id uuid not null,
  response_body jsonb,
  created_at timestamptz not null default now(),
  primary key (tenant_id, key)
);
select platform.isolate_tenant_table('platform.idempotency_keys');
grant select, insert on platform.idempotency_keys to saas_app;
