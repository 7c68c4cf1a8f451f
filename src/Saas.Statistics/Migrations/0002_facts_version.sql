-- Dashboards cache their answers until the facts change; these make "did anything change?" an index lookup.
create index ix_rollup_runs_finished on statistics.rollup_runs(finished_at);
create index ix_rollup_chunks_done on statistics.rollup_chunks(done_at);
