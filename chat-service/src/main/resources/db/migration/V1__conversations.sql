-- Messages as the integrations sent them; (shop, platform, event id) makes ingest idempotent.
CREATE TABLE chat_message (
    id               bigserial PRIMARY KEY,
    shop_id          text        NOT NULL,
    platform         text        NOT NULL,
    event_id         text        NOT NULL,
    thread_key       text        NOT NULL,
    buyer_id         text        NOT NULL,
    conversation_id  uuid,
    sender           text        NOT NULL,
    agent_id         text        NOT NULL DEFAULT '',
    sent_at          timestamptz NOT NULL,
    body             text        NOT NULL DEFAULT '',
    item_id          text        NOT NULL DEFAULT '',
    after_sale       boolean     NOT NULL DEFAULT false,
    attachment_kinds text        NOT NULL DEFAULT '',
    -- Classifier output, "CATEGORY:confidence" separated by spaces, most confident first.
    categories       text        NOT NULL DEFAULT '',
    CONSTRAINT chat_message_event UNIQUE (shop_id, platform, event_id)
);
CREATE INDEX chat_message_thread ON chat_message (shop_id, platform, thread_key, sent_at);
CREATE INDEX chat_message_conversation ON chat_message (conversation_id, sent_at);

-- Transfers to a human and closes; they shape conversations but are not messages.
CREATE TABLE thread_mark (
    id          bigserial PRIMARY KEY,
    shop_id     text        NOT NULL,
    platform    text        NOT NULL,
    event_id    text        NOT NULL,
    thread_key  text        NOT NULL,
    buyer_id    text        NOT NULL,
    kind        text        NOT NULL,
    at          timestamptz NOT NULL,
    agent_id    text        NOT NULL DEFAULT '',
    CONSTRAINT thread_mark_event UNIQUE (shop_id, platform, event_id)
);
CREATE INDEX thread_mark_thread ON thread_mark (shop_id, platform, thread_key, at);

-- Conversations derived from a thread's messages, with the facts computed from them.
CREATE TABLE conversation (
    id                      uuid PRIMARY KEY,
    shop_id                 text        NOT NULL,
    platform                text        NOT NULL,
    thread_key              text        NOT NULL,
    buyer_id                text        NOT NULL,
    started_at              timestamptz NOT NULL,
    last_message_at         timestamptz NOT NULL,
    first_buyer_message_at  timestamptz,
    main_category           text,
    inquiry                 boolean     NOT NULL,
    agent_ids               text        NOT NULL DEFAULT '',
    bot_replied             boolean     NOT NULL,
    transferred_at          timestamptz,
    bot_first_response_ms   bigint,
    human_first_response_ms bigint,
    closed                  boolean     NOT NULL,
    message_count           integer     NOT NULL,
    -- Increases with every change; metrics-service keeps only the newest snapshot.
    facts_version           bigint      NOT NULL
);
CREATE INDEX conversation_thread ON conversation (shop_id, platform, thread_key, started_at);
CREATE INDEX conversation_shop_started ON conversation (shop_id, started_at DESC, id DESC);
CREATE INDEX conversation_shop_buyer ON conversation (shop_id, buyer_id, started_at DESC);

-- Transactional outbox: consultation snapshots waiting to be relayed to metrics-service.
CREATE TABLE consultation_outbox (
    id              bigserial PRIMARY KEY,
    conversation_id uuid        NOT NULL,
    payload         bytea       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
