-- Scripts for occasions other than a question (off-hours auto-reply, unpaid-order reminder) have no category,
-- and every script may be limited to buyers, items, SKUs and platforms.
ALTER TABLE reply_script
    -- ReplyOccasion number: 1 answer, 2 off hours, 3 unpaid order.
    ADD COLUMN occasion       smallint   NOT NULL DEFAULT 1 CHECK (occasion BETWEEN 1 AND 3),
    -- CustomerPole numbers the buyer must show; empty: every buyer.
    ADD COLUMN customer_poles smallint[] NOT NULL DEFAULT '{}',
    ADD COLUMN item_ids       text[]     NOT NULL DEFAULT '{}',
    ADD COLUMN sku_ids        text[]     NOT NULL DEFAULT '{}',
    -- Platform numbers; empty: every platform.
    ADD COLUMN platforms      smallint[] NOT NULL DEFAULT '{}',
    ALTER COLUMN category DROP NOT NULL,
    ADD CONSTRAINT reply_script_category_by_occasion
        CHECK ((occasion = 1) = (category IS NOT NULL));

-- Suggestions for an occasion without a category.
CREATE INDEX reply_script_shop_occasion ON reply_script (shop_id, occasion) WHERE occasion <> 1;

-- The API client (its configured name) behind each change; null for rows written before it was recorded.
ALTER TABLE script_audit ADD COLUMN caller text;
