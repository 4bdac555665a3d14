-- The result sequence (for ETags, the delta feed, pollers) from a database sequence: max()+1 over all elections
-- scanned the whole table on every applied event.
create sequence result_change_sequence;
select setval('result_change_sequence', greatest(1, (select coalesce(max(sequence), 0) + 1 from result_election)), false);
