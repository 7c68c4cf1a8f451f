-- One definition of tenant isolation for every module's tenant-owned tables: row-level security enabled and
-- forced (the owner too), a policy on the transaction-local app.tenant_id, and the explicit platform scope.
create or replace function platform.isolate_tenant_table(tbl regclass) returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('alter table %s force row level security', tbl);
  execute format($p$create policy tenant_isolation on %s
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_setting('app.platform_scope', true) = 'on')
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_setting('app.platform_scope', true) = 'on')$p$, tbl);
end $$;
