-- The shaper's work is queued apart from the events. It used to be found as messages without a conversation
-- (an index on conversation_id) and marks not yet shaped, and finished by setting conversation_id and shaped.
-- Setting an indexed column made PostgreSQL write each message again into every index of chat_message: that
-- update cost more than the insert. Now no index holds conversation_id, so setting it is a heap-only (HOT)
-- update in the room the fill factor leaves on the page, and the shaper claims threads from this queue.
CREATE TABLE shaping_queue (
    id          bigserial   PRIMARY KEY,
    shop_id     text        NOT NULL,
    platform    text        NOT NULL,
    thread_key  text        NOT NULL,
    -- the earliest and latest event time of the events this entry stands for
    first_at    timestamptz NOT NULL,
    last_at     timestamptz NOT NULL,
    events      integer     NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Triggers queue the events, one entry per thread and statement, in the transaction that stores them: whatever
-- stores an event queues it, a replica of the previous version during a rolling deploy included. A statement
-- trigger sees only the rows inserted, so a duplicate (ON CONFLICT DO NOTHING) queues nothing.
CREATE FUNCTION queue_stored_messages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO shaping_queue (shop_id, platform, thread_key, first_at, last_at, events)
    SELECT shop_id, platform, thread_key, min(sent_at), max(sent_at), count(*)
    FROM stored GROUP BY shop_id, platform, thread_key;
    RETURN NULL;
END $$;

CREATE FUNCTION queue_stored_marks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO shaping_queue (shop_id, platform, thread_key, first_at, last_at, events)
    SELECT shop_id, platform, thread_key, min(at), max(at), count(*)
    FROM stored GROUP BY shop_id, platform, thread_key;
    RETURN NULL;
END $$;

CREATE TRIGGER chat_message_queued AFTER INSERT ON chat_message REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION queue_stored_messages();
CREATE TRIGGER thread_mark_queued AFTER INSERT ON thread_mark REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION queue_stored_marks();

-- What was pending under the old scheme is queued now, longest waiting first (the shaper claims in id order).
INSERT INTO shaping_queue (shop_id, platform, thread_key, first_at, last_at, events, received_at)
SELECT shop_id, platform, thread_key, min(at), max(at), count(*), min(received_at) FROM (
    SELECT shop_id, platform, thread_key, sent_at AS at, received_at FROM chat_message WHERE conversation_id IS NULL
    UNION ALL
    SELECT shop_id, platform, thread_key, at, received_at FROM thread_mark WHERE NOT shaped) p
GROUP BY shop_id, platform, thread_key ORDER BY min(received_at);

-- A conversation's messages are found through their thread and the conversation's span (chat_message_thread).
-- A replica of the previous version fails to shape once these are gone (it logs and retries) until it is
-- replaced: better than scanning the table for its pending work.
DROP INDEX chat_message_conversation;
DROP INDEX thread_mark_unshaped;
ALTER TABLE thread_mark DROP COLUMN shaped;
-- Room on each page for a message's conversation to be set in place (pages filled from now on).
ALTER TABLE chat_message SET (fillfactor = 80);
