-- ballot-service (domain.md Ballot, Voting day, Precinct protocol, R-X1, R-X2).

create table precinct (
    code           varchar(32)  primary key,
    unit_code      varchar(32)  not null,
    district_code  varchar(32)  not null,
    region_code    varchar(32)  not null,
    name           varchar(200) not null,
    address        varchar(300),
    voters_on_list integer      not null check (voters_on_list >= 0),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index precinct_unit on precinct (unit_code);
create index precinct_district on precinct (district_code);

-- what ballot-service knows of an election, from candidate-service's and results-service's events
create table election (
    id                  uuid        primary key,
    unit_code           varchar(32) not null,
    district_code       varchar(32) not null,
    region_code         varchar(32) not null,
    voting_day          date        not null,
    registration_closes timestamptz not null,
    polls_open          timestamptz not null,
    polls_close         timestamptz not null,
    cancelled           boolean     not null default false,
    certified           boolean     not null default false,
    ebox_counted        boolean     not null default false
);
create index election_unit on election (unit_code);
create index election_ebox_due on election (polls_close) where not ebox_counted and not cancelled;

-- the ballot's current version; options keep their id from version to version (R-B3)
create table ballot (
    election_id  uuid        primary key,
    version      integer     not null,
    published_at timestamptz not null
);
create table ballot_option (
    option_id    uuid         primary key,
    election_id  uuid         not null,
    position     integer      not null,
    kind         varchar(12)  not null check (kind in ('CANDIDATE', 'AGAINST_ALL')),
    candidate_id uuid,
    display_name varchar(320) not null,
    affiliation  varchar(200) not null,
    on_ballot    boolean      not null default true
);
create index ballot_option_election on ballot_option (election_id, position);

create table turnout_report (
    id             uuid        primary key,
    election_id    uuid        not null,
    precinct_code  varchar(32) not null,
    as_of          timestamptz not null,
    ballots_issued integer     not null,
    reported_at    timestamptz not null
);
create index turnout_report_precinct on turnout_report (election_id, precinct_code, ballots_issued);

create table protocol (
    id                uuid         primary key,
    election_id       uuid         not null,
    precinct_code     varchar(32)  not null,
    version           integer      not null,
    voters_on_list    bigint       not null,
    ballots_received  bigint       not null,
    ballots_issued    bigint       not null,
    ballots_cancelled bigint       not null,
    ballots_in_box    bigint       not null,
    invalid_ballots   bigint       not null,
    against_all       bigint       not null,
    votes             text         not null, -- JSON [{candidateId, votes}] sorted by candidateId
    image_sha256      char(64),
    reason            varchar(500),
    decision_ref      varchar(200),
    tracker           char(64)     not null,
    previous_tracker  char(64),
    accepted_at       timestamptz  not null,
    submitted_by      varchar(64)  not null,
    unique (election_id, precinct_code, version)
);

create table protocol_image (
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    version       integer     not null,
    sha256        char(64)    not null,
    content_type  varchar(20) not null,
    bytes         bytea       not null,
    stored_at     timestamptz not null,
    primary key (election_id, precinct_code, version)
);

-- R-V2: who checked in (a keyed hash of the IIN, never the IIN) and their token; nothing here names a choice
create table voter_checkin (
    election_id   uuid        not null,
    voter_hash    char(64)    not null,
    precinct_code varchar(32) not null,
    token_hash    char(64)    not null,
    replaced      boolean     not null default false,
    primary key (election_id, voter_hash)
);
create table ballot_token (
    token_hash    char(64)    primary key,
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    expires_at    timestamptz not null,
    used          boolean     not null default false
);
-- R-V2: the electronic box; no voter, no token, no check-in, no precise time: only the day
create table electronic_ballot (
    receipt       varchar(64) primary key,
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    option_id     uuid        not null,
    recorded_on   date        not null
);
create index electronic_ballot_box on electronic_ballot (election_id, precinct_code);

create table idempotent_request (
    account      varchar(64)  not null,
    method       varchar(10)  not null,
    path         varchar(300) not null,
    idem_key     varchar(100) not null,
    request_hash char(64)     not null,
    status       int,
    body         text,
    location     varchar(300),
    created_at   timestamptz  not null,
    primary key (account, method, path, idem_key)
);
create index idempotent_request_age on idempotent_request (created_at);

-- candidates who left (withdrawn, deregistered), remembered even when the event comes before the final list
create table candidate_left (
    candidate_id uuid primary key,
    election_id  uuid not null
);
