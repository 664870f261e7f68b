-- Saved views belong to one list: the register's (REGISTER) or the review queue's (REVIEW_QUEUE).
-- Existing views are the register's; a name is unique within its list only.
alter table saved_view add column kind varchar(20) default 'REGISTER' not null;
alter table saved_view drop constraint uq_saved_view_name;
alter table saved_view add constraint uq_saved_view_kind_name unique (kind, name);
alter table saved_view add constraint ck_saved_view_kind check (kind in ('REGISTER', 'REVIEW_QUEUE'));
