-- Parties, elections with their calendar, candidates (domain.md Calendar, Nomination and registration),
-- and the remembered answers of Idempotency-Key requests (api.md conventions).

create table party (
    code          varchar(32)  primary key,
    name          varchar(200) not null,
    registered_at timestamptz  not null
);

create table election (
    id                         uuid         primary key,
    unit_code                  varchar(32)  not null references unit (code),
    unit_name                  varchar(200) not null,
    district_code              varchar(32)  not null,
    region_code                varchar(32)  not null,
    kind                       varchar(12)  not null check (kind in ('REGULAR', 'BY_ELECTION', 'REPEAT')),
    voting_day                 date         not null,
    called_on                  date         not null,
    nomination_opens           timestamptz  not null,
    nomination_closes          timestamptz  not null,
    fallback_nomination_closes timestamptz,
    registration_closes        timestamptz  not null,
    campaign_closes            timestamptz  not null,
    polls_open                 timestamptz  not null,
    polls_close                timestamptz  not null,
    -- OPEN: the phase follows the calendar (R-C3); the others are final states set by a decision or an event
    status                     varchar(10)  not null check (status in ('OPEN', 'FINISHED', 'FAILED', 'CANCELLED')),
    failure_reason             varchar(40),
    failed_on                  date,
    cancellation_reason        varchar(500),
    -- the deadline work of R-C3, each done exactly once
    nomination_close_settled   boolean      not null default false,
    registration_close_settled boolean      not null default false,
    -- why a REPEAT or BY_ELECTION was called by the service itself (R-R5, R-M3): one election per cause
    cause                      varchar(80)  unique,
    called_by                  varchar(64)  not null,
    created_at                 timestamptz  not null,
    version                    bigint       not null default 0
);
-- R-C2: at most one open election per unit, whatever races
create unique index election_open_per_unit on election (unit_code) where status = 'OPEN';
create index election_district on election (district_code, voting_day);
create index election_region on election (region_code, voting_day);
create index election_nomination_due on election (nomination_closes) where status = 'OPEN' and not nomination_close_settled;
create index election_registration_due on election (registration_closes) where status = 'OPEN' and not registration_close_settled;

create table candidate (
    id             uuid         primary key,
    election_id    uuid         not null references election (id),
    -- the full IIN is kept because R-N3 needs it (one IIN per election); it never leaves in events or logs (R-I2)
    iin            char(12)     not null,
    person_key     varchar(64)  not null,
    last_name      varchar(100) not null,
    first_name     varchar(100) not null,
    patronymic     varchar(100),
    birth_date     date         not null,
    gender         char(1)      not null check (gender in ('F', 'M')),
    nominated_by   varchar(14)  not null check (nominated_by in ('PARTY', 'SELF', 'DISTRICT_AKIM')),
    party_code     varchar(32)  references party (code),
    signatures     integer,
    workplace      varchar(200),
    status         varchar(12)  not null check (status in ('NOMINATED', 'REGISTERED', 'REFUSED', 'WITHDRAWN', 'DEREGISTERED')),
    status_reason  varchar(500),
    decision_ref   varchar(200),
    nominated_at   timestamptz  not null,
    decided_at     timestamptz,
    registered_at  timestamptz,
    nominated_by_account varchar(64) not null,
    version        bigint       not null default 0
);
-- R-N3: one IIN stands at most once per election
create unique index candidate_iin_per_election on candidate (election_id, iin);
-- R-N4: one standing candidate per party and election
create unique index candidate_party_per_election on candidate (election_id, party_code)
    where nominated_by = 'PARTY' and status in ('NOMINATED', 'REGISTERED');
create index candidate_election on candidate (election_id, nominated_at);

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
