-- issue 19 #2: parties are renamed and suspended, each version kept with its validity; candidates keep the name
-- of the party they were nominated under.
alter table party add column suspended boolean not null default false;

create table party_version (
    id          uuid         primary key,
    party_code  varchar(32)  not null references party (code),
    name        varchar(200) not null,
    suspended   boolean      not null,
    valid_from  timestamptz  not null,
    valid_to    timestamptz,
    reason      varchar(500) not null,
    changed_by  varchar(100)
);
create index party_version_party on party_version (party_code, valid_from);
-- at most one current version per party
create unique index party_version_current on party_version (party_code) where valid_to is null;

insert into party_version (id, party_code, name, suspended, valid_from, valid_to, reason, changed_by)
select gen_random_uuid(), code, name, false, registered_at, null, 'registered', null from party;

alter table candidate add column party_name varchar(200);
update candidate c set party_name = p.name from party p where p.code = c.party_code;
