-- Conversation history reads the newest messages first. Built CONCURRENTLY so that writes to
-- messages go on meanwhile; PostgreSQL refuses that inside a transaction.
CREATE INDEX CONCURRENTLY messages_conversation_created_idx ON messages (conversation_id, created_at DESC);
