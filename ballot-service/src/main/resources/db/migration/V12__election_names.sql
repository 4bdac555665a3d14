-- R-T3: the names of an election's unit, district and region as its events gave them, so that its exports stay as
-- they were whatever the units are called later (null for elections announced before this column).
alter table election add column unit_name varchar(200);
alter table election add column district_name varchar(200);
alter table election add column region_name varchar(200);
