-- chat_message becomes append only. The shaper used to find its work as messages without a conversation (an
-- index on conversation_id) and marks not yet shaped, and to finish by setting conversation_id and shaped: an
-- update of an indexed column, so PostgreSQL wrote every message a second time into every index of chat_message,
-- which cost more than the insert. Now the shaper claims its work from a queue, and a conversation holds its
-- messages as a range of the thread in (sent_at, id) order, the order the shaper splits them in: its first and
-- last message. No message is written again.
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
-- The claim takes a thread's entries all at once.
CREATE INDEX shaping_queue_thread ON shaping_queue (shop_id, platform, thread_key);
-- Every entry is deleted soon after its insert: vacuum it by the number of dead rows, not by a share of the table.
ALTER TABLE shaping_queue SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- Triggers queue the events, one entry per thread and statement, in the transaction that stores them: whatever
-- stores an event queues it, a replica of the previous version during a rolling deploy included. A statement
-- trigger sees only the rows inserted, so a duplicate (ON CONFLICT DO NOTHING) queues nothing. The argument names
-- the column that holds the event's time.
CREATE FUNCTION queue_stored_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO shaping_queue (shop_id, platform, thread_key, first_at, last_at, events)
                    SELECT shop_id, platform, thread_key, min(%1$I), max(%1$I), count(*)
                    FROM stored GROUP BY shop_id, platform, thread_key', TG_ARGV[0]);
    RETURN NULL;
END $$;

CREATE TRIGGER chat_message_queued AFTER INSERT ON chat_message REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION queue_stored_events('sent_at');
CREATE TRIGGER thread_mark_queued AFTER INSERT ON thread_mark REFERENCING NEW TABLE AS stored
    FOR EACH STATEMENT EXECUTE FUNCTION queue_stored_events('at');

-- What was pending under the old scheme is queued now, longest waiting first (the shaper claims in id order).
INSERT INTO shaping_queue (shop_id, platform, thread_key, first_at, last_at, events, received_at)
SELECT shop_id, platform, thread_key, min(at), max(at), count(*), min(received_at) FROM (
    SELECT shop_id, platform, thread_key, sent_at AS at, received_at FROM chat_message WHERE conversation_id IS NULL
    UNION ALL
    SELECT shop_id, platform, thread_key, at, received_at FROM thread_mark WHERE NOT shaped) p
GROUP BY shop_id, platform, thread_key ORDER BY min(received_at);

-- A conversation's first and last message, from the messages that name it.
ALTER TABLE conversation ADD COLUMN first_message_id bigint, ADD COLUMN last_message_id bigint;
UPDATE conversation c SET
    first_message_id = (SELECT m.id FROM chat_message m WHERE m.conversation_id = c.id ORDER BY m.sent_at, m.id LIMIT 1),
    last_message_id = (SELECT m.id FROM chat_message m WHERE m.conversation_id = c.id
                       ORDER BY m.sent_at DESC, m.id DESC LIMIT 1);
ALTER TABLE conversation ALTER COLUMN first_message_id SET NOT NULL, ALTER COLUMN last_message_id SET NOT NULL;

-- A replica of the previous version fails its shaping round and its readiness check once these are gone, until
-- it is replaced (deploy/README.md, Upgrading): better than scanning the table for its pending work.
ALTER TABLE chat_message DROP COLUMN conversation_id;
DROP INDEX thread_mark_unshaped;
ALTER TABLE thread_mark DROP COLUMN shaped;
