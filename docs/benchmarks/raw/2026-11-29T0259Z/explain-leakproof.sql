-- Why the GIN and expression indexes are not used: under row-level security, a qual may run before the policy
-- (i.e. as an index condition) only if all its functions are LEAKPROOF; ts_match_vq (@@) and lower() are not.
-- Demonstration, rolled back: the same statements without RLS (superuser) and with the two functions marked LEAKPROOF.
begin;
\echo '=== superuser (no RLS): search count'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i
WHERE i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842' AND i.search_vector @@ to_tsquery('simple', 'chuyen:* & doi:* & so:*');
alter function ts_match_vq(tsvector, tsquery) leakproof;
alter function lower(text) leakproof;
set local role saas_app;
select set_config('app.tenant_id', '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842', true), set_config('app.platform_scope', 'off', true) \g /dev/null
\echo '=== saas_app, RLS, @@ and lower() LEAKPROOF: search count'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.search_vector @@ to_tsquery('simple', 'chuyen:* & doi:* & so:*');
\echo '=== saas_app, RLS, LEAKPROOF: search, rare word'
explain (analyze, buffers) SELECT count(*)::int FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.search_vector @@ to_tsquery('simple', 'ocop:*');
\echo '=== saas_app, RLS, LEAKPROOF: duplicate check'
explain (analyze, buffers) SELECT i.register_code, i.arrival_year, i.arrival_number FROM documents.incoming_documents AS i
WHERE (false OR i.tenant_id = '4bf7f6f7-c4ee-50d6-b62a-bc7199ec6842') AND i.id <> '01a22541-c7de-7288-97e1-2b84aee83426' AND i.arrival_number IS NOT NULL
  AND lower(i.issuer_name) = 'sở nội vụ tỉnh thanh hóa' AND lower(i.number_notation) = '9/snv-explain31600';
rollback;
