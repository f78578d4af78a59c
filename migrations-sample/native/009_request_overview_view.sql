-- Migration: Request overview view
-- Version: 009
-- Date: 2024-10-30
--
-- The requests dashboard was issuing one query per row to count comments
-- and attachments. This view does it in one pass and also gives the
-- assignee column a readable label for unassigned requests.

CREATE VIEW request_overview AS
SELECT
  r.id,
  r.organization_id,
  r.title,
  r.status,
  r.priority,
  r.category,
  r.due_date,
  r.assigned_to,
  COALESCE(u.display_name, 'unassigned; needs triage') AS assignee_label,
  (SELECT count(*) FROM request_comments c WHERE c.request_id = r.id) AS comment_count,
  (SELECT count(*) FROM request_attachments a WHERE a.request_id = r.id) AS attachment_count,
  (r.due_date IS NOT NULL AND r.due_date < CURRENT_DATE
     AND r.status NOT IN ('resolved', 'closed')) AS is_overdue,
  r.created_at,
  r.updated_at
FROM requests r
LEFT JOIN users u ON u.id = r.assigned_to;

COMMENT ON VIEW request_overview IS 'One row per request with counts for the dashboard';
