-- migrate:up
-- Work requests with a status, a priority, an optional assignee and a comment thread.
CREATE TYPE request_status AS ENUM ('open', 'in_progress', 'blocked', 'resolved', 'closed');
CREATE TYPE request_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE requests (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    created_by      UUID REFERENCES users (id) ON DELETE SET NULL,
    assigned_to     UUID REFERENCES users (id) ON DELETE SET NULL,
    title           TEXT NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
    description     TEXT,
    status          request_status NOT NULL DEFAULT 'open',
    priority        request_priority NOT NULL DEFAULT 'normal',
    due_date        DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE request_comments (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    request_id UUID NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    author_id  UUID REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT NOT NULL CHECK (char_length(body) > 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX requests_organization_id_idx ON requests (organization_id);
CREATE INDEX requests_assigned_to_idx ON requests (assigned_to);
CREATE INDEX request_comments_request_id_idx ON request_comments (request_id, created_at);

CREATE TRIGGER requests_set_updated_at BEFORE UPDATE ON requests
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE request_comments;
DROP TABLE requests;
DROP TYPE request_priority;
DROP TYPE request_status;
