-- The W3C trace context of the call that caused an event travels with it (Kafka header traceparent), so a trace
-- goes on across Kafka into the services that consume the event. Null while tracing is off.
alter table outbox_event add column trace_parent varchar(64);
