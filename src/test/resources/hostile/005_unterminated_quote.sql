INSERT INTO t VALUES ('it''s never closed);
