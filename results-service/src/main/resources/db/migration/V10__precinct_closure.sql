-- R-T2 (issue 19 #4): a precinct closed before an election's polls opened is not one of that election's precincts
-- (neither reporting nor missing); it stays one of the elections it took part in.
alter table result_precinct add column closed_at timestamptz;
