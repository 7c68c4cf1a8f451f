-- Work files (hồ sơ công việc, Nghị định 30/2020 Arts. 28–31), the yearly file list, tasks and notifications.
create schema if not exists workfiles;
grant usage on schema workfiles to saas_app;
alter default privileges in schema workfiles grant select, insert, update on tables to saas_app;

-- Danh mục hồ sơ: one per tenant per year, approved by the head of the agency.
create table workfiles.file_plans(
  tenant_id uuid not null,
  year int not null,
  status text not null default 'draft',       -- draft | approved
  approved_by text,
  approved_at timestamptz,
  primary key (tenant_id, year)
);
create table workfiles.file_plan_items(
  tenant_id uuid not null,
  id uuid not null,
  year int not null,
  heading text not null,                      -- đề mục
  code text not null,                         -- số, ký hiệu hồ sơ
  title text not null,
  retention_years int,                        -- null = vĩnh viễn
  responsible text,                           -- đơn vị/người lập hồ sơ
  sort_order int not null,
  primary key (tenant_id, id),
  unique (tenant_id, year, code),
  foreign key (tenant_id, year) references workfiles.file_plans(tenant_id, year)
);

create table workfiles.work_files(
  tenant_id uuid not null,
  id uuid not null,
  plan_item_id uuid,
  code text not null,
  title text not null,
  retention_years int,
  capital_construction boolean not null default false,
  creator_id text not null,
  creator_name text not null,
  start_date date not null,
  end_date date,
  status text not null,                       -- open | closed | deposited
  closed_at timestamptz,
  doc_count int,
  page_count int,
  fully_online boolean,
  deposit_due date,
  deposited_at timestamptz,
  deposited_by text,
  description text,
  created_at timestamptz not null,
  primary key (tenant_id, id)
);
create index ix_work_files_status on workfiles.work_files(tenant_id, status, deposit_due);

-- A document belongs to one or several files without being copied.
create table workfiles.work_file_documents(
  tenant_id uuid not null,
  file_id uuid not null,
  document_kind text not null,                -- incoming | outgoing
  document_id uuid not null,
  title text not null,
  number_notation text,
  document_date date,
  pages int,
  electronic boolean not null,
  added_by text not null,
  added_at timestamptz not null,
  primary key (tenant_id, file_id, document_kind, document_id),
  foreign key (tenant_id, file_id) references workfiles.work_files(tenant_id, id)
);
create index ix_wfd_document on workfiles.work_file_documents(tenant_id, document_kind, document_id);

create table workfiles.tasks(
  tenant_id uuid not null,
  id uuid not null,
  parent_id uuid,
  title text not null,
  description text,
  priority text not null,                     -- low | normal | high | urgent
  deadline date not null,
  status text not null,                       -- assigned | in-progress | submitted | accepted | returned | cancelled
  assigner_id text not null,
  assigner_name text not null,
  progress int not null default 0,
  result text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant_id, id)
);
create index ix_tasks_deadline on workfiles.tasks(tenant_id, status, deadline);
create table workfiles.task_assignees(
  tenant_id uuid not null,
  task_id uuid not null,
  assignee_id text not null,
  assignee_name text not null,
  role text not null,                         -- lead | coordinate
  primary key (tenant_id, task_id, assignee_id),
  foreign key (tenant_id, task_id) references workfiles.tasks(tenant_id, id)
);
create index ix_task_assignees_user on workfiles.task_assignees(tenant_id, assignee_id);
create table workfiles.task_links(
  tenant_id uuid not null,
  task_id uuid not null,
  kind text not null,                         -- incoming | outgoing | workfile
  target_id uuid not null,
  title text not null,
  primary key (tenant_id, task_id, kind, target_id)
);
create table workfiles.task_events(
  tenant_id uuid not null,
  task_id uuid not null,
  id bigint generated always as identity,
  at timestamptz not null,
  actor_id text,
  actor_name text,
  kind text not null,
  note text,
  progress int,
  primary key (tenant_id, task_id, id)
);

-- In-app notifications; dedupe_key makes "one reminder per threshold" hold across scheduler nodes and reruns.
create table workfiles.notifications(
  tenant_id uuid not null,
  id uuid not null,
  user_id text not null,
  kind text not null,
  title text not null,
  link text,
  dedupe_key text not null,
  created_at timestamptz not null,
  read_at timestamptz,
  emailed_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, dedupe_key)
);
create index ix_notifications_user on workfiles.notifications(tenant_id, user_id, created_at desc);

select platform.isolate_tenant_table(t::regclass)
from unnest(array['workfiles.file_plans', 'workfiles.file_plan_items', 'workfiles.work_files', 'workfiles.work_file_documents',
                  'workfiles.tasks', 'workfiles.task_assignees', 'workfiles.task_links', 'workfiles.task_events', 'workfiles.notifications']) as t;
grant delete on workfiles.file_plan_items, workfiles.work_file_documents, workfiles.task_assignees, workfiles.task_links to saas_app;
