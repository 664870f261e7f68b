-- Key/value settings that belong to the register (not to one workstation), e.g. the unit's name.
create table setting (
    setting_key    varchar(100)  primary key,
    setting_value  varchar(4000) not null
);
