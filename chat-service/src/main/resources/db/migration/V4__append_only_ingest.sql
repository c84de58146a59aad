-- Ingest only appends messages and marks; a background shaper splits threads into conversations. A message
-- without a conversation, or a mark not yet shaped, is the shaper's pending work; received_at tells how long
-- it has waited (readiness reports the lag). Rows that exist already were shaped when they were ingested.
ALTER TABLE chat_message ADD COLUMN received_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE thread_mark ADD COLUMN received_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE thread_mark ADD COLUMN shaped boolean NOT NULL DEFAULT true;
ALTER TABLE thread_mark ALTER COLUMN shaped SET DEFAULT false;
-- Pending messages are found through chat_message_conversation (conversation_id IS NULL); marks through this.
CREATE INDEX thread_mark_unshaped ON thread_mark (shop_id, platform, thread_key) WHERE NOT shaped;

-- The reply script a message was sent from (scripts-service id), relayed to metrics-service with the reply.
ALTER TABLE chat_message ADD COLUMN script_id text NOT NULL DEFAULT '';
