-- Risks found in a message: one per line, "TYPE<TAB>start<TAB>end<TAB>evidence".
ALTER TABLE chat_message ADD COLUMN risks text NOT NULL DEFAULT '';
