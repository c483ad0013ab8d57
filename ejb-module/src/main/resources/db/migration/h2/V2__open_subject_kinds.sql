-- Issue 15 (review as a capability): a subject's kind is any kind registered with the review
-- workflow (interfaces and apps today; filings, licences and matters next), named by a string, no
-- longer a closed enum of the application centre.
alter table ow_automatic_alarm alter column subject_type set data type varchar(16);
alter table ow_inspection_record alter column subject_type set data type varchar(16);
alter table ow_inspection_schedule alter column subject_type set data type varchar(16);
alter table ow_review_transition alter column subject_type set data type varchar(16);
