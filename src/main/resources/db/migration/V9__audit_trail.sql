-- Tamper-evident audit trail: every change appended in the transaction that makes it. Each entry's hash
-- covers the previous entry's hash, so an edited or deleted entry breaks the chain from there on.
create table audit_entry (
    seq          bigint        primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    entity       varchar(40)   not null,
    entity_id    bigint,
    before_json  varchar(20000),
    after_json   varchar(20000),
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null,
    constraint uq_audit_entry_hash unique (hash),
    constraint ck_audit_entry_seq check (seq >= 1)
);
create index ix_audit_entry_entity on audit_entry (entity, entity_id);

-- The chain's head; appending locks this row, so concurrent writers take turns and the chain never forks.
create table audit_head (
    id    integer      primary key,
    seq   bigint       not null,
    hash  varchar(64)  not null,
    constraint ck_audit_head_single check (id = 1)
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
