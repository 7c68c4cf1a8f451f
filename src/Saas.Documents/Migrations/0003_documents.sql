-- Incoming and outgoing documents, their processing, numbering counters, attachments and the outbox.
-- Every table is tenant-owned: tenant_id leads the primary key, row-level security is forced.

-- Số đến / số văn bản: one counter row per register per year, advanced with UPDATE ... RETURNING inside the
-- registering transaction, so a rolled-back registration leaves no gap and two never share a number.
create table documents.register_counters(
  tenant_id uuid not null,
  register_code text not null,
  year int not null,
  last_number int not null,
  primary key (tenant_id, register_code, year)
);

create table documents.incoming_documents(
  tenant_id uuid not null,
  id uuid not null,
  status text not null,                -- received | returned | registered | in-progress | done | recalled
  source text not null,                -- manual | platform
  sender_tenant_id uuid,
  sender_document_id uuid,
  sender_recipient_id uuid,
  issuer_name text not null,           -- Tác giả / cơ quan ban hành
  issuer_code text,
  number_notation text not null,       -- Số, ký hiệu: 15/QĐ-UBND
  issued_date date not null,
  document_type_code text not null,
  subject text not null,               -- Trích yếu
  signer_name text,
  signer_position text,
  urgency smallint not null default 0, -- 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc
  secrecy smallint not null default 0, -- 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật
  page_count int,
  due_date date,
  received_at timestamptz not null,
  register_code text,
  arrival_year int,
  arrival_number int,                  -- Số đến
  registered_at timestamptz,
  registered_by text,
  returned_reason text,
  processing_deadline date,
  finished_at timestamptz,
  result_note text,
  search_text text not null default '',
  search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint ux_incoming_arrival unique (tenant_id, register_code, arrival_year, arrival_number)
);
create index ix_incoming_status on documents.incoming_documents(tenant_id, status, received_at desc);
create index ix_incoming_received on documents.incoming_documents(tenant_id, received_at desc);
create index ix_incoming_deadline on documents.incoming_documents(tenant_id, processing_deadline) where status in ('registered', 'in-progress');
create index ix_incoming_dup on documents.incoming_documents(tenant_id, lower(issuer_name), lower(number_notation));
create index ix_incoming_search on documents.incoming_documents using gin(search_vector);
create index ix_incoming_sender on documents.incoming_documents(sender_tenant_id, sender_document_id) where sender_document_id is not null;

-- Chủ trì / phối hợp / để biết: one row per assignee.
create table documents.incoming_assignments(
  tenant_id uuid not null,
  document_id uuid not null,
  id uuid not null,
  assignee_id text not null,
  assignee_name text not null,
  role text not null,                  -- lead | coordinate | inform
  deadline date,
  assigned_by text not null,
  assigned_by_name text not null,
  assigned_at timestamptz not null,
  forwarded_from uuid,
  status text not null,                -- pending | in-progress | done
  finished_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, document_id) references documents.incoming_documents(tenant_id, id)
);
create index ix_assignments_assignee on documents.incoming_assignments(tenant_id, assignee_id, status);
create index ix_assignments_document on documents.incoming_assignments(tenant_id, document_id);

create table documents.outgoing_documents(
  tenant_id uuid not null,
  id uuid not null,
  status text not null,                -- draft | in-review | approved | signed | issued | recalled
  document_type_code text not null,
  subject text not null,
  urgency smallint not null default 0,
  secrecy smallint not null default 0,
  drafting_unit text,                  -- đơn vị soạn thảo, used in the ký hiệu of công văn (UBND-VP)
  drafter_id text not null,
  drafter_name text not null,
  page_count int,
  due_date date,
  route text[] not null,               -- approval steps by tenant role, e.g. {head,leader}
  route_step int not null default 0,
  signing_authority text,              -- TM. | KT. | TL. | Q. | TUQ. | null (signs in own name)
  signer_name text,
  signer_position text,
  signed_at timestamptz,
  signed_file_sha256 text,
  register_code text,
  issue_year int,
  issue_number int,
  number_notation text,
  issued_at timestamptz,
  issued_by text,
  replaces_id uuid,
  replaced_by_id uuid,
  recalled_at timestamptz,
  recall_reason text,
  search_text text not null default '',
  search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint ux_outgoing_number unique (tenant_id, register_code, issue_year, issue_number)
);
create index ix_outgoing_status on documents.outgoing_documents(tenant_id, status, updated_at desc);
create index ix_outgoing_search on documents.outgoing_documents using gin(search_vector);

create table documents.outgoing_approvals(
  tenant_id uuid not null,
  document_id uuid not null,
  seq int not null,
  step int not null,
  role text not null,
  decision text not null,              -- approved | returned
  decided_by text not null,
  decided_by_name text not null,
  note text,
  decided_at timestamptz not null,
  primary key (tenant_id, document_id, seq),
  foreign key (tenant_id, document_id) references documents.outgoing_documents(tenant_id, id)
);

-- Nơi nhận: a tenant of the platform (delivered through the outbox) or an outside organisation (recorded).
create table documents.outgoing_recipients(
  tenant_id uuid not null,
  document_id uuid not null,
  id uuid not null,
  kind text not null,                  -- platform | external
  recipient_tenant_id uuid,
  name text not null,
  status_code text,                    -- edXML: 01 đã đến, 02 từ chối, 03 đã tiếp nhận, 04 phân công, 05 đang xử lý, 06 hoàn thành
  status_note text,
  status_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, document_id) references documents.outgoing_documents(tenant_id, id)
);
create index ix_recipients_document on documents.outgoing_recipients(tenant_id, document_id);

create table documents.approval_routes(
  tenant_id uuid not null,
  document_type_code text not null,    -- '*' = default for every type without its own route
  steps text[] not null,
  primary key (tenant_id, document_type_code)
);

-- Files of documents: scans, drafts and their versions, signed PDFs. Content lives in the file store by SHA-256.
create table documents.attachments(
  tenant_id uuid not null,
  id uuid not null,
  owner_kind text not null,            -- incoming | outgoing
  owner_id uuid not null,
  purpose text not null,               -- scan | draft | signed | attachment
  version int not null default 1,
  sha256 text not null,
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  extracted_text text,
  uploaded_by text not null,
  uploaded_by_name text not null,
  uploaded_at timestamptz not null,
  primary key (tenant_id, id)
);
create index ix_attachments_owner on documents.attachments(tenant_id, owner_kind, owner_id);

-- History of every step of a document (incoming or outgoing), shown to its readers.
create table documents.document_events(
  tenant_id uuid not null,
  document_id uuid not null,
  id bigint generated always as identity,
  document_kind text not null,
  at timestamptz not null,
  actor_id text,
  actor_name text,
  kind text not null,
  note text,
  data jsonb,
  primary key (tenant_id, document_id, id)
);

-- Transactional outbox: written in the sender's transaction, delivered by the dispatcher in the platform scope.
create table documents.outbox(
  tenant_id uuid not null,
  id uuid not null,
  kind text not null,                  -- deliver | status | recall
  target_tenant_id uuid not null,
  payload jsonb not null,
  created_at timestamptz not null,
  processed_at timestamptz,
  attempts int not null default 0,
  last_error text,
  primary key (tenant_id, id)
);
create index ix_outbox_pending on documents.outbox(created_at) where processed_at is null;

do $$
declare t text;
begin
  foreach t in array array['documents.register_counters', 'documents.incoming_documents', 'documents.incoming_assignments',
                           'documents.outgoing_documents', 'documents.outgoing_approvals', 'documents.outgoing_recipients',
                           'documents.approval_routes', 'documents.attachments', 'documents.document_events', 'documents.outbox'] loop
    execute format('alter table %s enable row level security', t);
    execute format('alter table %s force row level security', t);
    execute format($p$create policy tenant_isolation on %s
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
             or current_setting('app.platform_scope', true) = 'on')$p$, t);
  end loop;
end $$;
revoke delete on documents.incoming_documents, documents.outgoing_documents, documents.document_events,
  documents.outgoing_approvals, documents.register_counters from saas_app;
