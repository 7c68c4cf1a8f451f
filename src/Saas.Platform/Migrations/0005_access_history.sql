-- Access history (ND 30/2020 Phụ lục VI, items 5a and 6l): who viewed, downloaded or exported each document, work
-- file and attachment, and when — reads, which the audit chain (changes only) does not hold. Append-only like the
-- audit log; not hash-chained (a view changes nothing that a chain would have to prove).
create table audit.access_log(
  tenant_id uuid not null,
  id uuid not null,
  occurred_at timestamptz not null,
  actor_id text not null,
  actor_name text not null,
  item_kind text not null,     -- incoming | outgoing | workfile | application
  item_id text not null,
  action text not null,        -- view | download | export
  part_id text,                -- the attachment downloaded, when the access was to one file of the item
  part_name text,
  primary key (tenant_id, id)
);
create index ix_access_log_item on audit.access_log(tenant_id, item_kind, item_id, occurred_at desc);
create index ix_access_log_at on audit.access_log(tenant_id, occurred_at);
grant select, insert on audit.access_log to saas_app;
create trigger trg_access_log_append_only before update or delete on audit.access_log
  for each row execute function audit.forbid_change();
select platform.isolate_tenant_table('audit.access_log');
