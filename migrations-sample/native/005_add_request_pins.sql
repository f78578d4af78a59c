-- Migration: Add request pins
-- Version: 005
-- Date: 2024-10-02
--
-- Lets each user pin requests to the top of their sidebar. Pins are
-- personal, so the table is keyed by (request, user); a small position
-- column keeps the user's chosen order.

CREATE TABLE request_pins (
  request_id UUID NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  position SMALLINT NOT NULL DEFAULT 0 CHECK (position >= 0),
  pinned_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
  PRIMARY KEY (request_id, user_id)
);

-- Sidebar query: "my pins, in my order"; pins are capped at 20 in the app.
CREATE INDEX idx_request_pins_user_position ON request_pins(user_id, position);

COMMENT ON TABLE request_pins IS 'Per-user pinned requests shown in the sidebar';
