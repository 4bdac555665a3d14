-- Accounts of the embedded token issuer: a bcrypt hash, never the password.
create table account (
    username       varchar(64) primary key,
    password_hash  text        not null,
    roles          text        not null,
    scope_region   varchar(32),
    scope_district varchar(32),
    scope_precinct varchar(32),
    scope_party    varchar(32),
    enabled        boolean     not null,
    created_at     timestamptz not null
);
