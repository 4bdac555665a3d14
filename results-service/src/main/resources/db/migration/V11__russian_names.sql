-- issue 19 #7: Russian names where the register has them, for the NIST report (InternationalizedText kk + ru).
alter table result_option add column display_name_ru varchar(320);
alter table result_election add column unit_name_ru varchar(200);
alter table result_election add column district_name_ru varchar(200);
alter table result_election add column region_name_ru varchar(200);
