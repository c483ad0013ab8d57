-- Issue 19 item 4 (inspection at scale): slow responses and timeouts are alarm causes of their own
-- (000 9.4.3 c 接口响应慢、接口报错、接口请求超时), a slow answer is an outcome of its own, and each
-- schedule row keeps the subject's health streak (the alarms' hysteresis) and its slow threshold.
alter table ow_automatic_alarm drop constraint ow_automatic_alarm_cause_check;
alter table ow_automatic_alarm add constraint ow_automatic_alarm_cause_check check (cause in
    ('INTERFACE_INSPECTION','PAGE_INSPECTION','CIRCUIT_OPEN','INTERFACE_SLOW','INTERFACE_TIMEOUT'));
alter table ow_inspection_record drop constraint ow_inspection_record_outcome_check;
alter table ow_inspection_record add constraint ow_inspection_record_outcome_check check (outcome in
    ('OK','FAILED','SLOW'));
alter table ow_inspection_schedule add column health varchar(8);
alter table ow_inspection_schedule add constraint ow_inspection_schedule_health_check check (health in
    ('OK','SLOW','ERROR','TIMEOUT'));
-- Existing rows start with no streak; the default only fills them and is dropped again.
alter table ow_inspection_schedule add column health_streak integer default 0 not null;
alter table ow_inspection_schedule alter column health_streak drop default;
-- Milliseconds; null for the default (InspectionSchedule.DEFAULT_SLOW_THRESHOLD_MILLIS).
alter table ow_inspection_schedule add column slow_threshold_ms integer;
