-- issue 19 #4: a precinct is closed (the school was shut, two stations merged) before any election of its unit opens
-- its polls; it stays in the register for the elections it took part in, with when and why it closed.
alter table precinct add column closed_at timestamptz;
alter table precinct add column closure_reason text;
