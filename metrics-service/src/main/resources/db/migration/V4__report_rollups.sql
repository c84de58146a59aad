-- Daily report rollups: the rows of one shop-local day of a shop (the shop's, and one per agent, hour, product,
-- category and platform), recomputed from the raw facts whenever a change touches the day. A period's report
-- sums them (DOMAIN.md: period counts are sums of daily counts).
create table report_rollup (
    shop_id   varchar(128) not null,
    day       date         not null,
    -- SHOP, AGENT, HOUR, PRODUCT, CATEGORY or PLATFORM
    dimension varchar(16)  not null,
    -- agent id ('' for the bot), hour '00'..'23', item id, category code, platform code; '' for SHOP
    row_key   varchar(128) not null,
    -- currency of the day's sales; null when nothing was sold that day
    currency  varchar(3),
    -- counts, amounts and wait histograms, encoded as FiguresCodec documents
    figures   bytea        not null,
    primary key (shop_id, day, dimension, row_key)
);

-- Days whose rollup may be stale. A change of facts bumps the generation in its own transaction; a refresher
-- removes the row only if the generation is still the one it claimed.
create table report_rollup_dirty (
    shop_id       varchar(128) not null,
    day           date         not null,
    generation    bigint       not null,
    marked_at     timestamptz  not null,
    -- a refresher's lease; null when unclaimed
    claimed_until timestamptz,
    primary key (shop_id, day)
);

create index report_rollup_dirty_claim on report_rollup_dirty (marked_at);

-- Response times count every conversation the buyer wrote in, pre- and after-sale, by its first buyer message.
create index consultation_written_time on consultation (shop_id, first_buyer_message_at)
    where not removed and first_buyer_message_at is not null;

-- Facts stored before rollups existed: every day they could touch is dirty. UTC dates widened by 32 days
-- cover any shop zone and any window (at most 30 days).
insert into report_rollup_dirty (shop_id, day, generation, marked_at)
select shop_id, generate_series(min(at)::date - 32, max(at)::date + 32, interval '1 day')::date, 1, now()
from (
    select shop_id, first_buyer_message_at as at from consultation where shop_id is not null and first_buyer_message_at is not null
    union all
    select shop_id, last_message_at from consultation where shop_id is not null and last_message_at is not null
    union all
    select shop_id, sent_at from consultation_reply
    union all
    select shop_id, created_at from shop_order where created_at is not null
) facts
group by shop_id;
