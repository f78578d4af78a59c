-- Migration: Notifications
-- Version: 007
-- Date: 2024-10-16
--
-- In-app notification feed. Rows are created by the API and, for request
-- assignment, by a trigger so that assignments made from any code path
-- (including bulk scripts) always notify the new assignee.

CREATE TYPE notification_kind AS ENUM ('request_assigned', 'request_comment', 'direct_message', 'mention');

CREATE TABLE notifications (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind notification_kind NOT NULL,
  request_id UUID REFERENCES requests(id) ON DELETE CASCADE,
  message_id UUID REFERENCES messages(id) ON DELETE CASCADE,
  payload JSONB NOT NULL DEFAULT '{}'::jsonb,
  read_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  CONSTRAINT notifications_target_check CHECK (
    (kind = 'direct_message' AND message_id IS NOT NULL)
    OR (kind <> 'direct_message' AND (request_id IS NOT NULL OR message_id IS NOT NULL))
  )
);

-- The bell icon only counts unread rows; keep that index tiny.
CREATE INDEX idx_notifications_unread ON notifications(user_id, created_at DESC)
  WHERE read_at IS NULL;

CREATE OR REPLACE FUNCTION notify_request_assignment()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.assigned_to IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.assigned_to IS DISTINCT FROM OLD.assigned_to) THEN
    INSERT INTO notifications (user_id, kind, request_id, payload)
    VALUES (NEW.assigned_to, 'request_assigned', NEW.id,
            jsonb_build_object('title', NEW.title, 'priority', NEW.priority));
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER trg_requests_notify_assignment
  AFTER INSERT OR UPDATE OF assigned_to ON requests
  FOR EACH ROW EXECUTE FUNCTION notify_request_assignment();
