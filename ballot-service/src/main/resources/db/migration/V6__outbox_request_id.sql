-- The X-Request-Id of the call that caused an event travels with it (CloudEvents extension ce_requestid).
alter table outbox_event add column request_id varchar(64);
