-- Units as announced by candidate-service (saylau.unit.created.v1); this service never reads candidate's database.
create table known_unit (
    code          varchar(32)  primary key,
    name          varchar(200) not null,
    level         varchar(10)  not null,
    parent_code   varchar(32),
    district_code varchar(32),
    region_code   varchar(32)  not null,
    learned_at    timestamptz  not null
);
