-- Orders merged from their events: one row per (shop, platform, order id), whatever the arrival order.
-- A row may exist without created_at (paid or cancelled arrived first); it then counts nowhere.
create sequence shop_order_seq;

create table shop_order (
    id                bigint       primary key,
    shop_id           varchar(128) not null,
    platform          varchar(32)  not null,
    order_id          varchar(128) not null,
    buyer_id          varchar(128) not null,
    created_at        timestamptz,
    amount_minor      bigint,
    currency          varchar(3),
    paid_at           timestamptz,
    -- null: the buyer paid the created amount
    paid_amount_minor bigint,
    paid_currency     varchar(3),
    cancelled_at      timestamptz,
    cancel_reason     text,
    constraint shop_order_key unique (shop_id, platform, order_id)
);

-- Reports load the orders created in a time range of one shop.
create index shop_order_created on shop_order (shop_id, created_at) where created_at is not null;

create table shop_order_line (
    order_ref bigint       not null references shop_order (id) on delete cascade,
    line_no   integer      not null,
    item_id   varchar(128) not null,
    sku_id    varchar(128),
    quantity  integer      not null,
    primary key (order_ref, line_no)
);

-- Refunds are reported on their own and change no conversion counts.
create sequence order_refund_seq increment by 50;

create table order_refund (
    id           bigint       primary key,
    order_ref    bigint       not null references shop_order (id) on delete cascade,
    refund_id    varchar(128) not null,
    amount_minor bigint       not null,
    currency     varchar(3)   not null,
    refunded_at  timestamptz  not null,
    constraint order_refund_key unique (order_ref, refund_id)
);

-- Conversation snapshots relayed by chat-service, newest version wins; removed ones stay as tombstones so
-- that an older snapshot arriving later cannot bring them back. Tombstones may lack shop and buyer.
create table consultation (
    conversation_id        varchar(128) primary key,
    version                bigint       not null,
    removed                boolean      not null,
    shop_id                varchar(128),
    platform               varchar(32),
    buyer_id               varchar(128),
    first_buyer_message_at timestamptz,
    last_message_at        timestamptz,
    inquiry                boolean      not null,
    main_category          varchar(64),
    transferred_at         timestamptz
);

-- Reports load a shop's inquiries by the time of their first buyer message.
create index consultation_inquiry_time on consultation (shop_id, first_buyer_message_at)
    where inquiry and not removed and first_buyer_message_at is not null;

-- Replies of a conversation's current version (replaced wholesale by each applied snapshot, removed with
-- a tombstone). Shop and buyer are copied from the conversation for the attribution query.
create sequence consultation_reply_seq increment by 50;

create table consultation_reply (
    id              bigint       primary key,
    conversation_id varchar(128) not null references consultation (conversation_id) on delete cascade,
    shop_id         varchar(128) not null,
    buyer_id        varchar(128) not null,
    role            varchar(16)  not null,
    agent_id        varchar(128),
    sent_at         timestamptz  not null
);

create index consultation_reply_conversation on consultation_reply (conversation_id);
-- Attribution reads every reply to a buyer in a time range, in any conversation of the shop.
create index consultation_reply_buyer_time on consultation_reply (shop_id, buyer_id, sent_at);
