-- issue 19 #7: the Russian name of a unit and of a candidate, where the register has one (optional).
alter table unit add column name_ru varchar(200);
alter table candidate add column name_ru varchar(320);
