-- The year tally asks "which filings reached a state / got a formal-check decision / were registered in the
-- year"; without these each question scanned every event of every year (at 100k documents, ~150k events).
create index ix_filing_event_state_time on filing_event (to_state, occurred_at);
create index ix_formal_check_decision_time on formal_check (decision, checked_at);
create index ix_filing_registered on filing (registered_date);

-- The files that go upward with an own document (its text, drafting explanation, …), one per kind and the same
-- for every destination. The 备案报告 is not kept here: it is drawn up per destination when a package is made.
create table upward_document_material (
    document_id    bigint       not null references document (id),
    kind           varchar(40)  not null,
    attachment_id  bigint       not null references attachment (id),
    file_name      varchar(300) not null,
    attached_at    timestamp with time zone not null,
    attached_by    varchar(100) not null,
    primary key (document_id, kind),
    constraint ck_upward_document_material_kind check (kind in ('OFFICIAL_TEXT', 'DRAFTING_EXPLANATION',
        'LEGAL_BASIS', 'LEGALITY_REVIEW_OPINION', 'COLLECTIVE_DELIBERATION', 'PUBLIC_CONSULTATION', 'ELECTRONIC_TEXT'))
);
