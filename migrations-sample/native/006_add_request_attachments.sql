-- Migration: Add request attachments
-- Version: 006
-- Date: 2024-10-09
--
-- Requests can now carry files (screenshots, quotes, invoices). The file
-- itself lives in object storage; this table only records where it is and
-- who uploaded it. Uploads are capped at 25 MB by the API.

CREATE TABLE request_attachments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id UUID NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
  uploaded_by UUID REFERENCES users(id) ON DELETE SET NULL,
  file_name TEXT NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
  storage_path TEXT NOT NULL UNIQUE,
  content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  size_bytes BIGINT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 26214400),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_request_attachments_request_id ON request_attachments(request_id);

COMMENT ON COLUMN request_attachments.storage_path IS 'Object key in the attachments bucket';
