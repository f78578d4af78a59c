-- Migration: Sales coach recordings
-- Version: 008
-- Date: 2024-10-23
--
-- Storage for the sales coach feature: reps upload call recordings, a
-- background worker transcribes them and writes a coaching summary. The
-- status column drives the worker queue.

CREATE TABLE sales_coach_recordings (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id UUID NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  request_id UUID REFERENCES requests(id) ON DELETE SET NULL,
  title TEXT NOT NULL DEFAULT 'Untitled call; rename me',
  audio_path TEXT NOT NULL UNIQUE,
  duration_seconds INTEGER CHECK (duration_seconds > 0 AND duration_seconds <= 14400),
  status TEXT NOT NULL DEFAULT 'uploaded'
    CHECK (status IN ('uploaded', 'transcribing', 'ready', 'failed')),
  transcript TEXT,
  coaching_summary TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

-- Worker polls for pending work; ready/failed rows never need this index.
CREATE INDEX idx_sales_coach_recordings_pending ON sales_coach_recordings(created_at)
  WHERE status IN ('uploaded', 'transcribing');
CREATE INDEX idx_sales_coach_recordings_user_id ON sales_coach_recordings(user_id);

CREATE TRIGGER trg_sales_coach_recordings_updated_at
  BEFORE UPDATE ON sales_coach_recordings
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE sales_coach_recordings IS 'Sales call recordings; transcript and coaching_summary are filled in by the worker';
