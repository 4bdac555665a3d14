-- Signed station submissions: each precinct's device key, and the signature kept with what it signed.
create table device_key (
    precinct_code varchar(32) primary key,
    public_key    bytea       not null,
    registered_at timestamptz not null,
    registered_by varchar(64) not null
);
alter table protocol add column device_signature text;
alter table turnout_report add column device_signature text;
