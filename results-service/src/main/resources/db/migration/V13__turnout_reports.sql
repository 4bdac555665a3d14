-- Every turnout report as it came (result_turnout keeps only each precinct's latest): the course of turnout over
-- the voting day (domain.md R-A1, GET /api/results/turnout). Reports made before this table existed keep their latest.
create table result_turnout_report (
    election_id    uuid        not null,
    precinct_code  varchar(32) not null,
    as_of          timestamptz not null,
    ballots_issued integer     not null,
    primary key (election_id, precinct_code, as_of)
);

insert into result_turnout_report (election_id, precinct_code, as_of, ballots_issued)
select election_id, precinct_code, as_of, ballots_issued from result_turnout;
