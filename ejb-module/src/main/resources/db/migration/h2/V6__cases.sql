-- Issue 19: cases (办件, 004 表1 — basic, process, result and conclusion information) as the inbound
-- sync keeps them, and the counter that numbers the case feed in commit order. Applicants' name, ID
-- number, phone and delivery address are only in applicant_sealed (SM4 under the key ring, purpose
-- case-applicant) and, masked (000 示例8), in the *_masked columns: a dump shows no plaintext.
create table ow_case (
    case_no varchar(64) not null,
    accepted_at timestamp(6) with time zone not null,
    accepted_by varchar(100),
    applicant_uscc varchar(18),
    applicant_id_masked varchar(32),
    applicant_id_type varchar(32),
    applicant_name_masked varchar(100) not null,
    applicant_phone_masked varchar(30) not null,
    applicant_sealed varchar(4000) not null,
    applicant_type varchar(16) not null,
    change_seq bigint not null,
    concluded_at timestamp(6) with time zone,
    concluded_by varchar(100),
    decided_at timestamp(6) with time zone,
    decided_by varchar(100),
    delivery_address_masked varchar(200),
    delivery_method varchar(16),
    department_code varchar(64) not null,
    department_name varchar(100) not null,
    division_code varchar(6) not null,
    materials varchar(4000),
    matter_code varchar(64) not null,
    matter_name varchar(200) not null,
    result varchar(16),
    result_doc_no varchar(100),
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(100),
    source_version timestamp(6) with time zone not null,
    stage varchar(16) not null,
    constraint ow_case_pkey primary key (case_no)
);

create index ix_case_change_seq on ow_case (change_seq);
create index ix_case_department on ow_case (department_name);
create index ix_case_accepted on ow_case (accepted_at);

-- One row per feed; a writing chunk locks it (select ... for update) to number its changes. The first
-- chunk creates the row (insert if absent), so that a migrated database holds no row of its own.
create table ow_case_feed (
    feed varchar(32) not null,
    last_sequence bigint not null,
    constraint ow_case_feed_pkey primary key (feed)
);
