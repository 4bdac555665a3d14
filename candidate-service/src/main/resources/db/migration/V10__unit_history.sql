-- issue 19 #1 (R-T3): units are renamed, moved under another parent and closed; every version is kept with its
-- validity (from, up to), and elections keep the names and tree they were called with.
alter table unit add column closed_at timestamptz;
alter table unit add column closure_reason varchar(500);

create table unit_version (
    id            uuid         primary key,
    unit_code     varchar(32)  not null references unit (code),
    name          varchar(200) not null,
    name_ru       varchar(200),
    parent_code   varchar(32),
    district_code varchar(32),
    region_code   varchar(32)  not null,
    valid_from    timestamptz  not null,
    valid_to      timestamptz,
    reason        varchar(500) not null,
    changed_by    varchar(100)
);
create index unit_version_unit on unit_version (unit_code, valid_from);
create unique index unit_version_current on unit_version (unit_code) where valid_to is null;

insert into unit_version (id, unit_code, name, name_ru, parent_code, district_code, region_code, valid_from, valid_to, reason, changed_by)
select gen_random_uuid(), code, name, name_ru, parent_code, district_code, region_code, created_at, null, 'registered', null from unit;
