-- statistics.reports carries tenant_id (a unit's export) but was left outside the wall. It gets the same policy as
-- every other tenant table. Province-wide rows (tenant_id null: the monthly reports, province exports) match no
-- tenant, so only the explicit platform scope reads or writes them — which is how ExportQueue and
-- MonthlyReportService already open their connections.
select platform.isolate_tenant_table('statistics.reports');
