-- DSR ratings: one row per rated order (shop, platform, order id), holding its current version; an amended
-- rating overwrites the row and replaces its item rows.
create sequence order_rating_seq;

create table order_rating (
    id        bigint       primary key,
    shop_id   varchar(128) not null,
    platform  varchar(32)  not null,
    order_id  varchar(128) not null,
    buyer_id  varchar(128) not null,
    rated_at  timestamptz  not null,
    service   integer      not null check (service between 1 and 5),
    logistics integer      not null check (logistics between 1 and 5),
    constraint order_rating_key unique (shop_id, platform, order_id)
);

-- The DSR counts a shop's ratings over 180 days by rating time.
create index order_rating_time on order_rating (shop_id, rated_at);

-- Description scores, one per rated item of the order.
create table order_rating_item (
    rating_ref  bigint       not null references order_rating (id) on delete cascade,
    item_id     varchar(128) not null,
    description integer      not null check (description between 1 and 5),
    primary key (rating_ref, item_id)
);
