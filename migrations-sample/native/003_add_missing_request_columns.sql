-- Migration: Add missing request columns
-- Version: 003
-- Date: 2024-09-18
--
-- The request form shipped with a due date and category picker, but the
-- columns never made it into 002. This adds them, plus resolved_at so we
-- can report time-to-resolution.

ALTER TABLE requests ADD COLUMN due_date DATE;
ALTER TABLE requests ADD COLUMN category TEXT NOT NULL DEFAULT 'general';
ALTER TABLE requests ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE requests
  ADD CONSTRAINT requests_category_check
  CHECK (category IN ('general', 'it', 'facilities', 'hr', 'sales'));

-- resolved_at may be left NULL for old rows; new code always sets it on resolve.
ALTER TABLE requests
  ADD CONSTRAINT requests_resolved_at_check
  CHECK (resolved_at IS NULL OR resolved_at >= created_at);

CREATE INDEX idx_requests_due_date ON requests(due_date) WHERE due_date IS NOT NULL;
