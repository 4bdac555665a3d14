-- issue 19 #5: short-lived access tokens with refresh tokens. Only the SHA-256 of a refresh token is kept; each is
-- used once (rotation) and belongs to the family of the login it descends from, which is revoked whole when a used
-- token comes back (a stolen copy), on logout, and when its account is disabled or its password changes.
create table refresh_token (
    token_hash  varchar(64)  primary key,
    username    varchar(64)  not null references account (username),
    family      uuid         not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_token_family on refresh_token (family);
create index refresh_token_live on refresh_token (username) where revoked_at is null;
