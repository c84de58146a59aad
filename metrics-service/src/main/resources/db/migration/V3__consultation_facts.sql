-- The snapshot as chat-service sent it: reports beyond attribution (response times, lost-inquiry reasons,
-- question shares, customer types) read their facts from here, so they never need chat-service's database.
alter table consultation add column facts bytea;
-- The reply script a reply was sent from, for script effectiveness.
alter table consultation_reply add column script_id text;
create index consultation_reply_script on consultation_reply (shop_id, script_id) where script_id is not null;
