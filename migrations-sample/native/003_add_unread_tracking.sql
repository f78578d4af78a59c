-- Migration: Add unread tracking for requests
-- Version: 003
-- Date: 2024-11-18
--
-- Users asked for a "new activity" badge on requests. We store, per user and
-- request, when they last opened it, and keep a last_activity_at on the
-- request itself; a request is unread when last_activity_at > last_read_at.
-- (Written on a long-lived branch; it picked 003 from a stale checkout.)

ALTER TABLE requests
  ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW();

CREATE TABLE request_read_markers (
  request_id UUID NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  last_read_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  PRIMARY KEY (request_id, user_id)
);

CREATE INDEX idx_request_read_markers_user_id ON request_read_markers(user_id);

-- A new comment counts as activity; bump the parent request.
CREATE OR REPLACE FUNCTION touch_request_activity()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE requests SET last_activity_at = NEW.created_at WHERE id = NEW.request_id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER trg_request_comments_activity
  AFTER INSERT ON request_comments
  FOR EACH ROW EXECUTE FUNCTION touch_request_activity();
