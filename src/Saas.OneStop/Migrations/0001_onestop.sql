-- One-stop shop (một cửa điện tử, ND 118/2025, TT 03/2025): procedure catalogue, calendar, applications, the
-- tracking sheet (phiếu kiểm soát, form 06), papers and results, ratings, and the outbox of inter-tenant routing.
create schema if not exists onestop;
grant usage on schema onestop to saas_app;
alter default privileges in schema onestop grant select, insert, update, delete on tables to saas_app;

-- Province calendar: public law, the same for every tenant, edited by platform admins only. Not tenant-owned,
-- hence no row-level security; writes go through the platform-admin endpoints.
create table onestop.calendar_years(
  year int primary key,
  status text not null,                -- draft | confirmed
  source text not null,                -- yaml | generated | admin
  confirmed_by text,
  confirmed_at timestamptz
);
create table onestop.calendar_days(
  date date primary key,
  year int not null,                   -- no foreign key: a make-up day may belong to the neighbouring year
  kind text not null,                  -- holiday | compensatory-day-off | swapped-day-off | make-up-working-day
  name text not null,
  source text,
  draft boolean not null default false,
  note text
);

-- Local days of one tenant (e.g. a commune's own day off), applied over the province calendar.
create table onestop.local_calendar_days(
  tenant_id uuid not null,
  date date not null,
  kind text not null,
  name text not null,
  primary key (tenant_id, date)
);

-- Thủ tục hành chính of one tenant, seeded from tenants/<province>/procedures and editable by the tenant admin.
create table onestop.procedures(
  tenant_id uuid not null,
  code text not null,                  -- mã thủ tục on the national database (e.g. 1.001193)
  name text not null,
  field text not null,                 -- lĩnh vực
  level text not null,                 -- commune | province
  time_unit text not null,             -- days | hours
  time_value numeric not null,
  receipt_cut_off time,                -- procedure-specific, e.g. 15:00
  fee text,
  result_type text,
  online_level smallint not null default 2,
  papers jsonb not null,               -- [{code, name, required}]
  route jsonb not null,                -- [{name, unit, role, share}]
  facts_note text,
  active boolean not null default true,
  customized boolean not null default false,
  updated_at timestamptz not null,
  primary key (tenant_id, code)
);

-- Mã hồ sơ <agency>-YYMMDD-NNNN: one counter row per tenant and day, advanced inside the receiving transaction.
create table onestop.code_counters(
  tenant_id uuid not null,
  day date not null,
  last_number int not null,
  primary key (tenant_id, day)
);

create table onestop.applications(
  tenant_id uuid not null,
  id uuid not null,
  code text not null,
  origin_tenant_id uuid,               -- set on the copy a department holds for a commune's application
  origin_application_id uuid,
  procedure_code text not null,
  procedure_name text not null,
  channel smallint not null,           -- KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính
  status smallint not null,            -- TrangThaiHoSo 1..10
  holder text not null,                -- here | away (the application is with another tenant)
  holder_tenant_id uuid,               -- the tenant holding it while away
  applicant_name text not null,
  applicant_id_number text not null,
  applicant_phone text not null,
  applicant_email text,
  applicant_address text,
  content text,
  submitted_at timestamptz not null,
  received_at timestamptz,
  received_by text,
  received_by_name text,
  appointment_at timestamptz,
  counting_starts_at timestamptz,
  extended_appointment_at timestamptz, -- văn bản xin lỗi (form 04)
  route jsonb not null,
  total_hours numeric not null default 0, -- the procedure's limit in working hours, for the steps' shares
  current_step int not null default 0,
  step_started_at timestamptz,
  step_due_at timestamptz,
  assignee_id text,
  assignee_name text,
  supplement_count int not null default 0,
  paused_since timestamptz,
  finished_at timestamptz,
  timeliness text,                     -- early | on-time | late, fixed when processing ends
  returned_at timestamptz,
  returned_to text,
  result_note text,
  reason text,                         -- refusal, stop, withdrawal, supplement reason
  search_text text not null default '',
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant_id, id),
  constraint ux_application_code unique (tenant_id, code)
);
create index ix_applications_status on onestop.applications(tenant_id, status, submitted_at desc);
create index ix_applications_assignee on onestop.applications(tenant_id, assignee_id) where status in (2, 4, 5, 6);
create index ix_applications_origin on onestop.applications(tenant_id, origin_application_id) where origin_application_id is not null;

-- Papers handed in (thành phần hồ sơ), supplements and result documents; bytes in the file store by SHA-256.
create table onestop.application_files(
  tenant_id uuid not null,
  id uuid not null,
  application_id uuid not null,
  purpose text not null,               -- paper | supplement | result
  paper_code text,
  sha256 text not null,
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  uploaded_by text not null,
  uploaded_at timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, application_id) references onestop.applications(tenant_id, id)
);
create index ix_application_files on onestop.application_files(tenant_id, application_id);

-- Phiếu kiểm soát quá trình giải quyết hồ sơ (form 06): one row per hand-over.
create table onestop.handovers(
  tenant_id uuid not null,
  application_id uuid not null,
  seq int not null,
  unit_name text not null,
  from_name text not null,
  to_name text not null,
  handed_at timestamptz not null,
  step_due_at timestamptz,
  timeliness text,                     -- early | on-time | late (of the step just finished)
  note text,
  primary key (tenant_id, application_id, seq),
  foreign key (tenant_id, application_id) references onestop.applications(tenant_id, id)
);

-- Supplement (and financial-obligation) pauses: the clock stops from request to completion.
create table onestop.pauses(
  tenant_id uuid not null,
  application_id uuid not null,
  seq int not null,
  kind text not null,                  -- supplement | financial
  reason text not null,
  requested_at timestamptz not null,
  requested_by text not null,
  completed_at timestamptz,
  primary key (tenant_id, application_id, seq),
  foreign key (tenant_id, application_id) references onestop.applications(tenant_id, id)
);

create table onestop.application_events(
  tenant_id uuid not null,
  application_id uuid not null,
  id bigint generated always as identity,
  at timestamptz not null,
  actor_name text not null,
  kind text not null,
  status smallint not null,
  note text,
  public boolean not null default true, -- shown to the citizen in the look-up
  primary key (tenant_id, application_id, id),
  foreign key (tenant_id, application_id) references onestop.applications(tenant_id, id)
);

create table onestop.ratings(
  tenant_id uuid not null,
  application_id uuid not null,
  scores jsonb not null,               -- criterion -> 1..5
  comment text,
  rated_at timestamptz not null,
  primary key (tenant_id, application_id),
  foreign key (tenant_id, application_id) references onestop.applications(tenant_id, id)
);

-- Notifications to the citizen through the pluggable sender; the row is the proof of what was sent.
create table onestop.notifications(
  tenant_id uuid not null,
  id uuid not null,
  application_id uuid not null,
  channel text not null,               -- sms | email | in-app
  recipient text not null,
  body text not null,
  created_at timestamptz not null,
  primary key (tenant_id, id)
);

create table onestop.outbox(
  tenant_id uuid not null,
  id uuid not null,
  kind text not null,                  -- handover | handback | status | supplemented
  target_tenant_id uuid not null,
  payload jsonb not null,
  created_at timestamptz not null,
  processed_at timestamptz,
  attempts int not null default 0,
  last_error text,
  primary key (tenant_id, id)
);
create index ix_onestop_outbox_pending on onestop.outbox(created_at) where processed_at is null;

select platform.isolate_tenant_table(t::regclass) from unnest(array[
  'onestop.local_calendar_days', 'onestop.procedures', 'onestop.code_counters', 'onestop.applications',
  'onestop.application_files', 'onestop.handovers', 'onestop.pauses', 'onestop.application_events',
  'onestop.ratings', 'onestop.notifications', 'onestop.outbox']) as t;
revoke delete on onestop.applications, onestop.application_events, onestop.handovers, onestop.code_counters,
  onestop.application_files from saas_app;
