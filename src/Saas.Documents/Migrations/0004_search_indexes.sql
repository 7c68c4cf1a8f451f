-- Search within one tenant: a composite GIN index (tenant_id, search_vector) so a query for common words does
-- not walk every tenant's postings. btree_gin is a trusted extension (the database owner may create it).
create extension if not exists btree_gin;
create index if not exists ix_incoming_tenant_search on documents.incoming_documents using gin (tenant_id, search_vector);
create index if not exists ix_outgoing_tenant_search on documents.outgoing_documents using gin (tenant_id, search_vector);
drop index if exists documents.ix_incoming_search;
drop index if exists documents.ix_outgoing_search;
