CREATE TABLE caf√© (id int);
-- a multi-byte character cut off: ‚Ç