-- Long jobs (import, finalize, move-up) hold a named lock that other workstations can see: who and since when.
create table job_lock (
    job_name   varchar(60)  primary key,
    holder     varchar(200) not null,
    since      timestamp with time zone not null
);
