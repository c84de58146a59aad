-- The calendar (zone and attribution window) a shop's rollups are computed with. Calendars come from each
-- replica's configuration: when a shop's changes, its day boundaries or windows move and every rollup of the
-- shop is stale. Empty at first: V17 has every rolled-up day recomputed, which records the calendars.
create table report_rollup_calendar (
    shop_id     varchar(128) primary key,
    time_zone   varchar(64)  not null,
    window_days int          not null
);
