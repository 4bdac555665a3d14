-- The record key is always the event's subject (events.md): one column, not two that must agree.
alter table outbox_event drop column record_key;
