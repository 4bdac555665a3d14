-- results-service: what it learns from the other services' events, per precinct, and what it decides
-- (domain.md Results, Mandates). Each table keeps the latest figure per precinct, so a newer protocol version
-- replaces the older one and a repeated event changes nothing.

create table result_election (
    id             uuid         primary key,
    unit_code      varchar(32)  not null,
    unit_name      varchar(200) not null,
    district_code  varchar(32)  not null,
    district_name  varchar(200),
    region_code    varchar(32)  not null,
    region_name    varchar(200),
    voting_day     date         not null,
    polls_open     timestamptz  not null,
    polls_close    timestamptz  not null,
    cancelled      boolean      not null default false,
    -- null while counting; CERTIFIED or FAILED once decided (R-R4), back to null when reopened
    decision       varchar(10)  check (decision in ('CERTIFIED', 'FAILED')),
    failure_reason varchar(40),
    winner_id      uuid,
    decided_on     date,
    sequence       bigint       not null default 0
);
create index result_election_unit on result_election (unit_code);

create table result_precinct (
    code           varchar(32) primary key,
    unit_code      varchar(32) not null,
    voters_on_list integer     not null
);
create index result_precinct_unit on result_precinct (unit_code);

create table result_option (
    option_id    uuid         primary key,
    election_id  uuid         not null,
    position     integer      not null,
    kind         varchar(12)  not null,
    candidate_id uuid,
    display_name varchar(320) not null,
    affiliation  varchar(200) not null,
    on_ballot    boolean      not null
);
create index result_option_election on result_option (election_id);

create table result_candidate (
    id           uuid        primary key,
    election_id  uuid        not null,
    nominated_by varchar(14) not null,
    party_code   varchar(32),
    gender       char(1),
    person_key   varchar(64),
    status       varchar(12) not null
);

create table result_turnout (
    election_id    uuid        not null,
    precinct_code  varchar(32) not null,
    ballots_issued integer     not null,
    as_of          timestamptz not null,
    primary key (election_id, precinct_code)
);

create table result_protocol (
    election_id     uuid        not null,
    precinct_code   varchar(32) not null,
    version         integer     not null,
    voters_on_list  bigint      not null,
    ballots_issued  bigint      not null,
    ballots_in_box  bigint      not null,
    invalid_ballots bigint      not null,
    against_all     bigint      not null,
    votes           text        not null, -- JSON {candidateId: votes}
    primary key (election_id, precinct_code)
);

create table result_ebox (
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    counts        text        not null, -- JSON {optionId: votes}
    primary key (election_id, precinct_code)
);

create table mandate (
    id                 uuid         primary key,
    unit_code          varchar(32)  not null,
    district_code      varchar(32)  not null,
    election_id        uuid         not null unique,
    candidate_id       uuid         not null,
    akim_name          varchar(320) not null,
    term_start         date         not null,
    term_end           date         not null,
    status             varchar(10)  not null check (status in ('ACTIVE', 'TERMINATED')),
    termination_ground varchar(30),
    decision_ref       varchar(200),
    decided_on         date
);
create index mandate_unit on mandate (unit_code);
