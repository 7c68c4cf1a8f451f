-- EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent (captured with log_min_duration_statement = 0), as the
-- application role with the tenant of ubnd-tinh set, so the row-level security policy applies as in production.
begin;
select set_config('app.tenant_id', '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842', true), set_config('app.platform_scope', 'off', true) \g /dev/null
\echo '=== (a) inbox: count'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i WHERE false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842';
\echo '=== (a) inbox: page'
explain (analyze, buffers) SELECT i.id, i.status, i.issuer_name, i.number_notation, i.issued_date, i.document_type_code, i.subject, i.urgency, i.secrecy, i.received_at, i.register_code, i.arrival_number, i.processing_deadline,
  i.status IN ('registered', 'in-progress') AND CASE WHEN i.processing_deadline < '2026-11-29' THEN TRUE ELSE FALSE END,
  (SELECT i0.assignee_name FROM documents.incoming_assignments AS i0 WHERE (false OR i0.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.tenant_id = i0.tenant_id AND i.id = i0.document_id AND i0.role = 'lead' LIMIT 1)
FROM documents.incoming_documents AS i WHERE false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842'
ORDER BY i.received_at DESC, i.id DESC LIMIT 20 OFFSET 0;
\echo '=== (b) search: count'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.search_vector @@ to_tsquery('simple', 'chuyen:* & doi:* & so:*');
\echo '=== (b) search: page'
explain (analyze, buffers) SELECT i.id, i.subject, i.received_at,
  (SELECT i0.assignee_name FROM documents.incoming_assignments AS i0 WHERE (false OR i0.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.tenant_id = i0.tenant_id AND i.id = i0.document_id AND i0.role = 'lead' LIMIT 1)
FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.search_vector @@ to_tsquery('simple', 'chuyen:* & doi:* & so:*')
ORDER BY i.received_at DESC, i.id DESC LIMIT 20 OFFSET 0;
\echo '=== (b) search, rare word: count'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.search_vector @@ to_tsquery('simple', 'ocop:*');
\echo '=== (c) register: duplicate check'
explain (analyze, buffers) SELECT i.register_code, i.arrival_year, i.arrival_number FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.id <> '01a22541-c7de-7288-97e1-2b84aee83426' AND i.arrival_number IS NOT NULL
  AND lower(i.issuer_name) = 'sở nội vụ tỉnh thanh hóa' AND lower(i.number_notation) = '9/snv-explain31600';
rollback;
