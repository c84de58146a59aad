-- The W3C traceparent of the ingest that queued the snapshot (null when tracing is off), so the relay's call
-- to metrics-service continues that trace.
ALTER TABLE consultation_outbox ADD COLUMN traceparent text;
