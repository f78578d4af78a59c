-- Migration: Index messages for conversation history
-- Version: 010
-- Date: 2024-11-13
--
-- Opening a conversation loads its latest messages, which was a sequential
-- scan once messages passed a few million rows. The index is built with
-- CONCURRENTLY so that production keeps accepting new messages while it
-- builds; a plain CREATE INDEX would lock out inserts for minutes. Because
-- CONCURRENTLY cannot run inside a transaction block, the runner must apply
-- this file statement by statement in autocommit mode (no BEGIN/COMMIT).

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_conversation_created
  ON messages (conversation_id, created_at DESC);

COMMENT ON INDEX idx_messages_conversation_created IS 'Conversation history: newest messages first';
