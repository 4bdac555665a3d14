-- The territory tree (domain.md R-T1..R-T3). district_code and region_code are fixed at creation (R-T3).
create table unit (
    code          varchar(32)  primary key,
    name          varchar(200) not null,
    level         varchar(10)  not null check (level in ('REGION', 'DISTRICT', 'RURAL')),
    parent_code   varchar(32)  references unit (code),
    district_code varchar(32),
    region_code   varchar(32)  not null,
    electorate    bigint       not null default 0,
    created_at    timestamptz  not null
);
create index unit_parent on unit (parent_code);
