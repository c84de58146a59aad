-- The conversation export reads every live conversation of a shop, after-sale ones too, by the time of its
-- first buyer message; consultation_inquiry_time only holds inquiries.
create index consultation_live_time on consultation (shop_id, first_buyer_message_at)
    where not removed and first_buyer_message_at is not null;
