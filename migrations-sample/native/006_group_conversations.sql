-- Migration: Group conversations
-- Version: 006
-- Date: 2024-11-25
--
-- Extends direct messaging to named group chats. A conversation becomes a
-- group when is_group is set; groups must have a title and participants get
-- a role so that admins can rename the group and add or remove members.

ALTER TABLE conversations ADD COLUMN is_group BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE conversations ADD COLUMN title TEXT;

ALTER TABLE conversations
  ADD CONSTRAINT conversations_group_title_check
  CHECK (NOT is_group OR (title IS NOT NULL AND char_length(title) BETWEEN 1 AND 100));

ALTER TABLE conversation_participants
  ADD COLUMN role TEXT NOT NULL DEFAULT 'member'
  CHECK (role IN ('member', 'admin'));

-- Finding the admins of a group is the only role lookup the app does.
CREATE INDEX idx_conversation_participants_admins
  ON conversation_participants(conversation_id)
  WHERE role = 'admin';

COMMENT ON COLUMN conversations.is_group IS 'FALSE for one-to-one chats, TRUE for named group chats';
