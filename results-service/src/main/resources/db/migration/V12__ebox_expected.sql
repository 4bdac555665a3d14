-- Issue 16 (R-V4): the precincts whose electronic boxes were tallied at poll close; each one's count follows the
-- trustees' decryption, and the result is not certified before every one of them has arrived (EBOX_NOT_COUNTED).
create table result_ebox_expected (
    election_id   uuid        not null,
    precinct_code varchar(32) not null,
    primary key (election_id, precinct_code)
);
