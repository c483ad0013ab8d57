-- Issue 15 (review as a capability): a subject's kind is any kind registered with the review
-- workflow (interfaces and apps today; filings, licences and matters next). The columns were
-- varchar(16) already; the checks that held them to the application centre's two kinds go.
alter table ow_automatic_alarm drop constraint ow_automatic_alarm_subject_type_check;
alter table ow_inspection_record drop constraint ow_inspection_record_subject_type_check;
alter table ow_inspection_schedule drop constraint ow_inspection_schedule_subject_type_check;
alter table ow_review_transition drop constraint ow_review_transition_subject_type_check;
