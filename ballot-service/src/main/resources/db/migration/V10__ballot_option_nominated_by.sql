-- issue 19 #7: how each candidate on the ballot was nominated, so that the words for it ("self-nominated", "nominated
-- by the district akim") follow the language asked for; the stored affiliation stays the English of the events.
alter table ballot_option add column nominated_by varchar(16);
update ballot_option set nominated_by = case affiliation
        when 'self-nominated' then 'SELF' when 'nominated by the district akim' then 'DISTRICT_AKIM' else 'PARTY' end
    where kind = 'CANDIDATE';
