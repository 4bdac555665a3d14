-- A failed election (saylau.election.failed.v1: NO_CANDIDATES before voting day, TIE, LOW_TURNOUT or AGAINST_ALL_WON
-- at certification) is decided like a certified one: no tokens, votes or corrections until the CEC reopens it.
alter table election add column failed boolean not null default false;
