-- A result reopened after certification is reported as a correction (NIST SP 1500-100 Status) until decided again.
alter table result_election add column reopened boolean not null default false;
alter table result_election add column kind varchar(20);
