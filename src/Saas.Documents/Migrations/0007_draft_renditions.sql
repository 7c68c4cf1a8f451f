-- The PDF rendition (purpose draft-pdf) the server makes of a DOCX draft version points at that version's row, so the
-- page and the API can say which draft a PDF was made from; null for every other attachment.
alter table documents.attachments add column if not exists source_attachment_id uuid;
