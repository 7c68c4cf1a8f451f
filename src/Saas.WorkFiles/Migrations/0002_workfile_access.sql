-- Work files get a responsible unit (đơn vị lập hồ sơ): with the creator, clerks and leaders, its members may see the file.
alter table workfiles.work_files add column if not exists responsible_unit text;
create index if not exists ix_work_files_responsible on workfiles.work_files(tenant_id, responsible_unit) where responsible_unit is not null;
create index if not exists ix_work_files_creator on workfiles.work_files(tenant_id, creator_id);
