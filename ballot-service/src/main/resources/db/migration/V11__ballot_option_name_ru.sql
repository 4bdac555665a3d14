-- issue 19 #7: a candidate's Russian name on the ballot's line, where the register has one.
alter table ballot_option add column display_name_ru varchar(320);
