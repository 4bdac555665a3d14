-- Repeated failed logins lock an account for a while (api.md rate limits); kept here so that it holds across
-- restarts and gateway instances.
alter table account add column failed_logins integer not null default 0;
alter table account add column locked_until timestamptz;
