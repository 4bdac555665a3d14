-- The audit trail (issue 6): append-only and hash-chained. The application role may insert and read, never change
-- or remove a line; a trigger refuses it too, so that even a re-granted privilege does not make an edit silent
-- (the chain verifier finds any edit that gets past both).
create table audit_entry (
    seq          bigint       primary key,
    occurred_at  timestamptz  not null,
    kind         varchar(8)   not null,
    actor        varchar(128),
    roles        text,
    scope        text,
    action       text         not null,
    subject      text,
    outcome      varchar(64)  not null,
    request_id   varchar(64),
    event_id     varchar(128) unique,
    prev_hash    char(64)     not null,
    hash         char(64)     not null,
    recorded_at  timestamptz  not null
);
create index audit_entry_occurred on audit_entry (occurred_at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

revoke update, delete, truncate on audit_entry from current_user;
