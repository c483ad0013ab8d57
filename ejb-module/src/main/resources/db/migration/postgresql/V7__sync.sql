-- Issue 19 item 3, the sync jobs (004 7; 002 6.2).
-- How far each outbound feed has gone (exchange area, upward report), advanced in the
-- transaction that records the feed's batch, so that a crash never loses nor repeats one.
create table ow_sync_cursor (
    feed varchar(64) not null,
    batches bigint not null,
    position bigint not null,
    records bigint not null,
    updatedAt timestamp(6) with time zone not null,
    constraint ow_sync_cursor_pkey primary key (feed)
);

-- The exchange area as a table: records a department's business system stages for the inbound
-- jobs, read in seq order within a window on updatedAt.
create table ow_sync_staging (
    feed varchar(32) not null,
    seq bigint not null,
    payload varchar(20000) not null,
    recordKey varchar(128) not null,
    updatedAt timestamp(6) with time zone not null,
    version timestamp(6) with time zone not null,
    constraint ow_sync_staging_pkey primary key (feed, seq)
);
create index ow_sync_staging_window on ow_sync_staging (feed, updatedAt);
