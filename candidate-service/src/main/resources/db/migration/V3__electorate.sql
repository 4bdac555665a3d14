-- What candidate-service knows of precincts: only enough to count each unit's electorate (R-T2, R-N5).
create table precinct_electorate (
    code           varchar(32) primary key,
    unit_code      varchar(32) not null,
    voters_on_list bigint      not null
);
create index precinct_electorate_unit on precinct_electorate (unit_code);
