-- Issue 19 item 4 (inspection at scale): slow responses and timeouts are alarm causes of their own
-- (000 9.4.3 c 接口响应慢、接口报错、接口请求超时), a slow answer is an outcome of its own, and each
-- schedule row keeps the subject's health streak (the alarms' hysteresis) and its slow threshold.
alter table ow_automatic_alarm alter column cause set data type
    enum ('CIRCUIT_OPEN','INTERFACE_INSPECTION','INTERFACE_SLOW','INTERFACE_TIMEOUT','PAGE_INSPECTION');
alter table ow_inspection_record alter column outcome set data type enum ('FAILED','OK','SLOW');
alter table ow_inspection_schedule add column health enum ('ERROR','OK','SLOW','TIMEOUT');
-- Existing rows start with no streak; the default only fills them and is dropped again.
alter table ow_inspection_schedule add column health_streak integer default 0 not null;
alter table ow_inspection_schedule alter column health_streak drop default;
-- Milliseconds; null for the default (InspectionSchedule.DEFAULT_SLOW_THRESHOLD_MILLIS).
alter table ow_inspection_schedule add column slow_threshold_ms integer;
