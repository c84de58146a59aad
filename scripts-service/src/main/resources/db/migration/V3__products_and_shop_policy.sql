-- What a shop knows about its items; replies are filled from it and size advice reads its size chart.
CREATE TABLE product (
    shop_id            text        NOT NULL,
    item_id            text        NOT NULL,
    name               text        NOT NULL,
    -- Attributes as parallel arrays: name[i] = value[i].
    attribute_names    text[]      NOT NULL,
    attribute_values   text[]      NOT NULL CHECK (cardinality(attribute_values) = cardinality(attribute_names)),
    selling_points     text[]      NOT NULL,
    pain_points_solved text[]      NOT NULL,
    materials          text[]      NOT NULL,
    shelf_life         text        NOT NULL,
    usage_notes        text[]      NOT NULL,
    -- SizeChart text format ("M 160-165 45-52; L 165-170 52-60 | rule=LARGER"); null without sizes.
    size_chart         text,
    sku_ids            text[]      NOT NULL,
    sku_names          text[]      NOT NULL CHECK (cardinality(sku_names) = cardinality(sku_ids)),
    coupon             text        NOT NULL,
    version            bigint      NOT NULL CHECK (version >= 1),
    update_time        timestamptz NOT NULL,
    PRIMARY KEY (shop_id, item_id)
);

-- One row per shop that stated its policy.
CREATE TABLE shop_policy (
    shop_id                 text        PRIMARY KEY,
    time_zone               text        NOT NULL,
    -- Opening intervals "D HH:MM-HH:MM" (D: 1 Monday .. 7 Sunday); a closing time not after the opening
    -- time is on the next day.
    opening_intervals       text[]      NOT NULL,
    couriers                text[]      NOT NULL,
    -- Minutes after local midnight; null: not stated.
    dispatch_cutoff_minutes smallint    CHECK (dispatch_cutoff_minutes BETWEEN 0 AND 1439),
    -- Minor units; null: no free-shipping offer.
    free_shipping_minor     bigint      CHECK (free_shipping_minor >= 0),
    free_shipping_currency  text,
    return_days             integer     NOT NULL CHECK (return_days >= 0),
    -- QuestionCategory numbers.
    bot_categories          smallint[]  NOT NULL,
    coupon                  text        NOT NULL,
    version                 bigint      NOT NULL CHECK (version >= 1),
    update_time             timestamptz NOT NULL
);
