-- migrate:up
-- Files attached to a request; the bytes live in object storage, the table keeps where.
CREATE TABLE request_attachments (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    request_id   UUID NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    uploaded_by  UUID REFERENCES users (id) ON DELETE SET NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 26214400),
    storage_path TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX request_attachments_request_id_idx ON request_attachments (request_id);

-- migrate:down
DROP TABLE request_attachments;
