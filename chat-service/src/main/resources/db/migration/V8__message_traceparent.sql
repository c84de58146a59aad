-- The trace of the ingest call that stored a message: conversations are shaped later, on another thread, and
-- the outbox row they produce continues the trace of the conversation's latest traced message.
ALTER TABLE chat_message ADD COLUMN traceparent text;
