-- Migration: Enhanced requests system
-- Version: 002
-- Date: 2024-09-10
--
-- Replaces the old free-text "asks" channel with proper requests: each
-- request has a status and priority, an optional assignee and a comment
-- thread. Status and priority are enums so the UI can rely on a fixed set.

CREATE TYPE request_status AS ENUM ('open', 'in_progress', 'blocked', 'resolved', 'closed');
CREATE TYPE request_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE requests (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id UUID NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  created_by UUID REFERENCES users(id) ON DELETE SET NULL,
  assigned_to UUID REFERENCES users(id) ON DELETE SET NULL,
  title TEXT NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
  description TEXT,
  status request_status NOT NULL DEFAULT 'open',
  priority request_priority NOT NULL DEFAULT 'normal',
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE TABLE request_comments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id UUID NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
  author_id UUID REFERENCES users(id) ON DELETE SET NULL,
  body TEXT NOT NULL CHECK (char_length(body) > 0),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_requests_organization_id ON requests(organization_id);
CREATE INDEX idx_requests_assigned_to ON requests(assigned_to);
-- The dashboard only ever lists requests that are still being worked on.
CREATE INDEX idx_requests_active ON requests(organization_id, priority)
  WHERE status IN ('open', 'in_progress', 'blocked');
CREATE INDEX idx_request_comments_request_id ON request_comments(request_id, created_at);

CREATE TRIGGER trg_requests_updated_at
  BEFORE UPDATE ON requests
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE requests IS 'Work requests raised by team members';
