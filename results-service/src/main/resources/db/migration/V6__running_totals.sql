-- Running totals per election (R-X5 "precomputed"): each applied protocol, turnout report or electronic box moves
-- them by its difference, so no event sums an election's protocols again.
create table result_tally (
    election_id         uuid    primary key,
    precincts_reporting integer not null default 0,
    voters_reporting    bigint  not null default 0,
    ballots_issued      bigint  not null default 0,
    ballots_in_box      bigint  not null default 0,
    invalid_ballots     bigint  not null default 0,
    against_all         bigint  not null default 0,
    turnout_issued      bigint  not null default 0,
    paper_votes         text    not null default '{}', -- JSON {candidateId: votes}
    electronic_votes    text    not null default '{}'  -- JSON {optionId: votes}, of precincts that have reported
);

insert into result_tally (election_id, precincts_reporting, voters_reporting, ballots_issued, ballots_in_box,
                          invalid_ballots, against_all)
select election_id, count(*), sum(voters_on_list), sum(ballots_issued), sum(ballots_in_box), sum(invalid_ballots),
       sum(against_all)
from result_protocol group by election_id;

insert into result_tally (election_id) select distinct election_id from result_turnout on conflict do nothing;
insert into result_tally (election_id) select distinct election_id from result_ebox on conflict do nothing;

update result_tally t set turnout_issued = s.issued
from (select election_id, sum(ballots_issued) issued from result_turnout group by election_id) s
where s.election_id = t.election_id;

update result_tally t set paper_votes = s.votes
from (select election_id, jsonb_object_agg(candidate, votes)::text votes
      from (select p.election_id, v.key candidate, sum(v.value::bigint) votes
            from result_protocol p, jsonb_each_text(p.votes::jsonb) v group by p.election_id, v.key) per_candidate
      group by election_id) s
where s.election_id = t.election_id;

update result_tally t set electronic_votes = s.votes
from (select election_id, jsonb_object_agg(option_id, votes)::text votes
      from (select e.election_id, c.key option_id, sum(c.value::bigint) votes
            from result_ebox e join result_protocol p using (election_id, precinct_code), jsonb_each_text(e.counts::jsonb) c
            group by e.election_id, c.key) per_option
      group by election_id) s
where s.election_id = t.election_id;

-- The change counter. Each transaction that changes a result takes the next value as its last step, holding the
-- row until it commits, so values become visible in the order they were given: a poller asking for "after n" never
-- misses a change that commits late (a database sequence does not promise that).
create table result_counter (
    id    integer primary key check (id = 1),
    value bigint  not null
);
insert into result_counter values (1, (select last_value from result_change_sequence));
drop sequence result_change_sequence;
create index result_election_sequence on result_election (sequence);
create index result_election_voting_day on result_election (voting_day);

-- R-X3 flags of a precinct's latest protocol, computed when it is applied
alter table result_protocol add column flags text not null default '[]';

-- Analytics (domain.md): who the candidates are, and whether they ever reached REGISTERED
alter table result_candidate add column display_name varchar(320);
alter table result_candidate add column party_name varchar(200);
alter table result_candidate add column registered boolean not null default false;
update result_candidate set registered = true where status in ('REGISTERED', 'DEREGISTERED');
create index result_candidate_election on result_candidate (election_id);
