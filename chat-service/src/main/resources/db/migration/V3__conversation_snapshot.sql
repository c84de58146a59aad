-- The last consultation snapshot (zhuanhua.metrics.v1.Consultation) relayed for the conversation, so a read
-- shows exactly what metrics-service was told, without analysing the messages again.
ALTER TABLE conversation ADD COLUMN snapshot bytea;
