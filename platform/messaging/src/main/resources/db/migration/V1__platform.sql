-- Service plumbing: the transactional outbox, the consumer's record of applied events, the simulation clock.

create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_type   text        not null,
    record_key   text        not null,
    subject      text        not null,
    data         text        not null,
    occurred_at  timestamptz not null,
    rehearsal    boolean     not null,
    published_at timestamptz
);
-- the relay reads only what is not yet published
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

create table processed_event (
    event_id     text primary key,
    event_type   text        not null,
    outcome      text        not null check (outcome in ('APPLIED', 'REJECTED')),
    reason       text,
    processed_at timestamptz not null
);

create table election_clock (
    id           int primary key check (id = 1),
    simulated_at timestamptz not null,
    set_at       timestamptz not null
);
