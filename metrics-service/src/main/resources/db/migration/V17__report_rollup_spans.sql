-- Rollups of aligned runs of days (spans): 2^level shop-local days from a first day whose epoch day is a
-- multiple of 2^level, the sum of the two spans (or days) of the level below. A period's report sums at most
-- two spans of each level per key instead of one row per day. A span is rewritten when the last of its days
-- is refreshed, so it is current whenever none of its days is dirty; a span without rows had no facts.
create table report_rollup_span (
    shop_id    varchar(128) not null,
    level      smallint     not null check (level between 1 and 8),
    first_day  date         not null,
    dimension  varchar(16)  not null,
    row_key    varchar(128) not null,
    -- currencies of the span's sales, space-separated and sorted; several mean its amounts cannot be summed
    currencies varchar(64),
    -- FiguresCodec documents, as in report_rollup
    figures    bytea        not null,
    primary key (shop_id, level, first_day, dimension, row_key)
);

-- A report reads the rows of one or two dimensions over a run of days; the primary key leads with the day, so
-- it would read every dimension's rows of each day (400 a day for a shop with 300 products) to keep a few.
create index report_rollup_dimension_day on report_rollup (shop_id, dimension, day);

-- The days rolled up so far have no spans yet: refresh them again, which writes their spans.
insert into report_rollup_dirty (shop_id, day, generation, marked_at)
select distinct shop_id, day, 1, now() from report_rollup
on conflict (shop_id, day) do update set generation = report_rollup_dirty.generation + 1, marked_at = now();
