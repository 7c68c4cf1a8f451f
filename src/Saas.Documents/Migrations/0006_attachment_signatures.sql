-- The result of verifying a PDF's digital signatures, kept with the attachment when it enters (TT 15/2025): the status
-- word (unsigned | valid | invalid | indeterminate) for counting, and the whole report with its evidence for showing.
alter table documents.attachments add column if not exists signature_status text;
alter table documents.attachments add column if not exists signature_report jsonb;
