-- Migration: Enhance chat for phase 1
-- Version: 005
-- Date: 2024-11-20
--
-- Phase 1 of the chat revamp: messages can be edited, soft-deleted and can
-- reply to another message, and users can react with emoji. Built on the
-- same branch as the unread tracking work, hence the clashing number.

ALTER TABLE messages ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages
  ADD COLUMN reply_to_id UUID REFERENCES messages(id) ON DELETE SET NULL;

ALTER TABLE messages
  ADD CONSTRAINT messages_not_reply_to_self CHECK (reply_to_id IS NULL OR reply_to_id <> id);

CREATE INDEX idx_messages_reply_to_id ON messages(reply_to_id) WHERE reply_to_id IS NOT NULL;

CREATE TABLE message_reactions (
  message_id UUID NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  emoji TEXT NOT NULL CHECK (char_length(emoji) BETWEEN 1 AND 32),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  PRIMARY KEY (message_id, user_id, emoji)
);

CREATE INDEX idx_message_reactions_user_id ON message_reactions(user_id);
