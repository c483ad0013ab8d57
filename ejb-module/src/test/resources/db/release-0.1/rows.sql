-- Rows for the release 0.1 dumps (README.md beside this file): at least one in every table of
-- that release, written through its real schema (hbm2ddl update), on H2 and PostgreSQL alike.
-- Ids come from the identity columns; references look them up. The one large object is marked
-- /*lob*/ (ReleaseDumpMaker stores it as a PostgreSQL large object, a CLOB on H2).

insert into ow_access_unit (created_at, created_by, division_code, name, version)
values (timestamp with time zone '2026-11-02 01:00:00+00', 'admin', '110000', '北京市政务服务管理局', 0);
insert into ow_access_unit (created_at, created_by, division_code, name, version)
values (timestamp with time zone '2026-11-02 01:05:00+00', 'admin', '330000', '浙江省大数据发展管理局', 0);

insert into ow_hall (code, level, name) values ('national', 'NATIONAL', '国家政务服务平台');

insert into ow_interface (address, channel, created_at, created_by, division_code, auth_mode, retries,
  signing_key_ref, signing_public_key, timeout_ms, method, name, protocol, remark, return_format,
  authored_by, last_reason, revision, status, submitted_by, updated_at, service_name, version, unit_id)
values ('https://bus.example.gov.cn/line', 'all', timestamp with time zone '2026-11-03 02:00:00+00',
  'dev-bj', '110000', 'SIGNATURE', 1, 'v1:sm4:demo-signing-key-ref', '-----BEGIN PUBLIC KEY-----',
  3000, 'POST', '全国线路查询', 'HTTPS', '线路查询接口', 'JSON', 'dev-bj', '', 1, 'ONLINE', 'dev-bj',
  timestamp with time zone '2026-11-04 03:00:00+00', '全国公交查询', 3,
  (select id from ow_access_unit where division_code = '110000'));

insert into ow_interface_request_param (interface_id, description, name, required, type, position)
values ((select id from ow_interface where name = '全国线路查询'), '需要查询的城市,如：北京，上海', 'city', true, 'STRING', 0);
insert into ow_interface_response_param (interface_id, description, name, required, type, position)
values ((select id from ow_interface where name = '全国线路查询'), '结果状态码', 'result_code', true, 'STRING', 0);

insert into ow_app (app_key, app_type, created_at, created_by, description, name, page_url, rate_limit,
  authored_by, last_reason, revision, status, submitted_by, updated_at, service_level, service_object,
  sm2_public_key, sm4_key_ref, test_mode_by, test_mode_until, theme, version, unit_id)
values ('app-7k2m9q4x8w3z', 'IDENTITY_REQUIRED', timestamp with time zone '2026-11-05 01:00:00+00',
  'dev-bj', '公交出行服务', '公交出行', 'https://bus.example.gov.cn/app', 50, 'dev-bj', '', 1, 'ONLINE',
  'dev-bj', timestamp with time zone '2026-11-06 01:00:00+00', 'PROVINCIAL', 'NATURAL_PERSON',
  '-----BEGIN PUBLIC KEY-----', 'v1:sm4:demo-app-key-ref', 'reviewer',
  timestamp with time zone '2026-11-08 01:00:00+00', 'traffic', 4,
  (select id from ow_access_unit where division_code = '110000'));

insert into ow_app_binding (app_id, bound_at, bound_by, interface_id)
values ((select id from ow_app where app_key = 'app-7k2m9q4x8w3z'),
  timestamp with time zone '2026-11-05 02:00:00+00', 'dev-bj',
  (select id from ow_interface where name = '全国线路查询'));

insert into ow_app_file (app_id, kind, original_name, revision, size_bytes, sm3, storage_name,
  uploaded_at, uploaded_by)
values ((select id from ow_app where app_key = 'app-7k2m9q4x8w3z'), 'ICON', '图标.png', 1, 2048,
  'ZmFrZS1zbTMtZGlnZXN0LW9mLXRoZS1pY29uLWJ5dGVzLTAwMDAwMDAwMDAwMA', 'f0e1d2c3-icon.png',
  timestamp with time zone '2026-11-05 03:00:00+00', 'dev-bj');

insert into ow_app_note (app_id, archived_at, archived_by, kind, outcome, revision, text, written_at, written_by)
values ((select id from ow_app where app_key = 'app-7k2m9q4x8w3z'), null, null, 'FUNCTIONAL_TEST',
  '通过', 1, '登录、查询、退出均正常', timestamp with time zone '2026-11-05 04:00:00+00', 'dev-bj');

insert into ow_app_publication (app_id, category, display_name, hall_id, icon_file_id, published_at,
  published_by, sort_order)
values ((select id from ow_app where app_key = 'app-7k2m9q4x8w3z'), '交通出行', '公交出行',
  (select id from ow_hall where code = 'national'), (select id from ow_app_file where kind = 'ICON'),
  timestamp with time zone '2026-11-06 02:00:00+00', 'reviewer', 100);

insert into ow_review_transition (action, actor, at, from_status, reason, revision, subject_id,
  subject_type, to_status)
values ('APPROVE', 'reviewer', timestamp with time zone '2026-11-06 01:00:00+00', 'SUBMITTED', '', 1,
  (select id from ow_app where app_key = 'app-7k2m9q4x8w3z'), 'APP', 'APPROVED');

insert into ow_interface_grant (granted_at, granted_by, interface_id, revoked_at, revoked_by, grantee_unit_id)
values (timestamp with time zone '2026-11-07 01:00:00+00', 'dev-bj',
  (select id from ow_interface where name = '全国线路查询'), null, null,
  (select id from ow_access_unit where division_code = '330000'));

insert into ow_interface_test (code, conforms, findings, headers, http_status, interface_id, latency_ms,
  message, outcome, request_summary, response_excerpt, revision, sensitive_words, tested_at, tested_by)
values (0, true, '', 'content-type: application/json', 200,
  (select id from ow_interface where name = '全国线路查询'), 87, '返回成功', 'OK',
  'POST https://bus.example.gov.cn/line city=北京 q=110',
  /*lob*/'{"result_code":"0","date":"2026-11-03","lines":["110路：天桥—鲁谷"]}', 1, '',
  timestamp with time zone '2026-11-03 02:30:00+00', 'dev-bj');

insert into ow_interface_feedback (acknowledged_at, acknowledged_by, first_seen_at, first_test_id,
  interface_id, last_seen_at, last_test_id, reply, revision, status, times_seen, words)
values (null, null, timestamp with time zone '2026-11-03 02:30:00+00',
  (select id from ow_interface_test where code = 0),
  (select id from ow_interface where name = '全国线路查询'),
  timestamp with time zone '2026-11-03 02:30:00+00', (select id from ow_interface_test where code = 0),
  null, 1, 'OPEN', 1, '身份证号');

insert into ow_interface_feedback_finding (feedback_id, context, location, occurrences, word, position)
values ((select id from ow_interface_feedback where words = '身份证号'), '…身份证号…', 'response', 1, '身份证号', 0);

insert into ow_sensitive_word (added_at, added_by, word)
values (timestamp with time zone '2026-11-01 01:00:00+00', 'admin', '身份证号');

insert into ow_gateway_usage (app_key, usage_day, failures, interface_id, max_micros, node, requests,
  successes, test_failures, test_requests, test_successes, total_micros)
values ('app-7k2m9q4x8w3z', date '2026-11-06', 1, (select id from ow_interface where name = '全国线路查询'),
  120000, 'node-1', 42, 41, 0, 3, 3, 2100000);

insert into ow_inspection_schedule (claimed_by, first_online_at, last_inspected_at, next_due_at,
  subject_id, subject_type, version)
values (null, timestamp with time zone '2026-11-04 03:00:00+00',
  timestamp with time zone '2026-11-06 03:00:00+00', timestamp with time zone '2026-11-06 03:10:00+00',
  (select id from ow_interface where name = '全国线路查询'), 'INTERFACE', 7);

insert into ow_inspection_record (check_kind, http_status, inspected_at, latency_ms, node, outcome,
  reason, subject_id, subject_type)
values ('INTERFACE_CALL', 504, timestamp with time zone '2026-11-06 03:00:00+00', 3001, 'node-1',
  'FAILED', '超时', (select id from ow_interface where name = '全国线路查询'), 'INTERFACE');

insert into ow_automatic_alarm (app_id, cause, closed_at, last_seen_at, note_id, occurrences, open_key,
  raised_at, subject_id, subject_type)
values ((select id from ow_app where app_key = 'app-7k2m9q4x8w3z'), 'INTERFACE_INSPECTION', null,
  timestamp with time zone '2026-11-06 03:00:00+00', (select id from ow_app_note where kind = 'FUNCTIONAL_TEST'),
  1, 'INTERFACE_INSPECTION:1', timestamp with time zone '2026-11-06 03:00:00+00',
  (select id from ow_interface where name = '全国线路查询'), 'INTERFACE');

insert into ow_identity_event_receipt (eventId, kind, occurredAt, receivedAt)
values ('4f6c2a8e-0d7b-4c1e-9a35-2b1f8e7d6c5a', 'LOGIN', timestamp with time zone '2026-11-06 05:00:00+00',
  timestamp with time zone '2026-11-06 05:00:01+00');

insert into ow_audit_record (sequence, actor, detail, digest, occurredAt, outcome, previousDigest,
  recordedAt, source, type)
values (1, 'admin', '{"unit":"北京市政务服务管理局"}', 'c2VxMS1kaWdlc3Qtb2YtdGhlLWZpcnN0LWF1ZGl0LXJlY29yZC0wMDAwMDA',
  timestamp with time zone '2026-11-02 01:00:00+00', 'SUCCESS',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', timestamp with time zone '2026-11-02 01:00:00+00',
  'console', 'ACCESS_UNIT_REGISTERED');

insert into ow_audit_chain_head (id, lastDigest, lastSequence)
values (1, 'c2VxMS1kaWdlc3Qtb2YtdGhlLWZpcnN0LWF1ZGl0LXJlY29yZC0wMDAwMDA', 1);
