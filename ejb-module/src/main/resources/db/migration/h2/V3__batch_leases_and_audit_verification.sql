-- Issue 17 (the cluster): who runs each batch execution, renewed in every chunk's transaction, so
-- that a survivor recovers the executions of a lost node and never those of a live one.
create table ow_batch_lease (
    executionId bigint not null,
    heartbeatAt timestamp(6) with time zone not null,
    incarnation varchar(36) not null,
    jobName varchar(128) not null,
    node varchar(128) not null,
    recoveredBy varchar(128),
    restartedAs bigint,
    state enum ('ENDED','ORPHANED','RECOVERED','RECOVERING','RUNNING') not null,
    constraint ow_batch_lease_pkey primary key (executionId)
);

-- How far the audit chain is verified (002 6.7), one row, advanced by the
-- audit-chain-verification job in each chunk's transaction.
create table ow_audit_verification (
    id bigint not null,
    brokenAt bigint,
    checkedAt timestamp(6) with time zone,
    verifiedCount bigint not null,
    verifiedDigest varchar(64) not null,
    verifiedThrough bigint not null,
    constraint ow_audit_verification_pkey primary key (id)
);
