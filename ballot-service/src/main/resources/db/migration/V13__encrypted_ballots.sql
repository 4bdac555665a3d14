-- Issue 16 (R-V2, R-V4): the electronic box keeps encrypted ballots only, under a key its trustees hold.

-- The election key: named trustees (or, in rehearsals, system-held ones), k of n of whom decrypt.
create table election_key (
    election_id uuid        primary key,
    threshold   int         not null,
    seats       int         not null,
    system_held boolean     not null,
    joint_key   text,                    -- hex, once every trustee has published its key
    named_at    timestamptz not null
);
create table trustee (
    election_id  uuid        not null references election_key,
    seat         int         not null,   -- from 1
    username     varchar(64) not null,
    public_key   jsonb,                  -- {commitments, proofs}, as published
    public_share text,                   -- g^s of the seat, hex, computed from every trustee's commitments
    primary key (election_id, seat),
    unique (election_id, username)
);

-- The box: no option in clear any more. No deployment predates this migration; a rehearsal database's
-- plaintext ballots (their boxes were counted when their polls closed) are dropped with their column.
delete from electronic_ballot;
alter table electronic_ballot drop column option_id;
alter table electronic_ballot add column ballot jsonb not null;

-- Each precinct's box multiplied per option at poll close, then decrypted by k trustees.
create table ebox_tally (
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    option_id     uuid        not null,
    alpha         text        not null,
    beta          text        not null,
    ballots       int         not null,
    votes         bigint,                -- once k trustees decrypted it
    primary key (election_id, precinct_code, option_id)
);
create table trustee_decryption (
    election_id   uuid        not null,
    seat          int         not null,
    precinct_code varchar(32) not null,
    option_id     uuid        not null,
    share         text        not null,  -- A^s of the tally, hex
    proof         jsonb       not null,
    primary key (election_id, seat, precinct_code, option_id)
);
alter table election add column ebox_tallied boolean not null default false;

-- R-V2 item 7: once the box is tallied, the register forgets which token a voter had.
alter table voter_checkin alter column token_hash drop not null;
